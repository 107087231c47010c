import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSegment, joinClauseId, normalizeNumber, lastSegment } from '../../src/lib/text/clause-ids.ts';

test('printed numbers become id segments without their punctuation', () => {
  assert.equal(normalizeNumber('1.'), '1');
  assert.equal(normalizeNumber('2.1.'), '2.1');
  assert.equal(normalizeNumber('(3)'), '3');
  assert.equal(normalizeNumber('II-'), 'II');
  assert.equal(normalizeNumber(' a) '), 'a');
});

test('a number that cannot be an ASCII id is refused with advice', () => {
  assert.throws(() => normalizeNumber('Điều 1'), /cannot become a clause id/);
  assert.throws(() => normalizeNumber('()'), /cannot become a clause id/);
});

test('segments: numbered by number, singletons by kind, the rest by position', () => {
  assert.equal(clauseSegment('item', { num: '2.1.', position: 7 }), 'item-2.1');
  assert.equal(clauseSegment('recipients', { position: 1 }), 'recipients');
  assert.equal(clauseSegment('para', { position: 3 }), 'para-3');
  assert.equal(clauseSegment('bullet', { position: 5 }), 'bullet-5');
});

test('ids chain their ancestors', () => {
  assert.equal(joinClauseId(undefined, 'item-2'), 'item-2');
  assert.equal(joinClauseId('item-2__item-2.1', 'point-2'), 'item-2__item-2.1__point-2');
  assert.deepEqual(lastSegment('part-II__item-1__bullet-2'), { kind: 'bullet', value: '2' });
});
