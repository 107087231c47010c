/**
 * What one document costs: compiling its texts (the median of five runs, through the build's own
 * pipeline) and the weight of its built pages (gzipped HTML; the JavaScript a page loads at start is the
 * budget's, scripts/budget.ts). Run after `npm run build`:  node scripts/bench-document.ts <document id>
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readContentDigest } from '../src/lib/content/digest.ts';
import { compileTexts } from '../src/lib/text/compiler.ts';
import { LANGS } from '../src/lib/i18n/languages.ts';
import { paths } from '../src/lib/site/urls.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: node scripts/bench-document.ts <document id>');
  process.exit(2);
}
const digest = await readContentDigest();
const catalogue = [];
let doc;
for await (const d of digest.documents()) {
  catalogue.push({ id: d.id, type: d.meta.type, number: d.meta.number, date: d.meta.date, titles: { vi: d.texts.vi?.title ?? d.meta.title?.vi, en: d.texts.en?.title ?? d.meta.title?.en } });
  if (d.id === id) doc = d;
}
if (!doc) throw new Error(`no document "${id}" in the compiled content (run npm run build first)`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const lang of LANGS) {
  const file = path.resolve('src/content/texts', id, `${lang}.mdx`);
  if (!fs.existsSync(file)) continue;
  const runs: number[] = [];
  let clauses = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const [result] = await compileTexts([{ file }], { agencies: digest.agencies, documents: catalogue, threads: 1 });
    runs.push(performance.now() - started);
    clauses = result.text?.clauses.length ?? 0;
  }
  console.log(`compile ${lang}.mdx: ${median(runs).toFixed(0)} ms (median of 5; first ${runs[0].toFixed(0)} ms), ${clauses} clauses, ${(fs.statSync(file).size / 1024).toFixed(0)} KB of MDX`);
}
for (const lang of LANGS) {
  for (const page of [paths.document(lang, id), paths.parallel(lang, id)]) {
    const file = path.resolve('dist', `.${page}`, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file);
    console.log(`${page}: ${(html.length / 1024).toFixed(0)} KB HTML, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
  }
}
