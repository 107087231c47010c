/**
 * The scale benchmark: `npm run bench -- --docs N [--seed S] [--corpus DIR] [--keep] [--no-starlight]`, or on real text
 * `npm run bench -- --real [--corpus DIR] [--keep]`.
 *
 * 1. Generates N documents (scripts/bench/generate-corpus.ts) into a temporary copy of this project; with
 *    --real, keeps the site's own documents and imports every law of the corpus with the importer
 *    (scripts/import-corpus.ts: Vietnamese-only, no hand edit), so N is the documents the copy then holds.
 * 2. Builds it with `npm run build` (the real build: pages, share pages, search index) and measures wall time,
 *    pages per second, peak memory of the whole process tree, output size and the Pagefind index per language.
 * 3. Builds the same documents as plain Markdown pages in a Starlight site (scripts/bench/starlight.ts) and
 *    measures the same.
 * 4. Serves each built site locally and, in Chromium, measures bytes fetched and milliseconds to the first
 *    results for a fixed set of cold queries (fresh browser context) and warm ones (typed afterwards).
 * The last line is the summary: see BENCHMARKS.md for what each figure means.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { writeStarlightProject } from './starlight.ts';
import { outputFigures, pagefindSizes, runMeasured, type RunFigures } from '../lib/measure.ts';
import { launchChromium } from '../lib/site.ts';
import { queryOurs, queryStarlight, type Row } from './queries.ts';
import { copyProject, importCorpus } from '../import-corpus.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const real = process.argv.includes('--real');
let docs = Number(arg('docs'));
if (!real && (!Number.isInteger(docs) || docs < 1)) {
  console.error('usage: npm run bench -- --docs N [--seed S] [--corpus DIR] [--keep]\n       npm run bench -- --real [--corpus DIR] [--keep]');
  process.exit(2);
}
const root = process.cwd();
const seed = Number(arg('seed') ?? 20251003);
const corpus = path.resolve(arg('corpus') ?? '../shared/corpus/laws');
// Inside the project (git-ignored), so both copies resolve packages from this node_modules by walking up:
// a symlinked node_modules confuses Astro's compiler for components shipped in packages (Starlight's).
fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
const work = fs.mkdtempSync(path.join(root, '.bench', real ? 'real-' : `docs-${docs}-`));
const site = path.join(work, 'site');
const starlight = path.join(work, 'starlight');
const log = (s: string) => console.log(`[bench] ${s}`);

// A copy of the project: with the generated corpus in place of src/content, or (--real) with the site's
// content and the imported laws. Our copy links node_modules (so the fonts' relative URLs resolve as in the
// project); the Starlight project below finds packages by walking up instead, since Astro does not compile
// components of a linked package.
if (real) {
  copyProject(root, site);
  if (!fs.existsSync(corpus)) throw new Error(`--real needs the laws corpus at ${corpus} (pass --corpus DIR)`);
  const started = performance.now();
  const imports = await importCorpus({ corpus, site });
  // A law the site already holds (the health laws) keeps the site's reviewed text: the import says so and writes nothing.
  const held = imports.filter((i) => i.failure?.startsWith('the site already has a document'));
  const failed = imports.filter((i) => i.failure && !held.includes(i));
  const byCause = new Map<string, number>();
  for (const f of failed) byCause.set(f.failure!, (byCause.get(f.failure!) ?? 0) + 1);
  const imported = imports.filter((i) => !i.failure);
  const clauses = imported.map((i) => i.clauses!).sort((a, b) => a - b);
  log(`corpus: ${imports.length} laws: ${imported.length} imported, ${held.length} held by the site already, ${failed.length} failed ${JSON.stringify(Object.fromEntries(byCause))} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (clauses.length) log(`corpus: clauses per imported law: median ${clauses[clauses.length >> 1]}, max ${clauses.at(-1)}; ${(imported.reduce((n, i) => n + i.ms, 0) / imported.length).toFixed(0)} ms per law`);
  docs = fs.readdirSync(path.join(site, 'src/content/documents')).filter((f) => f.endsWith('.yaml')).length;
  log(`corpus: ${docs} documents in ${work}`);
} else {
  const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', 'test-results', 'playwright-report']);
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(site, entry), { recursive: true, filter: (src) => path.relative(root, src) !== path.join('src', 'content') });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  const corpusFigures = await generateCorpus({ docs, out: path.join(site, 'src/content'), seed, corpus, root });
  log(`corpus: ${JSON.stringify(corpusFigures)} in ${work}`);
}

/**
 * The CPU time a build used and what the host stole from this virtual machine meanwhile, to read beside the
 * wall time. Neither is a fixed measure of work here: the same build's CPU time moved by a quarter within half
 * an hour, with nothing reported stolen (BENCHMARKS.md).
 */
const cpuNote = (run: RunFigures) => (run.cpu ? `; CPU ${run.cpu.busy.toFixed(1)} s, stolen by the host ${run.cpu.steal.toFixed(1)} s` : '');

