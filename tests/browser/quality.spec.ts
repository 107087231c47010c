import type { Page } from '@playwright/test';
import { test, expect, servedUrl } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { numberedClause, pageKinds, readingDocument, searchWord, site, sitePath, taskClause, tocOf } from './subjects.ts';
import { AGENCY_TASKS_SHOWN } from '../../scripts/lib/built-site.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';

/** One page of every kind, in both languages, with subjects chosen by rule (subjects.ts: extend pageKinds there). */
const PAGE_KINDS = pageKinds;
const ALL_KINDS = [...PAGE_KINDS('vi'), ...PAGE_KINDS('en'), '/', '/404.html'];
const SHARE_PAGES = LANGS.flatMap((lang) => (numberedClause.share ? [sitePath(numberedClause.share[lang])] : []));
const DOCUMENT = sitePath(readingDocument.url.vi);

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const url of ALL_KINDS) {
      test(`axe finds no violations on ${url}`, async ({ page }) => {
        // A long text (a law of hundreds of clauses) takes axe a while on a shared 2-core machine.
        test.setTimeout(90_000);
        await page.goto(url);
        if (url.includes('/search/')) await expect(page.locator('#search-results li').first()).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    }
    test('axe finds no violations with the clause tools open', async ({ page }) => {
      await page.goto(DOCUMENT);
      await page.locator(`a.clause-num[href="#${numberedClause.id}"]`).first().click();
      await page.getByRole('button', { name: ui.vi.citeClause, exact: true }).click();
      expect(await axe(page)).toEqual([]);
    });
  });
  test.describe(`accessibility of share pages, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const url of SHARE_PAGES) {
      test(`axe finds no violations on ${url}`, async ({ page, servedURL }) => {
        // A share page moves on at once; to check the page itself (as a reader without JavaScript sees
        // it), serve it without its one-line redirect.
        await page.route(`**${url}`, async (route) => {
          const response = await route.fetch({ url: servedUrl(route.request().url(), servedURL) });
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
  await page.locator('#q-vi').fill(searchWord('vi'));
  await page.locator('#q-vi').press('Enter');
  await expect(page).toHaveURL(/\/vi\/search\/\?q=/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.goto('/en/missing/');
  await expect(page.getByRole('link', { name: ui.en.backHome })).toHaveAttribute('href', '/en/');
});

test('keyboard: the first Tab reaches a visible skip link that moves focus to the main content', async ({ page }) => {
  await page.goto(DOCUMENT);
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
  test.setTimeout(30_000 + ALL_KINDS.length * 5_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  for (const url of [...ALL_KINDS, sitePath(taskClause.clause.url.vi)]) await page.goto(url, { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});

test('the CSP allows the page to work and forbids inline script without a hash', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const clause = taskClause.clause;
  await page.goto(sitePath(clause.url.vi));
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(csp).not.toMatch(/unsafe-inline/);
  // The language switch is script-driven: it working proves the hashed inline script ran.
  await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', clause.url.en);
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
        [...document.querySelectorAll<HTMLElement>('header a, nav a, button, .doc-tools a, .parallel [role="cell"] > a:first-child, .clause-anchor, .language-switch')]
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
  test('the task list, its filters and every agency page are complete', async ({ page }) => {
    const { tasks, agencies } = site;
    // A second a page, as the content grows.
    test.setTimeout(30_000 + (agencies.length + tasks.length / 50) * 1_000);
    for (const lang of LANGS) {
      // Every task, over the list's pages, by following "next" without JavaScript.
      await page.goto(`/${lang}/tasks/`);
      let listed = 0;
      for (;;) {
        // Task rows, not the heading row of each due year.
        listed += await page.locator('table.task-table tbody tr:not(.due-year)').count();
        const next = page.locator('.pagination a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect(listed).toBe(tasks.length);
      await page.goto(`/${lang}/tasks/`);
      const byDocument = page.locator('.task-filters details').filter({ has: page.locator('summary', { hasText: ui[lang].filterByDocument }) });
      await byDocument.locator('summary').click();
      await byDocument.locator('a').first().click();
      // The document's task table on its page, or its own list past one list page.
      await expect(page).toHaveURL(new RegExp(`/${lang}/(documents/[^/]+/#tasks|tasks/document/[^/]+/)$`));
      await expect(page.locator('table.task-table tbody tr').first()).toBeVisible();
      // The filter by deadline: the last year listed (the list's last page, where paging ends) lands on its
      // heading, and the tasks under it are due that year.
      await page.goto(`/${lang}/tasks/`);
      const byDue = page.locator('.task-filters details').filter({ has: page.locator('summary', { hasText: ui[lang].filterByDue }) });
      await byDue.locator('summary').click();
      const years = byDue.locator('a');
      const last = years.nth((await years.count()) - 1);
      const href = (await last.getAttribute('href'))!;
      const year = href.split('#due-')[1];
      await last.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/tasks/(\\d+/)?#due-${year}$`));
      const group = page.locator(`tbody[id="due-${year}"]`);
      await expect(group.locator('tr.due-year th')).toBeInViewport();
      await expect(group.locator('tr:not(.due-year)').first().locator('td').nth(3)).toContainText(year === 'none' ? ui[lang].noDeadline : year);
    }
    for (const a of agencies) {
      await page.goto(sitePath(a.url.vi));
      await expect(page.locator('#tasks-lead + table tbody tr')).toHaveCount(Math.min(a.tasks.lead.length, AGENCY_TASKS_SHOWN));
    }
  });

  test('every document page is complete: text, metadata, contents, relations', async ({ page }) => {
    const { documents } = site;
    test.setTimeout(30_000 + documents.length * 2_000);
    for (const doc of documents) {
      for (const lang of LANGS) {
        await page.goto(sitePath(doc.url[lang]));
        await expect(page.locator('.meta-panel')).toBeVisible();
        await expect(page.locator('article.doc-body')).not.toBeEmpty();
        await expect(page.locator('.relations')).toBeVisible();
        await expect(page.locator('nav.toc')).toHaveCount(tocOf(doc, lang).length > 0 ? 1 : 0);
        if (doc.hasText) {
          await expect(page.locator(`[id="${doc.clauses.at(-1)!.id}"]`)).toBeAttached();
        }
      }
    }
  });
});
