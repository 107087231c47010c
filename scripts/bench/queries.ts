/** The benchmark's query measurements in Chromium: this site's search page and Starlight's search dialog. */
import type { Browser, Page } from 'playwright';
import { measureQuery, type QueryFigures } from '../lib/measure.ts';
import { startPreview } from '../lib/site.ts';

/**
 * Cold queries, each followed by a warm one typed into the same page. Common words on purpose; the last is a
 * legal reference that names no law, the costliest kind (the laws that hold the article, most cited first).
 */
export const BENCH_QUERIES: { lang: 'vi' | 'en'; cold: string; warm: string }[] = [
  { lang: 'vi', cold: 'bảo hiểm y tế', warm: 'thanh tra' },
  { lang: 'vi', cold: 'trách nhiệm của các cơ quan', warm: 'hoàn thành trước ngày' },
  { lang: 'vi', cold: 'bao hiem xa hoi', warm: 'uy ban nhan dan' },
  { lang: 'en', cold: 'health insurance', warm: 'implementation' },
  { lang: 'en', cold: 'grassroots health care', warm: 'shall lead' },
  { lang: 'vi', cold: 'khoản 1 Điều 12', warm: 'Điều 5' },
];

/** Resolves when this site's search page lists results for `q` (its status names the query). */
export function resultsShown(page: Page, q: string, timeout = 30_000): () => Promise<unknown> {
  return () =>
    page.waitForFunction((q) => document.querySelectorAll('#search-results li').length > 0 && (document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`), q, { timeout });
}

export type Row = { lang: string; q: string; cold: QueryFigures; warm: QueryFigures };
export async function queryOurs(browser: Browser, site: string): Promise<Row[]> {
  const server = await startPreview(4395, site);
  try {
    const rows: Row[] = [];
    for (const { lang, cold, warm } of BENCH_QUERIES) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const shown = (q: string) => resultsShown(page, q, 120_000);
      const c = await measureQuery(page, () => page.goto(`${server.base}/${lang}/search/?q=${encodeURIComponent(cold)}`), shown(cold));
      const w = await measureQuery(page, () => page.locator('#search-input').fill(warm), shown(warm));
      rows.push({ lang, q: cold, cold: c, warm: w });
      await ctx.close();
    }
    return rows;
  } finally {
    server.stop();
  }
}

export async function queryStarlight(browser: Browser, starlight: string): Promise<Row[]> {
  const server = await startPreview(4396, starlight);
  try {
    const rows: Row[] = [];
    for (const { lang, cold, warm } of BENCH_QUERIES) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${server.base}/${lang}/`);
      // The search button opens the dialog only once Starlight's <site-search> element is defined: a click
      // before that is lost, and the dialog's input never shows (one N = 100 run timed out on it).
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      const input = page.locator('#starlight__search input');
      const shown = () => page.locator('.pagefind-ui__result').first().waitFor({ timeout: 120_000 });
      const c = await measureQuery(page, async () => {
        await page.locator('button[data-open-modal]').first().click();
        await input.fill(cold);
      }, shown);
      await input.fill('');
      await page.locator('.pagefind-ui__result').first().waitFor({ state: 'detached' });
      const w = await measureQuery(page, () => input.fill(warm), shown);
      rows.push({ lang, q: cold, cold: c, warm: w });
      await ctx.close();
    }
    return rows;
  } finally {
    server.stop();
  }
}