log('building this site (npm run build) ...');
const ours = await runMeasured('npm', ['run', 'build', '--silent'], site);
const oursOut = outputFigures(path.join(site, 'dist'));
const oursIndex = pagefindSizes(path.join(site, 'dist/pagefind'));
log(`this site built: ${oursOut.pages} pages in ${ours.seconds.toFixed(1)} s, peak ${ours.peakRssMb.toFixed(0)} MB (${ours.peakProcesses?.join('; ')})${cpuNote(ours)}`);

// Our queries first, on a quiet machine, before the Starlight build.
const browser = await launchChromium();
let oursQueries: Row[];
try {
  oursQueries = await queryOurs(browser, site);
} catch (e) {
  await browser.close();
  throw e;
}
// Printed now as well: a Starlight build that runs for an hour or is stopped must not take them along.
logQueries('this site', oursQueries);

if (!process.argv.includes('--no-starlight')) {
  log('building the Starlight site ...');
  writeStarlightProject(path.join(site, 'src/content'), starlight);
}
// Starlight gets a larger heap than Node's default (about 4 GB): at 1,000 documents it already peaks at
// 3.2 GB, and the comparison is about time, so it should not fail for want of memory.
const starlightStarted = performance.now();
// If Starlight cannot build the corpus at all (out of memory), the time until it gave up is reported: our
// ratio against it is then a lower bound.
// --no-starlight: at 10,000 documents Starlight is known to fail (BENCHMARKS.md) after half an hour or more;
// the figures are then reported as not measured (nan).
const skipStarlight = process.argv.includes('--no-starlight');
if (skipStarlight) log('Starlight not built (--no-starlight)');
const theirs: RunFigures & { failed?: boolean } = skipStarlight ? { seconds: Number.NaN, peakRssMb: Number.NaN, failed: true } : await runMeasured(
  process.execPath,
  ['--max-old-space-size=16384', path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
  starlight,
).catch((e: Error) => {
  log(`starlight FAILED: ${e.message}`);
  return { seconds: (performance.now() - starlightStarted) / 1000, peakRssMb: Number.NaN, failed: true };
});
const theirsOut = theirs.failed ? { pages: 0, files: 0, bytes: 0, maxFile: 0, maxFilePath: '' } : outputFigures(path.join(starlight, 'dist'));
const theirsIndex = theirs.failed ? {} : pagefindSizes(path.join(starlight, 'dist/pagefind'));
log(`starlight built: ${theirsOut.pages} pages in ${theirs.seconds.toFixed(1)} s, peak ${theirs.peakRssMb.toFixed(0)} MB${theirs.failed ? (skipStarlight ? ' (not built: --no-starlight)' : ' (FAILED)') : cpuNote(theirs)}`);

let theirQueries: Row[] = [];
try {
  if (!theirs.failed) theirQueries = await queryStarlight(browser, starlight);
} finally {
  await browser.close();
}

function logQueries(name: string, queries: readonly Row[]) {
  for (const r of queries) {
    log(`${name}: ${r.lang} "${r.q}": cold ${r.cold.gzipKb.toFixed(1)} KB (${r.cold.kb.toFixed(1)} KB uncompressed), ${r.cold.ms} ms; warm ${r.warm.gzipKb.toFixed(1)} KB, ${r.warm.ms} ms`);
  }
}
const kb = (n: number) => Math.round(n / 1024);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
for (const [name, run, out, idx, queries] of [
  ['this site', ours, oursOut, oursIndex, oursQueries],
  ['starlight', theirs, theirsOut, theirsIndex, theirQueries],
] as const) {
  const index = idx as Record<string, number>;
  log(`${name}: ${out.pages} pages in ${run.seconds.toFixed(1)} s (${(out.pages / run.seconds).toFixed(0)} pages/s), peak ${run.peakRssMb.toFixed(0)} MB, output ${mb(out.bytes)} MB in ${out.files} files (${(out.files / docs).toFixed(1)} per document), largest ${mb(out.maxFile)} MB (${out.maxFilePath})`);
  log(`${name}: Pagefind index vi ${kb(index.vi ?? 0)} KB, en ${kb(index.en ?? 0)} KB, shared ${kb(index.shared ?? 0)} KB, wasm ${kb(index.wasm ?? 0)} KB`);
  logQueries(name, queries);
}
if (process.argv.includes('--files')) for (const r of [...oursQueries, ...theirQueries]) log(`${r.q}:\n  ${r.cold.files.join('\n  ')}`);
if (!process.argv.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);

const queryKb = Math.max(...oursQueries.map((r) => r.cold.gzipKb));
const queryMs = Math.max(...oursQueries.map((r) => r.cold.ms));
console.log(
  `bench: docs=${docs} pages=${oursOut.pages} build_s=${ours.seconds.toFixed(1)} starlight_build_s=${theirs.seconds.toFixed(1)} ` +
    `ratio_vs_starlight=${(theirs.seconds / ours.seconds).toFixed(2)} peak_rss_mb=${ours.peakRssMb.toFixed(0)} ` +
    `index_kb=${kb((oursIndex.vi ?? 0) + (oursIndex.en ?? 0))} query_kb=${queryKb.toFixed(1)} query_ms=${queryMs} ` +
    `files=${oursOut.files} dist_mb=${mb(oursOut.bytes)} max_file_mb=${mb(oursOut.maxFile)}`,
);
