import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksVietnamese, markQuotedVietnamese } from '../../src/lib/i18n/mixed-text.ts';

test('quoted Vietnamese words in an English sentence are marked, the rest is not', () => {
  assert.deepEqual(markQuotedVietnamese('“phải” is always rendered “must”.'), [
    { text: '“' }, { text: 'phải', lang: 'vi' }, { text: '” is always rendered “must”.' },
  ]);
  assert.deepEqual(markQuotedVietnamese('No quotes here.'), [{ text: 'No quotes here.' }]);
  assert.equal(markQuotedVietnamese('“đề nghị” and "cần"').filter((r) => r.lang).map((r) => r.text).join('|'), 'đề nghị|cần');
  assert.equal(looksVietnamese('Article'), false);
  assert.equal(looksVietnamese('Điều'), true);
});
