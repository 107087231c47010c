/**
 * A filter box for a long table (the agency glossary): rows whose key holds every word typed stay, with or
 * without diacritics. The box is hidden until this script runs, so a page without JavaScript shows the table
 * whole and no dead control.
 */
import { foldDiacritics } from '../lib/i18n/vietnamese.ts';

for (const input of document.querySelectorAll<HTMLInputElement>('input[data-filter-for]')) {
  const table = document.getElementById(input.dataset.filterFor!);
  const status = document.querySelector<HTMLElement>(`[data-count-for="${input.dataset.filterFor}"]`);
  if (!table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')];
  const template = status?.dataset.template ?? '';
  const update = () => {
    const words = foldDiacritics(input.value.normalize('NFC')).toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match = words.every((w) => row.dataset.key!.includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    if (status) status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  input.addEventListener('input', update);
  input.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
}
