import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledTextDir, textRecords } from '../../src/lib/content/compiled.ts';

const records = (text: string) => JSON.stringify({ clauses: [{ id: 'para-1', kind: 'para', text }], mentions: [], references: [] });

test("a text's records are read once for pages that follow each other, and again once the text is compiled again", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-'));
  const write = (doc: string, lang: string, text: string) => {
    fs.mkdirSync(compiledTextDir(doc, root), { recursive: true });
    fs.writeFileSync(path.join(compiledTextDir(doc, root), `${lang}.json`), records(text));
  };
  write('a', 'vi', 'một');
  write('a', 'en', 'one');
  write('b', 'vi', 'hai');
  const vi = textRecords('a', 'vi', root);
  const en = textRecords('a', 'en', root);
  assert.equal(en.clauses[0].text, 'one');
  // The second page of the same document gets the records already read.
  assert.equal(textRecords('a', 'vi', root), vi);
  // Compiled again (astro dev): read again, never the old records.
  write('a', 'vi', 'một nữa');
  assert.equal(textRecords('a', 'vi', root).clauses[0].text, 'một nữa');
  // Only the last two are kept: a third text pushes out the oldest.
  assert.equal(textRecords('a', 'en', root), en);
  textRecords('a', 'vi', root);
  textRecords('b', 'vi', root);
  const again = textRecords('a', 'en', root);
  assert.notEqual(again, en);
  assert.deepEqual(again, en);
  fs.rmSync(root, { recursive: true, force: true });
});
