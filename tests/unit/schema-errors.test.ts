/** Schema errors in the editor's words: one sentence per issue, at the line of the field, no Zod wording. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'astro/zod';
import { checkSchema } from '../../src/lib/content/schema-errors.ts';
import { AGENCY_LEVELS, agencySchema, documentSchema, targetFileSchema, taskFileSchema } from '../../src/lib/content/schemas.ts';
import { parseYaml } from '../../src/lib/content/yaml-file.ts';
import type { ContentError } from '../../src/lib/content/errors.ts';

function check(schema: z.ZodType, yaml: string): { line?: number; problem: string; fix: string }[] {
  const errors: ContentError[] = [];
  const y = parseYaml('test.yaml', yaml, errors)!;
  assert.ok(y, 'the YAML parses');
  assert.equal(checkSchema(y, schema, y.doc.toJS(), [], errors), undefined, 'the data is invalid');
  return errors.map(({ line, problem, fix }) => ({ line, problem, fix }));
}

const TASK = (lines: string) => `tasks:\n  - id: t-1\n    clause: item-1\n${lines}    quote: { vi: a, en: b }\n`;

test('a field of the wrong type says what it must be, in words from the schema', () => {
  assert.deepEqual(check(taskFileSchema, TASK('    lead: ministry-of-health\n    due: null\n')), [
    { line: 4, problem: '"tasks.lead" must be a list of agency ids (from src/content/agencies.yaml), not the text "ministry-of-health".', fix: 'write it as a list: [ministry-of-health].' },
  ]);
});

test('a missing field names what to add, and null where the schema allows it', () => {
  assert.deepEqual(check(taskFileSchema, TASK('    lead: [a]\n')), [
    { line: 2, problem: '"tasks.due" is missing.', fix: 'add "due": a date (yyyy-mm-dd, yyyy-mm or yyyy), or null where the sources do not give it.' },
  ]);
});

test('a value outside a fixed set lists the values', () => {
  const [error] = check(agencySchema, 'id: a\nname: { vi: A, en: A }\nlevel: galactic\n');
  assert.deepEqual(error, { line: 3, problem: `"level" must be one of: ${AGENCY_LEVELS.join(', ')}; it is "galactic".`, fix: 'write one of those values, spelled exactly so.' });
});

test('an unknown field is reported at its own line with the allowed fields', () => {
  const [error] = check(agencySchema, 'id: a\nname: { vi: A, en: A }\nlevel: press\nwebsite: x\n');
  assert.deepEqual(error, { line: 4, problem: `unknown field "website"; the allowed fields are ${Object.keys(agencySchema.shape).join(', ')}.`, fix: 'correct the field name, or remove the field.' });
});

test('a misspelled field is one mistake, not a missing field and an unknown one', () => {
  assert.deepEqual(check(agencySchema, 'id: a\nname: { vi: A, en: A }\nlevl: press\n'), [{ line: 3, problem: 'unknown field "levl": is it "level", which is missing?', fix: 'write the field name "level".' }]);
});

test('a value of the wrong form gives the form in the schema’s own words', () => {
  assert.deepEqual(check(taskFileSchema, TASK('    lead: [a]\n    due: 2025/06\n')), [
    { line: 5, problem: '"tasks.due" is the text "2025/06": a date must be yyyy-mm-dd (or yyyy-mm, yyyy).', fix: 'correct the value.' },
  ]);
});

test('an empty list, an empty text and a number out of range each say what is needed', () => {
  assert.deepEqual(check(taskFileSchema, TASK('    lead: []\n    due: null\n')), [{ line: 4, problem: '"tasks.lead" is an empty list.', fix: 'name at least one (a list of agency ids (from src/content/agencies.yaml)).' }]);
  assert.deepEqual(check(agencySchema, 'id: a\nname: { vi: "", en: A }\nlevel: press\n'), [{ line: 2, problem: '"name.vi" is empty.', fix: 'write the text.' }]);
  const target = 'targets:\n  - id: t\n    clause: item-1\n    kind: target\n    label: { vi: a, en: b }\n    year: 1800\n    quote: { vi: a, en: b }\n';
  assert.deepEqual(check(targetFileSchema, target), [{ line: 6, problem: '"targets.year" is the number 1800, less than 1900.', fix: 'write a number of at least 1900.' }]);
});

test('no message repeats Zod’s own wording', () => {
  const document = 'type: law\nnumber: 1\nissuer: secretariat\nsigner: 3\ndate: 2025-13\nplace: null\nfield: []\nstatus: null\nsourceLanguage: fr\nhasText: maybe\nsources: [{ file: a/b.txt, sha256: x, publisher: { vi: a, en: b }, url: not-a-url, languages: [vi] }]\n';
  const errors = check(documentSchema, document);
  assert.ok(errors.length >= 8, `each wrong field is reported (${errors.length})`);
  for (const e of errors) {
    assert.doesNotMatch(`${e.problem} ${e.fix}`, /Invalid|expected|received|schema|\/\^|\{"|ZodError/, e.problem);
    assert.ok(e.line, `${e.problem} has a line`);
  }
});
