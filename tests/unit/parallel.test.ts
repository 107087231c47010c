import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignClauses, parallelRowsHtml } from '../../src/lib/site/parallel.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import type { ClauseRecord } from '../../src/lib/text/records.ts';

const c = (id: string, kind: ClauseRecord['kind'], text: string, extra: Partial<ClauseRecord> = {}): ClauseRecord => ({
  id, kind, text, depth: id.split('__').length - 1, origin: 'source', parent: id.includes('__') ? id.slice(0, id.lastIndexOf('__')) : undefined, ...extra,
});

test('rows pair the smallest units by id and carry the number of the unit they open', () => {
  const vi = [c('para-1', 'para', 'Mở đầu'), c('item-1', 'item', 'Một', { num: '1.' }), c('item-1__para-1', 'para', 'Một'), c('item-1__para-2', 'para', 'Hai'), c('fn-1', 'footnote', 'Chú thích')];
  const en = [c('para-1', 'para', 'Opening'), c('item-1', 'item', 'One', { num: '1.' }), c('item-1__para-1', 'para', 'One'), c('item-1__para-2', 'para', 'Two', { origin: 'unofficial' }), c('fn-1', 'footnote', 'Note')];
  const rows = alignClauses(vi, en);
  assert.deepEqual(rows.map((r) => r.id), ['para-1', 'item-1__para-1', 'item-1__para-2', 'fn-1']);
  assert.equal(rows[1].cells.vi.num, '1.');
  assert.equal(rows[2].cells.vi.num, undefined);
  assert.equal(rows[2].cells.en.origin, 'unofficial');
  assert.equal(rows[3].cells.en.text, 'Note');
});

test('a unit missing in one language is an error, never a blank cell', () => {
  assert.throws(() => alignClauses([c('para-1', 'para', 'x')], []), /no English counterpart/);
});

test('the rows as HTML: cells in the order of the page, numbers and notes in place, every value escaped', () => {
  const vi = [c('item-1', 'item', 'Một', { num: '1.' }), c('item-1__para-1', 'para', 'Giá <5% & "thấp"'), c('para-1', 'para', 'Hai')];
  const en = [c('item-1', 'item', 'One', { num: '1.' }), c('item-1__para-1', 'para', 'Price <5% & "low"', { origin: 'unofficial' }), c('para-1', 'para', 'Two')];
  const html = parallelRowsHtml(alignClauses(vi, en), ['en', 'vi'], 'en', (lang, id) => `/${lang}/d/?a="${id}"#${id}`);
  const tree = fromHtml(html, { fragment: true });
  const rows = selectAll('[role="row"]', tree) as Element[];
  assert.deepEqual(rows.map((r) => r.properties.id), ['item-1__para-1', 'para-1']);
  const cells = selectAll('[role="cell"]', rows[0]) as Element[];
  // The page's own language comes from <html lang>; the other column says its language.
  assert.deepEqual(cells.map((cell) => cell.properties.lang), [undefined, 'vi']);
  assert.equal(toText(cells[0]), '§ Unofficial translation 1. Price <5% & "low"');
  assert.equal(toText(cells[1]), '§ 1. Giá <5% & "thấp"');
  assert.deepEqual(cells[0].properties.className, ['unofficial']);
  assert.equal(cells[1].properties.className, undefined);
  const link = selectAll('a', cells[1])[0] as Element;
  assert.equal(link.properties.href, '/vi/d/?a="item-1__para-1"#item-1__para-1');
  // Named by its unit: the column says the language.
  assert.equal(link.properties.ariaLabel, 'đoạn 1 mục 1');
  assert.ok(!/<5%|"low"/.test(html), 'raw < and " in the output');
  assert.equal(toText(selectAll('[role="cell"]', rows[1])[1]), '§ Hai');
});

test("a law's chapters and articles are heading rows, each cell in its own language", () => {
  const vi = [
    c('chuong-I', 'chuong', '', { num: 'CHƯƠNG I', title: 'NHỮNG QUY ĐỊNH CHUNG' }),
    { ...c('dieu-1', 'dieu', 'Luật này', { num: 'Điều 1.', title: 'Phạm vi' }), parent: 'chuong-I' },
    c('dieu-1__khoan-1', 'khoan', 'Luật này', { num: '1.' }),
    c('dieu-1__khoan-1__para-1', 'para', 'Luật này'),
  ];
  const en = [
    c('chuong-I', 'chuong', '', { num: 'CHAPTER I', title: 'GENERAL PROVISIONS' }),
    { ...c('dieu-1', 'dieu', 'This Law', { num: 'Article 1.', title: 'Scope' }), parent: 'chuong-I' },
    c('dieu-1__khoan-1', 'khoan', 'This Law', { num: '1.' }),
    c('dieu-1__khoan-1__para-1', 'para', 'This Law', { notes: [[{ text: 'A note on ' }, { text: 'Luật', lang: 'vi' }, { text: '.' }]] }),
  ];
  const rows = alignClauses(vi, en);
  assert.deepEqual(rows.map((r) => [r.id, Boolean(r.heading)]), [['chuong-I', true], ['dieu-1', true], ['dieu-1__khoan-1__para-1', false]]);
  assert.equal(rows[1].cells.en.title, 'Scope');
  assert.equal(rows[1].cells.vi.num, 'Điều 1.');
  const html = parallelRowsHtml(rows, ['vi', 'en'], 'vi', (lang, id) => `/${lang}/#${id}`);
  const cells = selectAll('[role="cell"]', fromHtml(html, { fragment: true })) as Element[];
  assert.equal(toText(cells[3]), '§ Article 1. Scope');
  assert.equal(toText(cells[5]), "§ 1. This Law Translator's note: A note on Luật.");
  assert.equal((selectAll('[lang="vi"]', cells[5])[0] as Element | undefined)?.tagName, 'span', 'Vietnamese words in a note keep their language');
});
