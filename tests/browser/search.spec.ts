import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { SEARCH_CASES } from '../search/queries.ts';

async function search(page: Page, lang: 'vi' | 'en', query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  // A machine shared by several builds can take a few seconds for a cold query.
  await expect(page.locator('#search-status')).toHaveText(lang === 'vi' ? /kết quả cho|Không có kết quả/ : /results for|No results/, { timeout: 15_000 });
  // Each result's own link (a document's best clause); "also in" links to its other clauses come after it.
  return page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test.describe('the query set: the expected clause is among the first three results (a legal reference: first)', () => {
  for (const c of SEARCH_CASES) {
    test(`${c.lang} ${c.kind}: ${JSON.stringify(c.query)} (${c.why})`, async ({ page }) => {
      const shown = c.kind === 'reference' ? 1 : 3;
      const top = (await search(page, c.lang, c.query)).slice(0, shown);
      const wanted = c.expect.map((e) => `/${c.lang}/${e}`);
      const texts = c.orShowing ? (await page.locator('#search-results > li').allTextContents()).slice(0, shown) : [];
      const showing = texts.some((text) => text.includes(c.orShowing!));
      expect(top.some((href) => wanted.includes(href)) || showing, `top ${top.length}: ${top.join(', ')}`).toBe(true);
    });
  }
});

test('exact diacritics rank above folded ones: "đường" and "dương" are different words', async ({ page }) => {
  const top = await search(page, 'vi', 'đường');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('mark').first()).toHaveText(/đường/i);
  expect(top.length).toBeGreaterThan(0);
});

test('the reference index loads for a legal reference only, and its target is labelled with its unit', async ({ page }) => {
  const files: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/refs/')) files.push(r.url());
  });
  await search(page, 'vi', 'khám sức khỏe định kỳ');
  expect(files).toEqual([]);
  const top = await search(page, 'vi', 'điểm a khoản 1 Điều 22 Luật BHYT');
  expect(top[0]).toBe('/vi/documents/luat-bao-hiem-y-te-2008/#dieu-22__khoan-1__diem-a');
  await expect(page.locator('#search-results li').first().locator('.result-where')).toHaveText('điểm a khoản 1 Điều 22');
  expect(files.length).toBeGreaterThan(0);
  // The same document is not listed again below its clause.
  expect(top.slice(1).filter((href) => href.startsWith('/vi/documents/luat-bao-hiem-y-te-2008/'))).toEqual([]);
});

test('a result lands on its clause, scrolled into view and highlighted', async ({ page }) => {
  await search(page, 'vi', 'gác cửa');
  const first = page.locator('#search-results a').first();
  await expect(first.locator('.result-title')).toHaveText(/Thông báo kết luận/);
  await expect(page.locator('#search-results li').first()).toContainText('điểm (1) mục 2.2');
  await expect(page.locator('#search-results li').first().locator('mark').first()).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/thong-bao-ket-luan-2025-04-23\/#item-2__item-2\.2__point-1__para-2$/);
  const clause = page.locator('[id="item-2__item-2.2__point-1__para-2"]');
  await expect(clause).toBeInViewport();
  expect(await clause.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('the URL follows what the reader types, so a search is a link', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-input').pressSequentially('gatekeeper');
  await expect(page).toHaveURL(/\/en\/search\/\?q=gatekeeper$/);
  await expect(page.locator('#search-status')).toHaveText(/results for “gatekeeper”/);
});

test('filters: counts, keyboard only, and the URL keeps them', async ({ page }) => {
  await search(page, 'vi', 'bảo hiểm y tế');
  // Filters load on request: their files cover every document, and would double a first query's bytes.
  await expect(page.locator('fieldset[data-filter="type"]')).toBeHidden();
  await page.locator('#search-filters summary').click();
  const typeBox = page.locator('fieldset[data-filter="type"] input').first();
  // Opening the panel runs the search again, over every period (the counts cover them all), and the status
  // says "searching" until that run ends; the run writes the counts and then the status, in one step.
  await expect(page.locator('fieldset[data-filter="type"] label').first()).toHaveText(/\(\d+\)$/);
  const status = page.locator('#search-status');
  await expect(status).toHaveText(/^\d+ kết quả/);
  const before = Number((await status.textContent())!.match(/^(\d+) kết quả/)![1]);
  await typeBox.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]type=/);
  await expect
    .poll(async () => Number((await status.textContent())?.match(/^(\d+) kết quả/)?.[1] ?? Number.NaN))
    .toBeLessThan(before);
  await expect(page.locator('fieldset[data-filter="year"]')).toBeVisible();
  await expect(page.locator('fieldset[data-filter="agency"]')).toBeVisible();
});

