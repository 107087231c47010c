/**
 * The rows of a task table, written as one string. Task lists print every task several times over (all
 * tasks, by year, by agency, on its document's page) in both languages, more than a million rows at 10,000
 * documents: as components, each row was a render of its own and about 1.1 KB of indented markup, a third
 * of it whitespace; the task pages were the largest part of the site (2 GB of 5.9 at 10,000 documents).
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Task } from '../content/schemas.ts';
import { unitLabel } from '../text/citation.ts';
import { agencyListHtml } from './agency-list.ts';
import { escapeHtml } from './html.ts';
import { paths } from './urls.ts';

export interface TaskRowContext {
  lang: Lang;
  /** An agency's name in the page's language (undefined: the id is shown). */
  agencyName: (id: string) => string | undefined;
  /** The document column: its short form and full title; left out on a page about one document. */
  document?: (id: string) => { label: string; title?: string };
}

export function taskRowsHtml(tasks: readonly (Task & { document: string })[], c: TaskRowContext): string {
  const { lang } = c;
  const agencies = (ids: string[]) => agencyListHtml(ids, lang, c.agencyName);
  const recurrence = { annual: t(lang, 'recurrenceAnnual'), periodic: t(lang, 'recurrencePeriodic'), ongoing: t(lang, 'recurrenceOngoing') };
  const cell = (label: string, html: string) => `<td data-label="${escapeHtml(label)}">${html}</td>`;
  return tasks
    .map((task) => {
      const due = [
        task.due ? `<time datetime="${escapeHtml(task.due)}">${escapeHtml(formatDate(lang, task.due))}</time>` : task.period ? '' : `<span class="unknown">${escapeHtml(t(lang, 'noDeadline'))}</span>`,
        task.period ? `<span class="period">${escapeHtml(`${t(lang, 'periodLabel')} ${task.period.from}–${task.period.to}`)}</span>` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const doc = c.document?.(task.document);
      return (
        `<tr id="task-${escapeHtml(task.id)}">` +
        `<td><blockquote>${escapeHtml(task.quote[lang])}</blockquote><a class="task-clause" href="${escapeHtml(paths.clause(lang, task.document, task.clause))}">${escapeHtml(unitLabel(lang, task.clause))}</a></td>` +
        cell(t(lang, 'colLead'), agencies(task.lead) + (task.directedBy.length ? `<div class="directed-by">${escapeHtml(t(lang, 'colDirectedBy'))}: ${agencies(task.directedBy)}</div>` : '')) +
        cell(t(lang, 'colPartners'), task.partners.length ? agencies(task.partners) : '—') +
        cell(t(lang, 'colDue'), due + (task.recurrence ? `<span class="recurrence"> (${escapeHtml(recurrence[task.recurrence])})</span>` : '')) +
        (doc ? cell(t(lang, 'colDocument'), `<a href="${escapeHtml(paths.document(lang, task.document))}"${doc.title && doc.title !== doc.label ? ` title="${escapeHtml(doc.title)}"` : ''}>${escapeHtml(doc.label)}</a>`) : '') +
        '</tr>'
      );
    })
    .join('');
}
