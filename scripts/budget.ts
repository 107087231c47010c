/**
 * Performance budget, measured on the built site (run after `npm run build`):
 *  - gzipped JavaScript a document page loads at start: at most 6 KB (search code loads only when used);
 *  - gzipped HTML of every document page at most twice the gzipped size of its visible text;
 *  - layout shift while the web fonts load: none (measured in Chromium).
 * Prints the figures and exits non-zero when a budget is exceeded. `--json` prints them as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { launchChromium, startPreview } from './lib/site.ts';

const DIST = path.resolve('dist');
const JS_BUDGET = 6 * 1024;
const HTML_RATIO_BUDGET = 2;

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

function documentPages(): string[] {
  const out: string[] = [];
  for (const lang of ['vi', 'en']) {
    const dir = path.join(DIST, lang, 'documents');
    for (const doc of fs.readdirSync(dir)) {
      const file = path.join(dir, doc, 'index.html');
      if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('data-doc=')) out.push(file);
    }
  }
  return out;
}

/** Every script a page runs at load: inline modules, external scripts, and the modules they import statically. */
function startupJavaScript(html: string): { bytes: number; files: string[] } {
  const tree = fromHtml(html);
  const seen = new Set<string>();
  let bytes = 0;
  const follow = (code: string) => {
    for (const m of code.matchAll(/(?:import|from)\s*["'`](\/_astro\/[^"'`]+\.js)["'`]/g)) load(m[1]);
  };
  const load = (src: string) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = fs.readFileSync(path.join(DIST, src), 'utf8');
    bytes += gz(code);
    follow(code);
  };
  for (const s of selectAll('script', tree) as Element[]) {
    const type = String(s.properties.type ?? '');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    if (s.properties.src) load(String(s.properties.src));
    else {
      const code = toText(s);
      bytes += gz(code);
      follow(code);
    }
  }
  return { bytes, files: [...seen] };
}

async function fontLayoutShift(page: string): Promise<number> {
  const server = await startPreview(4390);
  try {
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    // Slow the fonts down so that they arrive after the first paint, as on a slow connection.
    await tab.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await tab.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${server.base}/${page}`, { waitUntil: 'networkidle' });
    await tab.evaluate(() => document.fonts.ready);
    await tab.waitForTimeout(300);
    const cls = await tab.evaluate(() => (window as unknown as { __cls: number }).__cls);
    await browser.close();
    return cls;
  } finally {
    server.stop();
  }
}

const pages = documentPages();
let jsMax = { bytes: 0, page: '' };
let ratioMax = { ratio: 0, page: '', html: 0, text: 0 };
for (const file of pages) {
  const html = fs.readFileSync(file, 'utf8');
  const js = startupJavaScript(html);
  if (js.bytes > jsMax.bytes) jsMax = { bytes: js.bytes, page: path.relative(DIST, file) };
  const text = toText(select('body', fromHtml(html))!);
  const ratio = gz(html) / gz(text);
  if (ratio > ratioMax.ratio) ratioMax = { ratio, page: path.relative(DIST, file), html: gz(html), text: gz(text) };
}
const largest = pages.map((f) => ({ f, size: fs.statSync(f).size })).sort((a, b) => b.size - a.size)[0];
const largestHtml = fs.readFileSync(largest.f, 'utf8');
const largestRatio = gz(largestHtml) / gz(toText(select('body', fromHtml(largestHtml))!));
const cls = await fontLayoutShift(path.relative(DIST, largest.f).replace(/index\.html$/, ''));

const figures = {
  documentPages: pages.length,
  startupJsGzipBytesMax: jsMax.bytes,
  startupJsPage: jsMax.page,
  largestDocumentPage: path.relative(DIST, largest.f),
  largestPageHtmlToTextGzipRatio: Number(largestRatio.toFixed(2)),
  worstHtmlToTextGzipRatio: Number(ratioMax.ratio.toFixed(2)),
  worstRatioPage: ratioMax.page,
  fontLoadLayoutShift: Number(cls.toFixed(4)),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(`document pages measured: ${figures.documentPages}`);
  console.log(`startup JavaScript (gzip), largest: ${(jsMax.bytes / 1024).toFixed(2)} KB on ${jsMax.page} (budget ${JS_BUDGET / 1024} KB)`);
  console.log(`largest document page ${figures.largestDocumentPage}: gzipped HTML / gzipped visible text = ${figures.largestPageHtmlToTextGzipRatio} (budget ${HTML_RATIO_BUDGET})`);
  console.log(`worst ratio of any document page: ${figures.worstHtmlToTextGzipRatio} (${ratioMax.page}: ${ratioMax.html} B HTML, ${ratioMax.text} B text)`);
  console.log(`layout shift while fonts load (CLS, fonts delayed 800 ms): ${figures.fontLoadLayoutShift}`);
}
const failures = [
  jsMax.bytes > JS_BUDGET && 'startup JavaScript over budget',
  largestRatio > HTML_RATIO_BUDGET && 'largest page HTML over twice its text',
  cls > 0.001 && 'layout shift when fonts load',
].filter(Boolean);
if (failures.length) {
  console.error(`budget exceeded: ${failures.join('; ')}`);
  process.exit(1);
}
