import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, MAX_SLOTS, planQuery } from '../../src/lib/search/query.ts';
import { AbbreviationIndex } from '../../src/lib/search/abbreviations.ts';
import { Quality, matchQuality, wordKey } from '../../src/lib/search/words.ts';

const table = new AbbreviationIndex([
  { abbr: 'BHYT', expansions: ['bảo hiểm y tế'], from: ['reviewed'] },
  { abbr: 'KCB', expansions: ['khám bệnh, chữa bệnh', 'khám chữa bệnh'], from: ['reviewed'] },
  { abbr: 'TW', expansions: ['Trung ương'], from: ['reviewed'] },
]);

test('queries are NFC, single-spaced and bounded', () => {
  assert.equal(cleanQuery('  sức khoẻ '.normalize('NFD')), 'sức khoẻ');
  assert.equal(cleanQuery('x'.repeat(500)).length, 200);
});

test('each typed word is a slot; without diacritics a "d" may be "đ"', () => {
  const plan = planQuery('dang uy Chinh phu', 'vi');
  assert.deepEqual(plan.slots.map((s) => s.typed), ['dang', 'uy', 'Chinh', 'phu']);
  assert.deepEqual(plan.slots[0].alternatives, [['dang'], ['đang']]);
  assert.deepEqual(planQuery('Dang', 'vi').slots[0].alternatives, [['Dang'], ['Đang']]);
  assert.deepEqual(planQuery('Đảng uỷ', 'vi').slots[0].alternatives, [['Đảng']], 'a word with diacritics is taken as typed');
  assert.deepEqual(planQuery('dang', 'en').slots[0].alternatives, [['dang']], 'English keeps its d');
  assert.deepEqual(planQuery('dang', 'vi').terms, ['dang', 'đang']);
});

test('quotes and lone punctuation are not words; a long paste is bounded', () => {
  assert.deepEqual(planQuery('"bảo hiểm', 'vi').slots.map((s) => s.typed), ['bảo', 'hiểm']);
  assert.deepEqual(planQuery(' - , ', 'vi').slots, []);
  assert.equal(planQuery('một '.repeat(60), 'vi').slots.length, MAX_SLOTS);
  assert.deepEqual(planQuery('y duc can bo y te', 'vi').terms.filter((t) => t === 'y').length, 1, 'one search per word');
});

test('an abbreviation is also its expansions, and an expansion typed out is also the abbreviation', () => {
  const short = planQuery('BHYT toàn dân', 'vi', table);
  assert.deepEqual(short.slots[0].alternatives, [['BHYT'], ['bảo', 'hiểm', 'y', 'tế']]);
  assert.equal(short.slots.length, 3);
  const long = planQuery('bao hiem y te toan dan', 'vi', table);
  assert.equal(long.slots.length, 3, '"bao hiem y te" is one slot');
  assert.deepEqual(long.slots[0].alternatives, [['bao', 'hiem', 'y', 'te'], ['BHYT']]);
  const kcb = planQuery('chi phí khám, chữa bệnh', 'vi', table);
  assert.deepEqual(kcb.slots.at(-1)!.alternatives, [['khám,', 'chữa', 'bệnh'], ['khám', 'bệnh,', 'chữa', 'bệnh'], ['KCB']]);
  assert.ok(planQuery('kcb', 'vi', table).slots[0].alternatives.length > 1, 'three letters typed in lower case still count');
  assert.equal(planQuery('tw', 'vi', table).slots[0].alternatives.length, 1, 'two letters only in capitals');
  assert.equal(planQuery('TW', 'vi', table).slots[0].alternatives.length, 2);
  assert.equal(planQuery('BHYT', 'en', table).slots[0].alternatives.length, 1, 'Vietnamese abbreviations on Vietnamese pages');
  assert.ok(planQuery('BHYT', 'vi', table).terms.includes('hiểm'));
});

test('words compare with one tone convention, without outer punctuation; folded and extended matches rank lower', () => {
  assert.equal(wordKey('(BHYT),'), 'bhyt');
  assert.equal(wordKey('Khoẻ.'), 'khỏe');
  assert.equal(wordKey('52-CT/TW.'), '52-ct/tw');
  assert.equal(matchQuality('khoẻ,', 'khỏe', 'vi', false), Quality.Exact);
  assert.equal(matchQuality('miễn', 'mien', 'vi', false), Quality.Folded);
  assert.equal(matchQuality('dương', 'đường', 'vi', false), Quality.Folded);
  assert.equal(matchQuality('chiến', 'chỉ', 'vi', false), Quality.None, 'a syllable that starts like the typed one is another word');
  assert.equal(matchQuality('chiến', 'chi', 'vi', true), Quality.Variant, 'unless it is still being typed');
  assert.equal(matchQuality('payments', 'payment', 'en', false), Quality.Variant, "English trusts Pagefind's stems");
});
