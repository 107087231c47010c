/**
 * What each share-page mode costs a publisher, on this project's content: `node scripts/bench-share.ts
 * [--requests N] [--keep]`.
 *
 * Builds a copy of the project once per mode (SHARE_PAGES=static, none, server) and reports the build's
 * time and peak memory, the files and megabytes a host must take, and for `server` the Node adapter's
 * answer time for share pages requested one after another (the first, then the median and the 95th
 * percentile of N clauses spread over every document) and the size of a share page. Figures go to
 * ARCHITECTURE.md ("Share pages") and the closing note of the scale issue.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyProject } from './import-corpus.ts';
import { outputFigures, runMeasured } from './lib/measure.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const REQUESTS = Number(arg('requests') ?? 200);
const PORT = Number(process.env.SHARE_BENCH_PORT ?? 4481);
const root = process.cwd();
fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
const work = fs.mkdtempSync(path.join(root, '.bench', 'share-'));
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

interface ModeFigures {
  mode: string;
  buildSeconds: number;
  peakRssMb: number;
  files: number;
  distMb: string;
  shareFiles: number;
  server?: { firstMs: number; medianMs: number; p95Ms: number; pageKb: number; requests: number };
}

/** Every clause of every document with a text, from the build's open data, spread evenly to `n`. */
function sampleClauses(client: string, n: number): { doc: string; clause: string }[] {
  const index = JSON.parse(fs.readFileSync(path.join(client, 'data/documents.json'), 'utf8')).documents as { id: string; hasText: boolean }[];
  const all = index
    .filter((d) => d.hasText)
    .flatMap((d) => (JSON.parse(fs.readFileSync(path.join(client, 'data/documents', `${d.id}.json`), 'utf8')).clauses as { id: string }[]).map((c) => ({ doc: d.id, clause: c.id })));
  const step = Math.max(1, all.length / n);
  return Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor(i * step)]);
}

async function measureServer(site: string): Promise<NonNullable<ModeFigures['server']>> {
  const server = spawn(process.execPath, [path.join(site, 'dist/server/entry.mjs')], { cwd: site, env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT) }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; ; i++) {
      try {
        await fetch(`${base}/vi/`);
        break;
      } catch (e) {
        if (i > 150) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const times: number[] = [];
    let bytes = 0;
    for (const [i, { doc, clause }] of sampleClauses(path.join(site, 'dist/client'), REQUESTS).entries()) {
      const lang = i % 2 ? 'en' : 'vi';
      const t0 = performance.now();
      const response = await fetch(`${base}/${lang}/share/${doc}/${clause}/`);
      const body = await response.text();
      times.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${response.status} for /${lang}/share/${doc}/${clause}/`);
      bytes += body.length;
    }
    const sorted = times.slice(1).sort((a, b) => a - b);
    return {
      firstMs: Math.round(times[0]),
      medianMs: Number(sorted[sorted.length >> 1].toFixed(1)),
      p95Ms: Number(sorted[Math.floor(sorted.length * 0.95)].toFixed(1)),
      pageKb: Number((bytes / times.length / 1024).toFixed(1)),
      requests: times.length,
    };
  } finally {
    server.kill();
  }
}

const results: ModeFigures[] = [];
try {
  for (const mode of ['static', 'none', 'server']) {
    const site = path.join(work, mode);
    copyProject(root, site);
    console.log(`[share] building with SHARE_PAGES=${mode} ...`);
    const run = await runMeasured('npm', ['run', 'build', '--silent'], site, { SHARE_PAGES: mode });
    // The Node adapter puts the static files in dist/client and its server in dist/server.
    const out = outputFigures(path.join(site, 'dist'));
    const shareDir = ['dist/client', 'dist'].map((d) => path.join(site, d)).find((d) => fs.existsSync(path.join(d, 'vi')))!;
    const shareFiles = ['vi', 'en'].reduce((n, lang) => {
      const dir = path.join(shareDir, lang, 'share');
      return n + (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length : 0);
    }, 0);
    const figures: ModeFigures = { mode, buildSeconds: Number(run.seconds.toFixed(1)), peakRssMb: Math.round(run.peakRssMb), files: out.files, distMb: mb(out.bytes), shareFiles };
    if (mode === 'server') figures.server = await measureServer(site);
    results.push(figures);
    console.log(`[share] ${JSON.stringify(figures)}`);
  }
} finally {
  if (!process.argv.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
}

console.log('\n| mode | build s | peak MB | files | MB | share pages as files | server: first / median / p95 ms, page KB |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  const s = r.server ? `${r.server.firstMs} / ${r.server.medianMs} / ${r.server.p95Ms} ms, ${r.server.pageKb} KB (${r.server.requests} requests)` : '';
  console.log(`| ${r.mode} | ${r.buildSeconds} | ${r.peakRssMb} | ${r.files} | ${r.distMb} | ${r.shareFiles} | ${s} |`);
}
