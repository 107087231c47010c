import type { Lang } from '../i18n/languages.ts';
import { escapeHtml } from './html.ts';
import { paths } from './urls.ts';

/**
 * Agencies as links, written as one string: task tables print them in three cells of every row, more than a
 * million rows at 10,000 documents, where a component per cell is a render of its own. More than one is a
 * list (not links joined by "; "), so that a separator never starts a line of its own; CSS draws the "; ".
 */
export function agencyListHtml(ids: readonly string[], lang: Lang, nameOf: (id: string) => string | undefined, self?: string): string {
  // The agency whose page or list this is: named in bold, not linked to the page the reader is on.
  const link = (id: string) => (id === self ? `<strong>${escapeHtml(nameOf(id) ?? id)}</strong>` : `<a href="${escapeHtml(paths.agency(lang, id))}">${escapeHtml(nameOf(id) ?? id)}</a>`);
  // One agency (most cells) is its link alone: a list of one said nothing more, in every cell of every row.
  if (ids.length < 2) return ids.map(link).join('');
  return `<ul class="agency-names">${ids.map((id) => `<li>${link(id)}</li>`).join('')}</ul>`;
}
