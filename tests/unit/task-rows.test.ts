import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { taskRowsHtml } from '../../src/lib/site/task-rows.ts';
import { DOCUMENT_TASKS_PATH, paths } from '../../src/lib/site/urls.ts';
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
const rows = (tasks: (Task & { document: string })[], withDocument = true) =>
  fromHtml(
    `<table><tbody>${taskRowsHtml(tasks, { lang: 'vi', agencyName: (id) => names[id], document: withDocument ? () => ({ label: 'Luật X', title: 'Luật X về y tế' }) : undefined })}</tbody></table>`,
    { fragment: true },
  );

test('a task row: the quote escaped, the clause cited and linked, agencies, deadline, recurrence and document in their cells', () => {
  const tree = rows([task('t1', { partners: ['ministry-of-finance'], directedBy: ['ministry-of-finance'], due: '2026-06-30', recurrence: 'annual' })]);
  const row = select('tr', tree)!;
  assert.equal(row.properties.id, 'task-t1');
  const cells = selectAll('td', row);
  assert.equal(cells.length, 5);
  assert.equal(toText(select('blockquote', cells[0])!), 'Bộ Y tế chủ trì <ngay> & "sớm"');
  assert.equal(select('a.task-clause', cells[0])!.properties.href, '/vi/documents/luat-x/#dieu-22__khoan-1__diem-a');
  assert.equal(toText(select('a.task-clause', cells[0])!), 'điểm a khoản 1 Điều 22');
  assert.deepEqual(selectAll('a', cells[1]).map((a) => toText(a)), ['Bộ Y tế', 'Bộ Tài chính']);
  assert.match(toText(select('.directed-by', cells[1])!), /^Chỉ đạo:\s+Bộ Tài chính$/);
  assert.equal(select('time', cells[3])!.properties.dateTime, '2026-06-30');
  assert.equal(toText(cells[3]), '30/06/2026 (hằng năm)');
  assert.equal(select('a', cells[4])!.properties.title, 'Luật X về y tế');
});

test('a task without deadline or partners says so; on a document page the document column is left out', () => {
  const tree = rows([task('t2')], false);
  const cells = selectAll('td', tree);
  assert.equal(cells.length, 4);
  assert.equal(toText(cells[2]), '—');
  assert.equal(toText(cells[3]), 'Không ghi thời hạn');
  const period = rows([task('t3', { period: { from: '2026', to: '2030' } })], false);
  assert.equal(toText(selectAll('td', period)[3]), 'giai đoạn 2026–2030');
});

test("an old address of a document's task list is recognised, a page of it too, and nothing else", () => {
  assert.deepEqual(DOCUMENT_TASKS_PATH.exec('/vi/tasks/document/chi-thi-52-ct-tw-2025/')?.slice(1), ['vi', 'chi-thi-52-ct-tw-2025']);
  assert.deepEqual(DOCUMENT_TASKS_PATH.exec('/en/tasks/document/luat-x/2/')?.slice(1), ['en', 'luat-x']);
  assert.equal(DOCUMENT_TASKS_PATH.exec('/vi/tasks/document/'), null);
  assert.equal(DOCUMENT_TASKS_PATH.exec('/vi/tasks/due/2026/'), null);
  assert.equal(paths.documentTasks('en', 'luat-x', false), '/en/documents/luat-x/#tasks');
  assert.equal(paths.documentTasks('en', 'luat-x', true), '/en/tasks/document/luat-x/');
});
