/**
 * The rows of a task table, written as one string. Task lists print every task several times over (in the
 * list of all tasks, on its agencies' lists, on its document's page) in both languages, more than a million
 * rows at 10,000 documents: as components, each row was a render of its own and about 1.1 KB of indented
 * markup, a third of it whitespace; the task pages were the largest part of the site (2 GB of 5.9 at 10,000
 * documents). So a row carries only what differs from row to row: the labels a phone shows before each cell
 * come from the stylesheet (taskCellLabelsCss), not from an attribute on every cell, and a list's document
 * is named in the link to the clause rather than in a column of its own.
 */
import type { Lang } from '../i18n/languages.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Task } from '../content/schemas.ts';
import { clauseCitation, unitLabel } from '../text/citation.ts';
import { agencyListHtml } from './agency-list.ts';
import { escapeHtml } from './html.ts';
import { NO_DEADLINE, dueYear } from './deadlines.ts';
import { paths } from './urls.ts';

/** The columns of a task table, by the interface label of each header. */
export const TASK_COLUMNS = ['colTask', 'colLead', 'colPartners', 'colDue'] as const satisfies readonly UiKey[];

export interface TaskRowContext {
  lang: Lang;
  /** An agency's name in the page's language (undefined: the id is shown). */
  agencyName: (id: string) => string | undefined;
  /**
   * On a list of tasks from many documents, the short form of a task's document ("Chỉ thị 52-CT/TW"): the
   * link under the quote cites the clause in it. Left out on a document's own page.
   */
  documentForm?: (id: string) => string;
  /** A list in deadline order: each due year is a group of rows headed by its year, at #due-<year>. */
  byYear?: boolean;
  /** On an agency's page or list, that agency: named, not linked to where the reader is. */
  agency?: string;
  /** The rows sit on their document's own page (not on its separate task list): clauses are fragments there. */
  onDocumentPage?: boolean;
}

/** The table's bodies: one <tbody>, or one per due year with `byYear`. */
export function taskBodiesHtml(tasks: readonly (Task & { document: string })[], c: TaskRowContext): string {
  const { lang } = c;
  const agencies = (ids: string[]) => agencyListHtml(ids, lang, c.agencyName, c.agency);
  const recurrence = { annual: t(lang, 'recurrenceAnnual'), periodic: t(lang, 'recurrencePeriodic'), ongoing: t(lang, 'recurrenceOngoing') };
  let html = c.byYear ? '' : '<tbody>';
  let year: string | undefined;
  for (const task of tasks) {
    if (c.byYear) {
      const y = dueYear(task) ?? NO_DEADLINE;
      if (y !== year) {
        const label = y === NO_DEADLINE ? t(lang, 'noDeadline') : `${t(lang, 'colDue')}: ${formatDate(lang, y)}`;
        html += `${year === undefined ? '' : '</tbody>'}<tbody id="due-${escapeHtml(y)}"><tr class="due-year"><th colspan="${TASK_COLUMNS.length}" scope="rowgroup">${escapeHtml(label)}</th></tr>`;
        year = y;
      }
    }
    const due = [
      task.due ? `<time datetime="${escapeHtml(task.due)}">${escapeHtml(formatDate(lang, task.due))}</time>` : task.period ? '' : `<span class="unknown">${escapeHtml(t(lang, 'noDeadline'))}</span>`,
      task.period ? `<span class="period">${escapeHtml(`${t(lang, 'periodLabel')} ${task.period.from}–${task.period.to}`)}</span>` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const source = c.documentForm ? clauseCitation(lang, task.clause, c.documentForm(task.document)) : unitLabel(lang, task.clause);
    // A task's address (#task-<id>) is on its document's page; a list's pages shift as the corpus grows, and
    // an id on each of their rows was 40 bytes a row for no lasting link.
    html +=
      (c.documentForm ? '<tr>' : `<tr id="task-${escapeHtml(task.id)}">`) +
      `<td><blockquote>${escapeHtml(task.quote[lang])}</blockquote><a href="${escapeHtml(c.onDocumentPage ? paths.clauseOnPage(task.clause) : paths.clause(lang, task.document, task.clause))}">${escapeHtml(source)}</a></td>` +
      `<td>${agencies(task.lead)}${task.directedBy.length ? `<div class="directed-by">${escapeHtml(t(lang, 'colDirectedBy'))}: ${agencies(task.directedBy)}</div>` : ''}</td>` +
      `<td>${task.partners.length ? agencies(task.partners) : '—'}</td>` +
      `<td>${due}${task.recurrence ? `<span class="recurrence"> (${escapeHtml(recurrence[task.recurrence])})</span>` : ''}</td>` +
      '</tr>';
  }
  return html && `${html}</tbody>`;
}

/**
 * The label a phone shows before each cell of a task table (where the table is a stack of cards), in each
 * language: one rule per column in the stylesheet instead of an attribute on every cell of every row.
 */
export function taskCellLabelsCss(langs: readonly Lang[]): string {
  const rules: string[] = [];
  for (const lang of langs)
    TASK_COLUMNS.forEach((key, i) => {
      if (i > 0) rules.push(`.task-table:lang(${lang}) td:nth-child(${i + 1})::before{content:${JSON.stringify(`${t(lang, key)}: `)}}`);
    });
  return `@media (max-width: 48rem){${rules.join('')}}\n`;
}
