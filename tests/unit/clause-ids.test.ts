import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSegment, joinClauseId, leadParagraphId, normalizeNumber, numberFromWords, opensNumberedUnit, parseClauseId } from '../../src/lib/text/clause-ids.ts';

test('printed numbers become id segments without their punctuation', () => {
  assert.equal(normalizeNumber('1.'), '1');
  assert.equal(normalizeNumber('2.1.'), '2.1');
  assert.equal(normalizeNumber('(3)'), '3');
  assert.equal(normalizeNumber('II-'), 'II');
  assert.equal(normalizeNumber(' a) '), 'a');
});

test('labelled numbers of normative texts keep only the number, in both languages', () => {
  assert.equal(normalizeNumber('Điều 22.'), '22');
  assert.equal(normalizeNumber('Article 22.'), '22');
  assert.equal(normalizeNumber('Điều 6a.'), '6a');
  assert.equal(normalizeNumber('CHƯƠNG II'), 'II');
  assert.equal(normalizeNumber('Chapter IV'), 'IV');
  assert.equal(normalizeNumber('Tiểu mục 1'), '1');
  assert.equal(normalizeNumber('Mục 2.'), '2');
  assert.equal(normalizeNumber('PHẦN THỨ NHẤT'), '1');
  assert.equal(normalizeNumber('Phần thứ hai mươi mốt'), '21');
  assert.equal(normalizeNumber('PART ONE'), '1');
  assert.equal(normalizeNumber('Part Second'), '2');
  // "đ" is a letter of its own (a, b, c, d, đ, e): it must not collide with "d".
  assert.equal(normalizeNumber('đ)'), 'dd');
  assert.equal(normalizeNumber('đ1)'), 'dd1');
  assert.equal(normalizeNumber('d)'), 'd');
  // A label glued to its number, as some sources print it.
  assert.equal(normalizeNumber('Điều5.'), '5');
  assert.equal(normalizeNumber('Chương2'), '2');
});

test('Vietnamese and English number words', () => {
  assert.equal(numberFromWords('thứ tư'), 4);
  assert.equal(numberFromWords('mười lăm'), 15);
  assert.equal(numberFromWords('hai mươi'), 20);
  assert.equal(numberFromWords('twelfth'), 12);
  assert.equal(numberFromWords('II'), undefined);
  assert.equal(numberFromWords('mươi hai'), undefined);
});

test('a number that cannot be an ASCII id is refused with advice', () => {
  assert.throws(() => normalizeNumber('Điều ½'), /cannot become a clause id/);
  assert.throws(() => normalizeNumber('()'), /cannot become a clause id/);
});

test('segments: numbered by number, singletons by kind, the rest by position', () => {
  assert.equal(clauseSegment('item', { num: '2.1.', position: 7 }), 'item-2.1');
  assert.equal(clauseSegment('recipients', { position: 1 }), 'recipients');
  assert.equal(clauseSegment('para', { position: 3 }), 'para-3');
  assert.equal(clauseSegment('bullet', { position: 5 }), 'bullet-5');
  assert.equal(clauseSegment('diem', { num: 'đ)', position: 5 }), 'diem-dd');
  assert.equal(clauseSegment('tieu-muc', { num: 'Tiểu mục 2', position: 2 }), 'tieu-muc-2');
});

test('ids chain their ancestors, except articles, which are unique within a law', () => {
  assert.equal(joinClauseId(undefined, 'item-2'), 'item-2');
  assert.equal(joinClauseId('item-2__item-2.1', 'point-2'), 'item-2__item-2.1__point-2');
  assert.equal(joinClauseId('chuong-IV__muc-2', 'dieu-22', 'dieu'), 'dieu-22');
  assert.equal(joinClauseId('dieu-22', 'khoan-1', 'khoan'), 'dieu-22__khoan-1');
  assert.equal(joinClauseId('chuong-IV', 'muc-2', 'muc'), 'chuong-IV__muc-2');
});

test('an id parses back into its segments; a kind may contain a dash', () => {
  assert.deepEqual(parseClauseId('part-II__item-1__bullet-2').at(-1), { kind: 'bullet', value: '2' });
  assert.deepEqual(parseClauseId('chuong-IV__muc-2__tieu-muc-1').at(-1), { kind: 'tieu-muc', value: '1' });
  assert.deepEqual(parseClauseId('recipients__bullet-3')[0], { kind: 'recipients', value: '' });
  assert.deepEqual(parseClauseId('item-2.1')[0], { kind: 'item', value: '2.1' });
});

test("a unit's number prints before its first paragraph only", () => {
  assert.equal(leadParagraphId('item-2'), 'item-2__para-1');
  assert.equal(opensNumberedUnit({ id: 'item-2__para-1' }, { id: 'item-2', num: '2.' }), true);
  assert.equal(opensNumberedUnit({ id: 'item-2__para-2' }, { id: 'item-2', num: '2.' }), false);
  assert.equal(opensNumberedUnit({ id: 'header__para-1' }, { id: 'header' }), false);
});
