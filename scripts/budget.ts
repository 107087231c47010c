/**
 * Performance budget, measured on the built site (run after `npm run build`), on every document page
 * (/{lang}/documents/{id}/ of every document in dist/data/documents.json, in both languages):
 *  - gzipped JavaScript a document page loads at start: at most 6 KB (search code loads only when used);
 *  - gzipped HTML of every document page that holds a text at most twice the gzipped size of its visible
 *    text, both measured on the page's <main> (metadata, contents and text: what the document makes); the
 *    frame every page carries (head, header, footer) has a fixed budget of its own, 4 KB gzipped, since a
 *    fixed frame set against a one-paragraph text fails any ratio while saying nothing about the markup.
 *    A cited-only page has no text to measure against: it is held to the JavaScript and frame budgets;
 *  - layout shift while the web fonts load: none, measured in Chromium on the largest document page of
 *    each language (the page with the most text to re-flow when the font arrives);
 *  - layout shift of the search page opened with a query, while its results arrive: under 0.1, in both
 *    languages, at 390 and 1280 px.
 * Prints the worst page of each budget and exits non-zero naming every page over a budget. `--json` prints
 * the figures as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { launchChromium, startPreview } from './lib/site.ts';
import { pageFile, readSiteData } from './lib/built-site.ts';
import { LANGS } from '../src/lib/i18n/languages.ts';

const DIST = path.resolve('dist');
const JS_BUDGET = 6 * 1024;
const HTML_RATIO_BUDGET = 2;
const FRAME_BUDGET = 4 * 1024;
const CLS_BUDGET = 0.001;
/** Layout shift of the search page while results arrive: Lighthouse's threshold of a good page. */
const SEARCH_CLS_BUDGET = 0.1;
// Its own port (the browser tests use PORT, 4321 by default), so a budget run and a preview can coexist.
const PORT = Number(process.env.BUDGET_PORT ?? 4390);

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

interface DocumentPage {
  /** Relative to dist/. */
  file: string;
  hasText: boolean;
}

