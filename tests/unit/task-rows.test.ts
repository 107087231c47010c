import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { TASK_COLUMNS, taskBodiesHtml, taskCellLabelsCss } from '../../src/lib/site/task-rows.ts';
import { byDeadline, dueYearRuns, NO_DEADLINE } from '../../src/lib/site/deadlines.ts';
import { DOCUMENT_TASKS_PATH, DUE_TASKS_PATH, paths } from '../../src/lib/site/urls.ts';
import type { Task } from '../../src/lib/content/schemas.ts';

const task = (id: string, extra: Partial<Task> = {}): Task & { document: string } => ({
  id,
  clause: 'dieu-22__khoan-1__diem-a',
  lead: ['ministry-of-health'],
  partners: [],
  directedBy: [],
  due: null,
  quote: { vi: 'Bộ Y tế chủ trì <ngay> & "sớm"', en: 'The Ministry of Health leads' },
  document: 'luat-x',
  ...extra,
});
const names: Record<string, string> = { 'ministry-of-health': 'Bộ Y tế', 'ministry-of-finance': 'Bộ Tài chính' };
const rows = (tasks: (Task & { document: string })[], withDocument = true, byYear = false) =>
  fromHtml(`<table>${taskBodiesHtml(tasks, { lang: 'vi', agencyName: (id) => names[id], documentForm: withDocument ? () => 'Luật X' : undefined, byYear })}</table>`, { fragment: true });

test('a task row: the quote escaped, the clause cited in its document and linked, agencies, deadline and recurrence in their cells', () => {
  const tree = rows([task('t1', { partners: ['ministry-of-finance'], directedBy: ['ministry-of-finance'], due: '2026-06-30', recurrence: 'annual' })]);
  const row = select('tr', tree)!;
  // On a list the row has no id: a task's address is on its document's page, where its row has one.
  assert.equal(row.properties.id, undefined);
  assert.equal(select('tr', rows([task('t1')], false))!.properties.id, 'task-t1');
  const cells = selectAll('td', row);
  assert.equal(cells.length, TASK_COLUMNS.length);
  assert.equal(toText(select('blockquote', cells[0])!), 'Bộ Y tế chủ trì <ngay> & "sớm"');
  assert.equal(select('blockquote + a', cells[0])!.properties.href, '/vi/documents/luat-x/#dieu-22__khoan-1__diem-a');
  assert.equal(toText(select('blockquote + a', cells[0])!), 'điểm a khoản 1 Điều 22 Luật X');
  // One agency is its link alone; the cell carries no label of its own (the stylesheet has it).
  assert.equal(select('a', cells[1])!.properties.href, '/vi/agencies/ministry-of-health/');
  assert.ok(!select('ul', cells[1]));
  assert.ok(cells.every((c) => c.properties.dataLabel === undefined));
  assert.match(toText(select('.directed-by', cells[1])!), /^Chỉ đạo:\s+Bộ Tài chính$/);
  assert.equal(select('time', cells[3])!.properties.dateTime, '2026-06-30');
  assert.equal(toText(cells[3]), '30/06/2026 (hằng năm)');
});

test('several agencies in a cell are a list; a task without deadline or partners says so; on a document page the clause is named alone', () => {
  const tree = rows([task('t2', { lead: ['ministry-of-health', 'ministry-of-finance'] })], false);
  const cells = selectAll('td', tree);
  assert.deepEqual(selectAll('ul.agency-names li a', cells[1]).map((a) => toText(a)), ['Bộ Y tế', 'Bộ Tài chính']);
  assert.equal(toText(select('blockquote + a', cells[0])!), 'điểm a khoản 1 Điều 22');
  // Its link leaves the page only where the rows are not on the document's page (its own task list).
  assert.equal(select('blockquote + a', cells[0])!.properties.href, '/vi/documents/luat-x/#dieu-22__khoan-1__diem-a');
  const onPage = fromHtml(`<table>${taskBodiesHtml([task('t2')], { lang: 'vi', agencyName: (id) => names[id], onDocumentPage: true })}</table>`, { fragment: true });
  assert.equal(select('blockquote + a', onPage)!.properties.href, '#dieu-22__khoan-1__diem-a');
  assert.equal(toText(cells[2]), '—');
  assert.equal(toText(cells[3]), 'Không ghi thời hạn');
  // On the Ministry of Health's own list it is named, not linked to the page the reader is on.
  const own = fromHtml(`<table>${taskBodiesHtml([task('t4', { partners: ['ministry-of-finance'] })], { lang: 'vi', agencyName: (id) => names[id], agency: 'ministry-of-health' })}</table>`, { fragment: true });
  const [, lead, partners] = selectAll('td', own);
  assert.equal(toText(select('strong', lead)!), 'Bộ Y tế');
  assert.ok(!select('a', lead));
  assert.equal(select('a', partners)!.properties.href, '/vi/agencies/ministry-of-finance/');
  const period = rows([task('t3', { period: { from: '2026', to: '2030' } })], false);
  assert.equal(toText(selectAll('td', period)[3]), 'giai đoạn 2026–2030');
});

