import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignClauses } from '../../src/lib/parallel.ts';
import type { ClauseRecord } from '../../src/lib/remark-clauses.ts';

const c = (id: string, kind: ClauseRecord['kind'], text: string, extra: Partial<ClauseRecord> = {}): ClauseRecord => ({
  id, kind, text, depth: id.split('__').length - 1, origin: 'source', parent: id.includes('__') ? id.slice(0, id.lastIndexOf('__')) : undefined, ...extra,
});

test('rows pair the smallest units by id and carry the number of the unit they open', () => {
  const vi = [c('para-1', 'para', 'Mở đầu'), c('item-1', 'item', 'Một', { num: '1.' }), c('item-1__para-1', 'para', 'Một'), c('item-1__para-2', 'para', 'Hai'), c('fn-1', 'footnote', 'Chú thích')];
  const en = [c('para-1', 'para', 'Opening'), c('item-1', 'item', 'One', { num: '1.' }), c('item-1__para-1', 'para', 'One'), c('item-1__para-2', 'para', 'Two', { origin: 'unofficial' }), c('fn-1', 'footnote', 'Note')];
  const rows = alignClauses(vi, en);
  assert.deepEqual(rows.map((r) => r.id), ['para-1', 'item-1__para-1', 'item-1__para-2', 'fn-1']);
  assert.equal(rows[1].num, '1.');
  assert.equal(rows[2].num, undefined);
  assert.equal(rows[2].cells.en.origin, 'unofficial');
  assert.equal(rows[3].cells.en.text, 'Note');
});

test('a unit missing in one language is an error, never a blank cell', () => {
  assert.throws(() => alignClauses([c('para-1', 'para', 'x')], []), /no English counterpart/);
});
