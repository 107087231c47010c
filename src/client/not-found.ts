/**
 * The 404 page: an old or external link to a clause's share page, on a site published without share pages,
 * goes on to the clause itself; a link to a document's task list, for a document whose tasks are a table on
 * its page, goes on to that table; a list of the tasks due in a year, to where they start in the list of all
 * tasks (a #fragment never reaches a server, so this is done here).
 */
import { SHARE_PATH } from '../lib/share/mode.ts';
import { DOCUMENT_TASKS_PATH, DUE_TASKS_PATH, paths } from '../lib/site/urls.ts';
import type { Lang } from '../lib/i18n/languages.ts';

const share = SHARE_PATH.exec(location.pathname);
const tasks = DOCUMENT_TASKS_PATH.exec(location.pathname);
const due = DUE_TASKS_PATH.exec(location.pathname);
if (share) {
  const [, lang, doc, clause] = share;
  location.replace(paths.clause(lang as Lang, doc, clause));
} else if (tasks) {
  const [, lang, doc] = tasks;
  location.replace(paths.documentTasks(lang as Lang, doc, false));
} else if (due) {
  // The list by deadline holds each year's tasks in a run; a year it does not have goes to the list's start.
  const [, lang, year] = due;
  const pages = JSON.parse(document.getElementById('due-pages')?.textContent ?? '{}') as Record<string, number>;
  location.replace(pages[year] ? paths.tasksDue(lang as Lang, year, pages[year]) : paths.tasks(lang as Lang));
}
