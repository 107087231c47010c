import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCES, wholeFileSpec, type SourceSpec } from '../fidelity/sources.ts';
import { normalizeText, sectionSentences } from '../fidelity/sentences.ts';
import { builtPage, pageText } from './helpers.ts';
import { pageFile } from '../../scripts/lib/built-site.ts';
import { readContentDigest } from '../../src/lib/content/digest.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';

/**
 * Every text that is the source's own (origin: source) in a language its source file has, with that file
 * and page: the ones the content holds now, found by rule, so a new document is checked as soon as it lands.
 */
const sourceTexts: { document: string; page: string; files: string[] }[] = [];
for await (const d of (await readContentDigest()).documents()) {
  for (const lang of LANGS) {
    if (d.texts[lang]?.origin !== 'source') continue;
    const files = d.meta.sources.filter((s) => s.languages.includes(lang)).map((s) => s.file);
    sourceTexts.push({ document: d.id, page: pageFile(`/${lang}/documents/${d.id}/`), files });
  }
}
const named = new Set(SOURCES.flatMap((s) => s.sections.map((section) => section.page)));
// A source text no spec names, from a single file, is checked whole (wholeFileSpec).
const specs: SourceSpec[] = [
  ...SOURCES,
  ...sourceTexts.filter((t) => !named.has(t.page) && t.files.length === 1).map((t) => wholeFileSpec(t.files[0], t.page)),
];

test('every source text of the content is checked against its source file', () => {
  const checked = new Set(specs.flatMap((s) => s.sections.map((section) => section.page)));
  const unchecked = sourceTexts.filter((t) => !checked.has(t.page)).map((t) => `${t.page} (source files: ${t.files.join(', ') || 'none'})`);
  assert.deepEqual(unchecked, [], 'texts marked origin: source that no fidelity spec covers: give each a source file, or a spec in tests/fidelity/sources.ts');
});

// Every sentence of every source body appears on its document's built page: 100%, no allow-list.
for (const spec of specs) {
  const raw = fs.readFileSync(path.resolve('provenance/sources', spec.file), 'utf8');
  for (const section of spec.sections) {
    test(`fidelity: ${spec.file} -> ${section.page}`, () => {
      const sentences = sectionSentences(raw, spec, section);
      assert.ok(sentences.length > 0, 'the section has sentences');
      const text = normalizeText(pageText(builtPage(section.page), section.selectors));
      const missing = sentences.filter((s) => !text.includes(s));
      assert.deepEqual(missing, [], `${missing.length} of ${sentences.length} sentences missing from ${section.page}`);
    });
  }
}

test('fidelity check fails when a sentence is altered (the test can fail)', () => {
  // A known text is the point here: the English of Directive 52 (source 002) misspells "throughly", and the
  // page must keep the misspelling. Correcting it, as a careful transcriber might, has to be caught.
  const spec = SOURCES.find((s) => s.file.startsWith('002'))!;
  const raw = fs.readFileSync(path.resolve('provenance/sources', spec.file), 'utf8');
  const section = spec.sections.find((s) => s.page.startsWith('en/'))!;
  const text = normalizeText(pageText(builtPage(section.page), section.selectors));
  assert.ok(sectionSentences(raw, spec, section).every((s) => text.includes(s)), 'the unaltered source is on the page');
  const sentences = sectionSentences(raw.replace('throughly', 'thoroughly'), spec, section);
  assert.ok(sentences.some((s) => !text.includes(s)), 'a corrected typo is detected as a difference');
});
