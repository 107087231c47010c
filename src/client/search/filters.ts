/**
 * The filter panel. Its counts need Pagefind's filter files, one per filter over every document: at scale
 * they outweigh the rest of a query, so they load only when the reader opens the panel (or arrives with
 * filters set), and they take in every period shard, so the counts cover all documents.
 */
import { FILTER_KEYS, type FilterSelection } from './url-state.ts';
import type { SearchIndex } from './pagefind.ts';

export class FilterPanel {
  private loaded: Promise<void> | undefined;
  readonly element: HTMLDetailsElement;
  private readonly root: HTMLElement;
  private readonly selected: FilterSelection;
  private readonly index: SearchIndex;
  private readonly onChange: () => void;

  constructor(root: HTMLElement, index: SearchIndex, selected: FilterSelection, onChange: () => void) {
    this.root = root;
    this.index = index;
    this.selected = selected;
    this.onChange = onChange;
    this.element = document.getElementById('search-filters') as HTMLDetailsElement;
    this.element.addEventListener('toggle', () => {
      if (this.element.open) void this.load().then(onChange);
    });
  }

  get wanted(): boolean {
    return this.loaded !== undefined;
  }

  load(): Promise<void> {
    this.loaded ??= this.index.load().then(async (pf) => {
      await this.index.searchShards(Infinity);
      await pf.filters();
    });
    return this.loaded;
  }

  /** All counts, for a page without a query. */
  async counts(): Promise<Record<string, Record<string, number>>> {
    const pf = await this.index.load();
    await this.loaded;
    return pf.filters();
  }

  render(counts: Record<string, Record<string, number>>): void {
    for (const key of FILTER_KEYS) {
      const fieldset = this.root.querySelector<HTMLFieldSetElement>(`fieldset[data-filter="${key}"]`)!;
      const box = fieldset.querySelector('.filter-options')!;
      const chosen = this.selected.get(key)!;
      const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || chosen.has(v));
      fieldset.hidden = values.length === 0;
      box.replaceChildren(
        ...values
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([value, n]) => {
            const label = document.createElement('label');
            const input = document.createElement('input');
            input.type = 'checkbox';
            input.value = value;
            input.checked = chosen.has(value);
            input.addEventListener('change', () => {
              if (input.checked) chosen.add(value);
              else chosen.delete(value);
              this.onChange();
            });
            label.append(input, ` ${value} (${n})`);
            return label;
          }),
      );
    }
  }
}