/** Every document page in both languages, from the open data (every document has a page per language). */
function documentPages(): DocumentPage[] {
  return readSiteData().documents.flatMap((d) => LANGS.map((lang) => ({ file: pageFile(d.url[lang]), hasText: d.hasText })));
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

interface ShiftCase {
  /** Path on the site, with its query. */
  url: string;
  width: number;
  /** Hold the web fonts back 800 ms, as on a slow connection. */
  lateFonts?: boolean;
  /** What must be on the page before the shift is read (search results). */
  ready?: string;
}

/** Cumulative layout shift of each case, as Chromium reports it (shifts after user input do not count). */
async function layoutShifts(cases: ShiftCase[]): Promise<number[]> {
  const server = await startPreview(PORT);
  const browser = await launchChromium();
  const shifts: number[] = [];
  try {
    for (const c of cases) {
      const context = await browser.newContext({ viewport: { width: c.width, height: 900 } });
      const tab = await context.newPage();
      if (c.lateFonts) {
        await tab.route('**/*.woff2', async (route) => {
          await new Promise((r) => setTimeout(r, 800));
          await route.continue();
        });
      }
      await tab.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${server.base}${c.url}`, { waitUntil: 'networkidle' });
      if (c.ready) await tab.locator(c.ready).first().waitFor({ timeout: 60_000 });
      await tab.evaluate(() => document.fonts.ready);
      await tab.waitForTimeout(500);
      shifts.push(await tab.evaluate(() => (window as unknown as { __cls: number }).__cls));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return shifts;
}

const pages = documentPages();
const measured = pages.map(({ file, hasText }) => {
  const abs = path.join(DIST, file);
  if (!fs.existsSync(abs)) throw new Error(`${file} is listed in documents.json but not built`);
  const html = fs.readFileSync(abs, 'utf8');
  const main = /<main\b[\s\S]*<\/main>/.exec(html);
  if (!main) throw new Error(`${file} has no <main>`);
  const text = gz(toText(select('main', fromHtml(html))!));
  const frame = gz(html.replace(main[0], ''));
  return { file, hasText, bytes: html.length, jsBytes: startupJavaScript(html).bytes, html: gz(main[0]), text, ratio: gz(main[0]) / text, frame };
});
const worst = <T>(list: T[], by: (x: T) => number) => list.reduce((a, b) => (by(b) > by(a) ? b : a));
const jsWorst = worst(measured, (m) => m.jsBytes);
const withText = measured.filter((m) => m.hasText);
const ratioWorst = withText.length ? worst(withText, (m) => m.ratio) : undefined;
// The largest page of each language: most text to re-flow when the font arrives.
const largest = LANGS.map((lang) => measured.filter((m) => m.file.startsWith(`${lang}/`))).filter((l) => l.length).map((l) => worst(l, (m) => m.bytes).file);
// The search page, from a shared link with a query: results arrive after the page is painted, and must not
// push what the reader sees (a phone and a wide screen; the query is the start of a document's title).
const titled = readSiteData().documents.find((d) => d.hasText)!;
const searches = LANGS.flatMap((lang) => {
  const q = titled.title[lang].split(/\s+/).slice(0, 3).join(' ');
  return [390, 1280].map((width) => ({ url: `/${lang}/search/?q=${encodeURIComponent(q)}`, width, ready: '#search-results li' }));
});
const measuredShifts = await layoutShifts([...largest.map((file) => ({ url: `/${file.replace(/index\.html$/, '')}`, width: 1280, lateFonts: true })), ...searches]);
const shifts = new Map(largest.map((file, i) => [file, measuredShifts[i]]));
const searchShifts = searches.map((c, i) => ({ ...c, cls: measuredShifts[largest.length + i] }));
const clsWorst = worst([...shifts], ([, cls]) => cls);
const searchWorst = worst(searchShifts, (c) => c.cls);

const jsOver = measured.filter((m) => m.jsBytes > JS_BUDGET);
const ratioOver = withText.filter((m) => m.ratio > HTML_RATIO_BUDGET);
const frameWorst = worst(measured, (m) => m.frame);
const frameOver = measured.filter((m) => m.frame > FRAME_BUDGET);
const clsOver = [...shifts].filter(([, cls]) => cls > CLS_BUDGET);
const searchOver = searchShifts.filter((c) => c.cls > SEARCH_CLS_BUDGET);

const figures = {
  documentPages: measured.length,
  documentPagesWithText: withText.length,
  startupJsGzipBytesMax: jsWorst.jsBytes,
  startupJsPage: jsWorst.file,
  worstHtmlToTextGzipRatio: ratioWorst ? Number(ratioWorst.ratio.toFixed(2)) : null,
  worstRatioPage: ratioWorst?.file ?? null,
  frameGzipBytesMax: frameWorst.frame,
  framePage: frameWorst.file,
  fontLoadLayoutShift: Number(clsWorst[1].toFixed(4)),
  fontLoadLayoutShiftPages: largest,
  searchLayoutShift: Number(searchWorst.cls.toFixed(4)),
  searchLayoutShiftPage: `${searchWorst.url} at ${searchWorst.width} px`,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(`document pages measured: ${figures.documentPages} (${figures.documentPagesWithText} with a text), both languages`);
  console.log(`startup JavaScript (gzip), worst: ${(jsWorst.jsBytes / 1024).toFixed(2)} KB on ${jsWorst.file} (budget ${JS_BUDGET / 1024} KB)`);
  if (ratioWorst) {
    console.log(`gzipped HTML / gzipped visible text of <main>, worst: ${figures.worstHtmlToTextGzipRatio} on ${ratioWorst.file} (${ratioWorst.html} B HTML, ${ratioWorst.text} B text; budget ${HTML_RATIO_BUDGET})`);
  }
  console.log(`page frame outside <main> (gzip), worst: ${(frameWorst.frame / 1024).toFixed(2)} KB on ${frameWorst.file} (budget ${FRAME_BUDGET / 1024} KB)`);
  console.log(`layout shift while fonts load (CLS, fonts delayed 800 ms), worst: ${figures.fontLoadLayoutShift} on ${clsWorst[0]} (measured on ${largest.join(', ')})`);
  console.log(`layout shift of the search page while results arrive (CLS), worst: ${figures.searchLayoutShift} on ${figures.searchLayoutShiftPage} (budget ${SEARCH_CLS_BUDGET}; ${searchShifts.length} cases)`);
}
const failures = [
  ...jsOver.map((m) => `startup JavaScript ${(m.jsBytes / 1024).toFixed(2)} KB on ${m.file}`),
  ...ratioOver.map((m) => `HTML ${m.ratio.toFixed(2)} times its text on ${m.file}`),
  ...frameOver.map((m) => `page frame ${(m.frame / 1024).toFixed(2)} KB on ${m.file}`),
  ...clsOver.map(([file, cls]) => `layout shift ${cls.toFixed(4)} when fonts load on ${file}`),
  ...searchOver.map((c) => `layout shift ${c.cls.toFixed(4)} on ${c.url} at ${c.width} px while results arrive`),
];
if (failures.length) {
  console.error(`budget exceeded on ${failures.length} page(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
