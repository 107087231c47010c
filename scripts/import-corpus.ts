/**
 * Imports every .txt of a folder into a scratch copy of this project, builds the copy, and checks every
 * sentence of every source on its built page:
 *
 *   npm run import-corpus -- [--corpus DIR] [--limit N] [--keep] [--no-build] [--link-back] [--json FILE]
 *
 * Prints failures by cause, time per document and clauses per document (median and maximum), the build's
 * time and peak memory, and the fidelity result; the last line is a one-line summary. The scale benchmark
 * can call importCorpus() for a site of real documents (`site` is the copy to import into).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { planImport, type ImportPlan } from '../src/lib/import/importer.ts';
import { missingFragments, sourceFragments } from '../src/lib/import/fidelity.ts';
import { ImportError } from '../src/lib/import/report.ts';
import { loadSiteIndex } from '../src/lib/import/site-index.ts';
import { writeImport } from '../src/lib/import/write.ts';
import { runMeasured } from './lib/measure.ts';

export interface CorpusImport {
  file: string;
  id?: string;
  ms: number;
  clauses?: number;
  articles?: number;
  warnings?: number;
  /** Why the import failed: the importer's message without the particulars. */
  failure?: string;
  plan?: Pick<ImportPlan, 'leftOut' | 'footnotes'>;
}

export interface CorpusFigures {
  imports: CorpusImport[];
  build?: { seconds: number; peakRssMb: number; ok: boolean; error?: string };
  /** Documents whose every source sentence is on the built page, of those imported. */
  fidelity?: { complete: number; documents: number; fragments: number; missing: { id: string; line: number; text: string }[] };
}

