import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCES } from '../fidelity/sources.ts';
import { normalizeText, sectionSentences } from '../fidelity/sentences.ts';
import { builtPage, pageText } from './helpers.ts';

// Every sentence of every source body appears on its document's built page: 100%, no allow-list.
for (const spec of SOURCES) {
  const raw = fs.readFileSync(path.resolve('provenance/sources', spec.file), 'utf8');
  for (const section of spec.sections) {
    test(`fidelity: ${spec.file} -> ${section.page}`, () => {
      const sentences = sectionSentences(raw, spec, section);
      assert.ok(sentences.length > 3, 'the section has sentences');
      const text = normalizeText(pageText(builtPage(section.page), section.selectors));
      const missing = sentences.filter((s) => !text.includes(s));
      assert.deepEqual(missing, [], `${missing.length} of ${sentences.length} sentences missing from ${section.page}`);
    });
  }
}

test('fidelity check fails when a sentence is altered (the test can fail)', () => {
  const spec = SOURCES.find((s) => s.file.startsWith('002'))!;
  const raw = fs.readFileSync(path.resolve('provenance/sources', spec.file), 'utf8');
  const section = spec.sections[1];
  const text = normalizeText(pageText(builtPage(section.page), section.selectors));
  const sentences = sectionSentences(raw.replace('throughly', 'thoroughly'), spec, section);
  assert.ok(sentences.some((s) => !text.includes(s)), 'a corrected typo is detected as a difference');
});
