import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, excerptRuns, hasPhrase, planSearch } from '../../src/lib/search/query.ts';

test('queries are NFC, single-spaced and bounded', () => {
  assert.equal(cleanQuery('  sức khoẻ '.normalize('NFD')), 'sức khoẻ');
  assert.equal(cleanQuery('x'.repeat(500)).length, 200);
});

test('a query without diacritics also searches đ at syllable starts', () => {
  assert.deepEqual(planSearch('dang uy', 'vi').terms, ['dang uy', 'đang uy']);
  assert.deepEqual(planSearch('Dang uy Chinh phu', 'vi').terms, ['Dang uy Chinh phu', 'Đang uy Chinh phu']);
  assert.equal(planSearch('d d d d d d', 'vi').terms.length, 8, 'bounded');
  assert.deepEqual(planSearch('Đảng uỷ', 'vi').terms, ['Đảng uỷ'], 'a query with diacritics is taken as typed');
  assert.deepEqual(planSearch('dang', 'en').terms, ['dang']);
});

test('phrases: consecutive matched words; quotes never break the plan', () => {
  assert.equal(planSearch('bảo hiểm y tế', 'vi').words, 4);
  assert.deepEqual(planSearch('"bảo hiểm', 'vi').terms, ['bảo hiểm']);
  assert.deepEqual(planSearch('   ', 'vi'), { words: 0, terms: [] });
  assert.equal(hasPhrase([3, 4, 5, 6, 20], 4), true);
  assert.equal(hasPhrase([3, 5, 6, 7], 4), false);
  assert.equal(hasPhrase([9], 1), true);
});

test('excerpts become text runs; markup in the text stays text', () => {
  assert.deepEqual(excerptRuns('a <mark>b&amp;c</mark> &lt;script&gt;'), [
    { text: 'a ', mark: false },
    { text: 'b&c', mark: true },
    { text: ' <script>', mark: false },
  ]);
});
