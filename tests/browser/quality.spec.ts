import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One page of every kind, in both languages. Extend this list when a new kind of page is added. */
const PAGE_KINDS = (lang: 'vi' | 'en') => [
  `/${lang}/`,
  `/${lang}/documents/`,
  `/${lang}/documents/chi-thi-52-ct-tw-2025/`,
  `/${lang}/documents/thong-bao-ket-luan-2025-04-23/`,
  `/${lang}/documents/nghi-quyet-72-nq-tw-2025/`,
  `/${lang}/documents/chi-thi-52-ct-tw-2025/parallel/`,
  `/${lang}/news/`,
  `/${lang}/agencies/`,
  `/${lang}/agencies/moh-party-committee/`,
  `/${lang}/tasks/`,
  `/${lang}/tasks/2/`,
  `/${lang}/tasks/document/`,
  `/${lang}/tasks/due/2030/`,
  `/${lang}/timeline/`,
  `/${lang}/search/?q=${lang === 'vi' ? 'b%E1%BA%A3o%20hi%E1%BB%83m' : 'health'}`,
];
const ALL_KINDS = [...PAGE_KINDS('vi'), ...PAGE_KINDS('en'), '/', '/404.html'];
const SHARE_PAGES = ['/vi/share/chi-thi-52-ct-tw-2025/item-1/', '/en/share/chi-thi-52-ct-tw-2025/item-1/'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const url of ALL_KINDS) {
      test(`axe finds no violations on ${url}`, async ({ page }) => {
        await page.goto(url);
        if (url.includes('/search/')) await expect(page.locator('#search-results li').first()).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    }
    test('axe finds no violations with the clause tools open', async ({ page }) => {
      await page.goto('/vi/documents/chi-thi-52-ct-tw-2025/');
      await page.locator('#item-2 > p > a.clause-num').click();
      await page.getByRole('button', { name: 'Trích dẫn', exact: true }).click();
      expect(await axe(page)).toEqual([]);
    });
  });
  test.describe(`accessibility of share pages, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const url of SHARE_PAGES) {
      test(`axe finds no violations on ${url}`, async ({ page }) => {
        // A share page moves on at once; to check the page itself (as a reader without JavaScript sees
        // it), serve it without its one-line redirect.
        await page.route(`**${url}`, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(/<script[^>]*>[^<]*location\.replace[^<]*<\/script>/, '');
          await route.fulfill({ response, body: html });
        });
        await page.goto(url);
        await expect(page.locator('h1')).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    }
  });
}

test('the 404 page offers search and a way home, in both languages', async ({ page }) => {
  const response = await page.goto('/vi/no-such-page/');
  expect(response?.status()).toBe(404);
  await page.locator('#q-vi').fill('bảo hiểm');
  await page.locator('#q-vi').press('Enter');
  await expect(page).toHaveURL(/\/vi\/search\/\?q=/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.goto('/en/missing/');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
});

test('keyboard: the first Tab reaches a visible skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/vi/documents/chi-thi-52-ct-tw-2025/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

test('keyboard: focus is visible on links and controls', async ({ page }) => {
  await page.goto('/en/documents/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('no request leaves this site when pages load', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  for (const url of [...ALL_KINDS, '/vi/documents/chi-thi-52-ct-tw-2025/#item-2']) await page.goto(url, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});

test('the CSP allows the page to work and forbids inline script without a hash', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/vi/documents/chi-thi-52-ct-tw-2025/#item-7__bullet-5');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(csp).not.toMatch(/unsafe-inline/);
  // The language switch is script-driven: it working proves the hashed inline script ran.
  await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', /#item-7__bullet-5$/);
  const injected = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(injected).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test.describe('phones at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const url of [...PAGE_KINDS('vi'), ...PAGE_KINDS('en')]) {
    test(`${url}: no sideways scrolling, tap targets at least 24 px`, async ({ page }) => {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('header a, nav a, button, .doc-tools a, .parallel-link, .clause-anchor, .language-switch')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 24 || r.width < 24)
          .map(({ el }) => el),
      );
      expect(small).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the task list, its filters and every agency page are complete', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { tasks } = await (await request.get('/data/tasks.json')).json();
    const { agencies } = await (await request.get('/data/agencies.json')).json();
    for (const lang of ['vi', 'en']) {
      // Every task, over the list's pages, by following "next" without JavaScript.
      await page.goto(`/${lang}/tasks/`);
      let listed = 0;
      for (;;) {
        listed += await page.locator('table.task-table tbody tr').count();
        const next = page.locator('.pagination a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect(listed).toBe(tasks.length);
      await page.goto(`/${lang}/tasks/`);
      await page.locator('.task-filters summary').nth(1).click();
      await page.locator('.task-filters details').nth(1).locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/tasks/document/`));
      await expect(page.locator('table.task-table tbody tr').first()).toBeVisible();
    }
    for (const a of agencies as { url: { vi: string }; tasks: { lead: string[] } }[]) {
      await page.goto(a.url.vi);
      await expect(page.locator('#tasks-lead + table tbody tr')).toHaveCount(a.tasks.lead.length);
    }
  });

  test('every document page is complete: text, metadata, contents, relations', async ({ page, request }) => {
    test.setTimeout(120_000);
    const data = await (await request.get('/data/documents.json')).json();
    for (const doc of data.documents as { url: { vi: string; en: string }; hasText: boolean; clauses: { id: string; kind: string }[] }[]) {
      for (const lang of ['vi', 'en'] as const) {
        await page.goto(doc.url[lang]);
        await expect(page.locator('.meta-panel')).toBeVisible();
        await expect(page.locator('article.doc-body')).not.toBeEmpty();
        await expect(page.locator('.relations')).toBeVisible();
        if (doc.clauses.some((c) => ['part', 'item', 'point', 'heading'].includes(c.kind))) await expect(page.locator('nav.toc')).toBeVisible();
        if (doc.hasText) {
          await expect(page.locator(`[id="${doc.clauses.at(-1)!.id}"]`)).toBeAttached();
        }
      }
    }
  });
});
