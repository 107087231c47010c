/**
 * Search figures on the built site, served locally, in Chromium: index size per language; bytes fetched
 * and milliseconds to the first result for cold queries (fresh browser context, empty cache) and warm
 * queries (typed into the same page afterwards). Run after `npm run build`:  node scripts/bench-search.ts
 * (`--files` lists the files of each query). The scale benchmark (scripts/bench/) measures the same on
 * generated corpora.
 */
import path from 'node:path';
import type { Page } from 'playwright';
import { launchChromium, startPreview } from './lib/site.ts';
import { measureQuery, pagefindSizes } from './lib/measure.ts';
import { resultsShown } from './bench/queries.ts';

const QUERIES: [string, string][] = [
  ['vi', 'bảo hiểm y tế'],
  ['vi', 'dang uy chinh phu'],
  ['vi', '95%'],
  ['en', 'universal health insurance'],
  ['en', 'gatekeeper'],
  // Legal references: a clause of a named law, and an article that names no law.
  ['vi', 'Điều 22 Luật bảo hiểm y tế'],
  ['en', 'Article 22'],
];

const shown = (page: Page, q: string) => resultsShown(page, q);

const server = await startPreview(4391);
try {
  const browser = await launchChromium();
  const rows = [];
  for (const [lang, q] of QUERIES) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const cold = await measureQuery(page, () => page.goto(`${server.base}/${lang}/search/?q=${encodeURIComponent(q)}`), shown(page, q));
    const second = lang === 'vi' ? 'chuyển đổi số' : 'digital transformation';
    const warm = await measureQuery(page, () => page.locator('#search-input').fill(second), shown(page, second));
    await ctx.close();
    rows.push({ lang, q, cold, warm });
    if (process.argv.includes('--files')) console.log(`${q}:\n  ${cold.files.join('\n  ')}`);
  }
  await browser.close();
  const sizes = pagefindSizes(path.resolve('dist/pagefind'));
  console.log('index size per language (KB):', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Math.round(v / 1024)])));
  for (const r of rows) {
    console.log(
      `${r.lang} ${JSON.stringify(r.q)}: cold ${r.cold.gzipKb.toFixed(1)} KB compressed (${r.cold.kb.toFixed(1)} KB as served by preview), ${r.cold.ms} ms to first result; ` +
        `warm ${r.warm.gzipKb.toFixed(1)} KB (${r.warm.kb.toFixed(1)} KB), ${r.warm.ms} ms`,
    );
  }
  const maxCold = Math.max(...rows.map((r) => r.cold.gzipKb));
  console.log(`cold query fetches at most ${maxCold.toFixed(1)} KB compressed (target < 150 KB); uncompressed at most ${Math.max(...rows.map((r) => r.cold.kb)).toFixed(1)} KB`);
} finally {
  server.stop();
}
