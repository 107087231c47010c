/**
 * Search figures on the built site, served locally, in Chromium: index size per language; bytes fetched
 * and milliseconds to the first result for cold queries (fresh browser context, empty cache) and warm
 * queries (typed into the same page afterwards). Run after `npm run build`:  node scripts/bench-search.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { launchChromium, startPreview } from './lib/site.ts';

const QUERIES: [string, string][] = process.argv.includes('--files') ? [['vi', 'bảo hiểm y tế']] : [
  ['vi', 'bảo hiểm y tế'],
  ['vi', 'dang uy chinh phu'],
  ['vi', '95%'],
  ['en', 'universal health insurance'],
  ['en', 'gatekeeper'],
];

function indexSizes(): Record<string, number> {
  const dir = path.resolve('dist/pagefind');
  const sizes: Record<string, number> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const lang = /(?:^|[._])(vi|en)_[0-9a-f]+/.exec(e.name)?.[1] ?? (e.name.startsWith('wasm.') ? 'wasm' : 'shared');
        sizes[lang] = (sizes[lang] ?? 0) + fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return sizes;
}

/**
 * Bytes as served here (astro preview sends files uncompressed) and as a static host or CDN sends them
 * (gzip for text; Pagefind's index, fragment and wasm files are already compressed on disk).
 */
async function firstResult(page: Page, action: () => Promise<unknown>, expectText: RegExp) {
  let bytes = 0;
  let gzipBytes = 0;
  const files: string[] = [];
  const onResponse = async (r: { url(): string; body(): Promise<Buffer> }) => {
    if (!r.url().includes('/pagefind/')) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    gzipBytes += /\.(js|json|css)$/.test(r.url()) ? gzipSync(body).length : body.length;
    files.push(`${r.url().split('/pagefind/')[1]} ${body.length}`);
  };
  page.on('response', onResponse);
  const t0 = Date.now();
  await action();
  await page.waitForFunction(
    (source) => document.querySelectorAll('#search-results li').length > 0 && new RegExp(source).test(document.getElementById('search-status')!.textContent ?? ''),
    expectText.source,
  );
  const ms = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  if (process.argv.includes('--files')) console.log(files.join('\n'));
  return { ms, kb: bytes / 1024, gzipKb: gzipBytes / 1024 };
}

const server = await startPreview(4391);
const BASE = server.base;
try {
  const browser = await launchChromium();
  const rows = [];
  for (const [lang, q] of QUERIES) {
    // Cold: a fresh browser context (empty cache) opens the search page with the query in its URL.
    const cold = await (async () => {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      const r = await firstResult(p, () => p.goto(`${BASE}/${lang}/search/?q=${encodeURIComponent(q)}`), new RegExp(`\\d+ .*“${q.replace(/[.*+?^${}()|[\]\\%]/g, '.')}”`));
      const second = lang === 'vi' ? 'chuyển đổi số' : 'digital transformation';
      const warm = await firstResult(p, () => p.locator('#search-input').fill(second), new RegExp(`“${second}”`));
      await ctx.close();
      return { ...r, warm };
    })();
    rows.push({ lang, q, coldKb: cold.kb, coldGzKb: cold.gzipKb, coldMs: cold.ms, warmKb: cold.warm.kb, warmGzKb: cold.warm.gzipKb, warmMs: cold.warm.ms });
  }
  await browser.close();
  const sizes = indexSizes();
  console.log('index size per language (KB):', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Math.round(v / 1024)])));
  for (const r of rows) {
    console.log(
      `${r.lang} ${JSON.stringify(r.q)}: cold ${r.coldGzKb.toFixed(1)} KB compressed (${r.coldKb.toFixed(1)} KB as served by preview), ${r.coldMs} ms to first result; ` +
        `warm ${r.warmGzKb.toFixed(1)} KB (${r.warmKb.toFixed(1)} KB), ${r.warmMs} ms`,
    );
  }
  const maxCold = Math.max(...rows.map((r) => r.coldGzKb));
  console.log(`cold query fetches at most ${maxCold.toFixed(1)} KB compressed (target < 150 KB); uncompressed at most ${Math.max(...rows.map((r) => r.coldKb)).toFixed(1)} KB`);
} finally {
  server.stop();
}
