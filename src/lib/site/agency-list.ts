import type { Lang } from '../i18n/languages.ts';
import { escapeHtml } from './html.ts';
import { paths } from './urls.ts';

/**
 * Agencies as a list of links, written as one string: task tables print it in three cells of every row,
 * more than a million rows at 10,000 documents, where a component per cell is a render of its own. A list
 * (not links joined by "; "), so that a separator never starts a line of its own; CSS draws the "; ".
 */
export function agencyListHtml(ids: readonly string[], lang: Lang, nameOf: (id: string) => string | undefined): string {
  if (!ids.length) return '';
  return `<ul class="agency-names">${ids.map((id) => `<li><a href="${escapeHtml(paths.agency(lang, id))}">${escapeHtml(nameOf(id) ?? id)}</a></li>`).join('')}</ul>`;
}
