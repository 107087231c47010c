import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEARCH_CASES } from '../search/queries.ts';

// The search issue's measure of the query set: both languages, words apart, legal references, abbreviations.
test('the query set covers what readers type', () => {
  const count = (kind: string) => SEARCH_CASES.filter((c) => c.kind === kind).length;
  assert.ok(SEARCH_CASES.length >= 60, `${SEARCH_CASES.length} cases`);
  assert.ok(count('apart') >= 20, `${count('apart')} with the words apart`);
  assert.ok(count('reference') >= 10, `${count('reference')} legal references`);
  assert.ok(count('abbreviation') >= 8, `${count('abbreviation')} abbreviations`);
  for (const lang of ['vi', 'en'] as const) {
    for (const kind of ['apart', 'reference']) assert.ok(SEARCH_CASES.some((c) => c.lang === lang && c.kind === kind), `${lang} ${kind}`);
  }
  assert.ok(SEARCH_CASES.every((c) => c.expect.length > 0 && c.why));
  assert.equal(new Set(SEARCH_CASES.map((c) => `${c.lang} ${c.query}`)).size, SEARCH_CASES.length, 'no case twice');
});