/** A copy of the project at `dest` with node_modules linked, the content as it is (so relations resolve). */
export function copyProject(root: string, dest: string) {
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', '.scratch', 'test-results', 'playwright-report']);
  for (const entry of fs.readdirSync(root)) {
    if (!skip.has(entry)) fs.cpSync(path.join(root, entry), path.join(dest, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}

/** Imports every .txt of `corpus` into the project at `site` (a copy), in file-name order. */
export async function importCorpus(options: { corpus: string; site: string; limit?: number; linkBack?: boolean; log?: (s: string) => void }): Promise<CorpusImport[]> {
  const files = fs.readdirSync(options.corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, options.limit);
  const index = loadSiteIndex(options.site);
  const out: CorpusImport[] = [];
  for (const file of files) {
    const t0 = performance.now();
    try {
      const plan = await planImport(fs.readFileSync(path.join(options.corpus, file)), { fileName: file }, index);
      writeImport(plan, index, { linkBack: options.linkBack ?? false });
      out.push({ file, id: plan.id, ms: performance.now() - t0, clauses: plan.clauseIds.length, articles: plan.counts.dieu ?? 0, warnings: plan.report.warnings.length, plan: { leftOut: plan.leftOut, footnotes: plan.footnotes } });
    } catch (e) {
      const failure = e instanceof ImportError ? e.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N') : `internal error: ${(e as Error).message.split('\n')[0]}`;
      out.push({ file, ms: performance.now() - t0, failure });
    }
    options.log?.(`${file}: ${out[out.length - 1].failure ?? `${out[out.length - 1].id}, ${out[out.length - 1].clauses} clauses, ${out[out.length - 1].ms.toFixed(0)} ms`}`);
  }
  return out;
}

/** The text a reader sees of a built document page: its title and text. */
export function documentPageText(site: string, id: string): string | undefined {
  const file = path.join(site, 'dist/vi/documents', id, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  return selectAll('main h1, article.doc-body', fromHtml(fs.readFileSync(file, 'utf8')))
    .map((el) => toText(el))
    .join('\n');
}

export function checkFidelity(site: string, corpus: string, imports: CorpusImport[]): NonNullable<CorpusFigures['fidelity']> {
  const done = imports.filter((i) => i.id && i.plan);
  const missing: { id: string; line: number; text: string }[] = [];
  let fragments = 0;
  let complete = 0;
  for (const i of done) {
    const text = documentPageText(site, i.id!);
    const frags = sourceFragments(fs.readFileSync(path.join(corpus, i.file), 'utf8'), i.plan!);
    fragments += frags.length;
    const lost = text === undefined ? frags : missingFragments(frags, text);
    if (lost.length === 0) complete++;
    missing.push(...lost.map((f) => ({ id: i.id!, line: f.line, text: f.text })));
  }
  return { complete, documents: done.length, fragments, missing };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

export function summarize(figures: CorpusFigures): string[] {
  const { imports } = figures;
  const ok = imports.filter((i) => !i.failure);
  const lines: string[] = [];
  lines.push(`imported ${ok.length} of ${imports.length} documents`);
  const causes = new Map<string, string[]>();
  for (const i of imports.filter((i) => i.failure)) causes.set(i.failure!, [...(causes.get(i.failure!) ?? []), i.file]);
  for (const [cause, files] of causes) lines.push(`  failed (${files.length}): ${cause} — ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`);
  const ms = imports.map((i) => i.ms);
  lines.push(`time per document: median ${quantile(ms, 0.5).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms, total ${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`);
  const clauses = ok.map((i) => i.clauses!);
  const articles = ok.map((i) => i.articles!);
  lines.push(`clauses per document: median ${quantile(clauses, 0.5)}, max ${Math.max(...clauses)} (articles: median ${quantile(articles, 0.5)}, max ${Math.max(...articles)}); ${clauses.reduce((a, b) => a + b, 0)} in all`);
  lines.push(`warnings per document: median ${quantile(ok.map((i) => i.warnings!), 0.5)}, max ${Math.max(...ok.map((i) => i.warnings!))}`);
  if (figures.build) lines.push(`build: ${figures.build.ok ? 'passed' : `FAILED (${figures.build.error})`} in ${figures.build.seconds.toFixed(1)} s, peak ${figures.build.peakRssMb.toFixed(0)} MB`);
  if (figures.fidelity) {
    const f = figures.fidelity;
    lines.push(`fidelity: ${f.complete} of ${f.documents} documents have every source sentence on their page (${f.fragments - f.missing.length} of ${f.fragments} sentences)`);
    for (const m of f.missing.slice(0, 20)) lines.push(`  missing: ${m.id} line ${m.line}: ${m.text.slice(0, 100)}`);
  }
  return lines;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const root = process.cwd();
  const corpus = path.resolve(value('corpus') ?? '../shared/corpus/laws');
  if (!fs.existsSync(corpus)) {
    console.error(`import-corpus: no folder ${corpus}\nFix: pass --corpus DIR (a folder of .txt documents).`);
    process.exit(2);
  }
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  const work = fs.mkdtempSync(path.join(root, '.bench', 'import-corpus-'));
  const log = (s: string) => console.log(`[import-corpus] ${s}`);
  copyProject(root, work);
  log(`importing ${corpus} into ${work}`);
  const figures: CorpusFigures = { imports: await importCorpus({ corpus, site: work, limit: value('limit') ? Number(value('limit')) : undefined, linkBack: args.includes('--link-back'), log }) };
  if (!args.includes('--no-build')) {
    log('building the copy (npm run build) ...');
    const build = await runMeasured('npm', ['run', 'build', '--silent'], work).then(
      (r) => ({ ...r, ok: true }),
      (e: Error) => ({ seconds: Number.NaN, peakRssMb: Number.NaN, ok: false, error: e.message }),
    );
    figures.build = build;
    if (build.ok) figures.fidelity = checkFidelity(work, corpus, figures.imports);
  }
  for (const line of summarize(figures)) log(line);
  const json = value('json');
  if (json) fs.writeFileSync(json, JSON.stringify({ ...figures, imports: figures.imports.map(({ plan: _plan, ...rest }) => rest) }, null, 2));
  if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
  const ok = figures.imports.filter((i) => !i.failure).length;
  const f = figures.fidelity;
  console.log(
    `import-corpus: documents=${figures.imports.length} imported=${ok} build=${figures.build ? (figures.build.ok ? 'ok' : 'failed') : 'skipped'}` +
      `${f ? ` fidelity=${f.complete}/${f.documents} missing_sentences=${f.missing.length}` : ''}`,
  );
  if (ok < figures.imports.length || (figures.build && !figures.build.ok) || (f && f.missing.length)) process.exitCode = 1;
}