test('a list by deadline groups its rows by due year, each group headed and addressable, tasks without a deadline last', () => {
  const list = byDeadline([task('none'), task('late', { due: '2030' }), task('may', { due: '2026-05' }), task('period', { period: { from: '2026', to: '2026' } }), task('day', { due: '2026-05-31' })]);
  assert.deepEqual(list.map((t) => t.id), ['may', 'day', 'period', 'late', 'none']);
  assert.deepEqual(dueYearRuns(list), [{ year: '2026', count: 3, start: 0 }, { year: '2030', count: 1, start: 3 }, { year: NO_DEADLINE, count: 1, start: 4 }]);
  const tree = rows(list, true, true);
  const bodies = selectAll('tbody', tree);
  assert.deepEqual(bodies.map((b) => b.properties.id), ['due-2026', 'due-2030', 'due-none']);
  assert.deepEqual(bodies.map((b) => toText(select('tr.due-year th', b)!)), ['Thời hạn: năm 2026', 'Thời hạn: năm 2030', 'Không ghi thời hạn']);
  assert.deepEqual(bodies.map((b) => selectAll('tr:not(.due-year)', b).length), [3, 1, 1]);
  assert.equal(select('tr.due-year th', bodies[0])!.properties.colSpan, TASK_COLUMNS.length);
  assert.equal(paths.tasksDue('en', '2030', 2), '/en/tasks/2/#due-2030');
  assert.equal(paths.tasksDue('vi', '2026', 1), '/vi/tasks/#due-2026');
});

test('the label before each cell on a phone comes from the stylesheet, one rule per column and language', () => {
  const css = taskCellLabelsCss(['vi', 'en']);
  assert.match(css, /^@media \(max-width: 48rem\)/);
  assert.ok(css.includes('.task-table:lang(vi) td:nth-child(2)::before{content:"Chủ trì: "}'));
  assert.ok(css.includes('.task-table:lang(en) td:nth-child(4)::before{content:"Deadline: "}'));
  assert.equal((css.match(/::before/g) ?? []).length, 2 * (TASK_COLUMNS.length - 1));
});

test('an old address of the tasks due in a year is recognised, a page of it too, and nothing else', () => {
  assert.deepEqual(DUE_TASKS_PATH.exec('/vi/tasks/due/2026/')?.slice(1), ['vi', '2026']);
  assert.deepEqual(DUE_TASKS_PATH.exec('/en/tasks/due/none/3/')?.slice(1), ['en', 'none']);
  assert.equal(DUE_TASKS_PATH.exec('/vi/tasks/due/'), null);
  assert.equal(DUE_TASKS_PATH.exec('/vi/tasks/2026/'), null);
});

test("an old address of a document's task list is recognised, a page of it too, and nothing else", () => {
  assert.deepEqual(DOCUMENT_TASKS_PATH.exec('/vi/tasks/document/chi-thi-52-ct-tw-2025/')?.slice(1), ['vi', 'chi-thi-52-ct-tw-2025']);
  assert.deepEqual(DOCUMENT_TASKS_PATH.exec('/en/tasks/document/luat-x/2/')?.slice(1), ['en', 'luat-x']);
  assert.equal(DOCUMENT_TASKS_PATH.exec('/vi/tasks/document/'), null);
  assert.equal(DOCUMENT_TASKS_PATH.exec('/vi/tasks/due/2026/'), null);
  assert.equal(paths.documentTasks('en', 'luat-x', false), '/en/documents/luat-x/#tasks');
  assert.equal(paths.documentTasks('en', 'luat-x', true), '/en/tasks/document/luat-x/');
});