test('odd input shows a sane page and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const q of ['', '<script>alert(1)</script>', '"bảo hiểm', "' OR 1=1 --", '😀🏥', 'x'.repeat(5000), '<img src=x onerror=alert(2)>']) {
    await page.goto(`/vi/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('h1')).toHaveText('Tìm kiếm trong văn bản');
    await expect(page.locator('#search-status')).not.toHaveText('Đang tìm…');
    expect(await page.locator('#search-results script, #search-results img').count()).toBe(0);
    expect((await page.locator('#search-input').inputValue()).length).toBeLessThanOrEqual(200);
  }
  expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says what to do', async ({ page }) => {
    await page.goto('/en/search/?q=health');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  });
});

/**
 * A clause deep in a long law whose search text is sliced (src/lib/search/slices.ts): the words of one of its
 * clauses in the last slice, six in a row that the site holds nowhere else. Undefined if no text is long
 * enough to be sliced.
 */
function slicedClause(): { url: string; id: string; query: string } | undefined {
  const dir = 'dist/pagefind';
  const read = (file: string) => JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8'));
  // A group file (small fragments sharing one) maps page hashes to fragments.
  const fragments = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)fragment\/[^/]+\.pf_fragment$/.test(f))
    .flatMap((f) => (f.includes('_group_') ? Object.values(read(path.join(dir, f))) : [read(path.join(dir, f))])) as { url: string; content: string; slices?: [number, number, string][] }[];
  const slicesOf = (f: { slices?: [number, number, string][] }) => (f.slices ?? []).map(([, , url]) => JSON.parse(fs.readFileSync(path.join('dist', url), 'utf8')) as { content: string; from: number; anchors: { id?: string; location: number }[] });
  const texts = fragments.flatMap((f) => [f.content, ...slicesOf(f).map((s) => s.content)]);
  for (const law of fragments.filter((f) => f.slices && f.url.startsWith('/vi/'))) {
    const last = slicesOf(law).at(-1)!;
    const words = last.content.split(/\s+/);
    for (const [i, a] of last.anchors.entries()) {
      const end = (last.anchors[i + 1]?.location ?? last.from + words.length) - last.from;
      const clause = words.slice(a.location - last.from + 1, end);
      if (!a.id || clause.length < 12) continue;
      const query = clause.slice(3, 9).join(' ');
      if (texts.reduce((n, t) => n + t.split(query).length - 1, 0) === 1) return { url: law.url, id: a.id, query };
    }
  }
  return undefined;
}

test('a clause deep in a long law is found: its slice is fetched, and only that one', async ({ page }) => {
  const subject = slicedClause();
  test.skip(!subject, 'no text in this build is long enough to be sliced');
  const slices: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/(older-\d+\/)?slice\//.test(r.url())) slices.push(r.url());
  });
  const top = await search(page, 'vi', subject!.query);
  expect(top[0]).toBe(`${subject!.url}#${subject!.id}`);
  await expect(page.locator('#search-results li').first().locator('mark').first()).toBeVisible();
  expect(new Set(slices.filter((u) => u.includes('/slice/'))).size).toBeLessThanOrEqual(top.length);
});
