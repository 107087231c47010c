import { test, expect } from './fixtures.ts';
import { buildCitation, escapeRegExp, hasSharePages, numberedClause, readingDocument, shareAddress, sitePath, taskClause } from './subjects.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { unitLabel } from '../../src/lib/text/citation.ts';

const DOCUMENT = sitePath(readingDocument.url.vi);
// A clause far down its page (one that assigns a task, where there is one), and one with a printed number.
const { clause } = taskClause;

test('a clause permalink shows on keyboard focus and copies the clause URL, announced to screen readers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath(taskClause.document.url.vi));
  const anchor = page.locator(`[id="${clause.id}"] a.clause-anchor[href="#${clause.id}"]`);
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(anchor).toHaveAccessibleName(unitLabel('vi', clause.id));
  await anchor.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${escapeRegExp(clause.id)}$`));
  await page.getByRole('button', { name: ui.vi.copyLink }).click();
  const expected = clause.url.vi;
  await expect(page.locator('#clause-tools-status')).toHaveText(`${ui.vi.linkCopied} ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the cite control gives the citation in both languages, copyable, as the build states it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The build states the citation (share page, open data); the cite control writes it in the browser.
  const citation = { vi: buildCitation(readingDocument, numberedClause, 'vi'), en: buildCitation(readingDocument, numberedClause, 'en') };
  await page.goto(DOCUMENT);
  await page.locator(`a.clause-num[href="#${numberedClause.id}"]`).first().click();
  await page.getByRole('button', { name: ui.vi.citeClause, exact: true }).click();
  const vi = page.locator('[data-citation="vi"]');
  await expect(vi).toHaveText(`${citation.vi}. ${numberedClause.url.vi}`);
  await expect(page.locator('[data-citation="en"]')).toHaveText(`${citation.en}. ${numberedClause.url.en}`);
  await page.locator('button[data-action="copy-citation"][data-lang="vi"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await vi.textContent());
});

test('an unknown clause id shows a clear notice at the top, as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const unknown = `${numberedClause.id}-unknown`;
  expect(readingDocument.clauses.some((c) => c.id === unknown)).toBe(false);
  await page.goto(`${DOCUMENT}#${unknown}`);
  const notice = page.locator('#unknown-clause');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${ui.vi.unknownClause} ${unknown}`);
  await page.goto(`${DOCUMENT}#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  await expect(notice).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#unknown-clause img')).toHaveCount(0);
  await page.goto(sitePath(numberedClause.url.vi));
  await expect(notice).toBeHidden();
  expect(dialogs).toEqual([]);
});

test('a share address sends the reader on to the clause, whether or not the build wrote share pages', async ({ page }) => {
  // A share page moves on itself; without share pages, the not-found page sends an old share address on.
  await page.goto(shareAddress(taskClause.document, clause, 'en'));
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(clause.url.en))}$`));
  await expect(page.locator(`[id="${clause.id}"]`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page shows the citation and a link to the clause', async ({ page }) => {
    test.skip(!hasSharePages, 'this build has no share pages (its share mode)');
    await page.goto(shareAddress(readingDocument, numberedClause, 'vi'));
    const heading = page.locator('h1');
    await expect(heading).toContainText(unitLabel('vi', numberedClause.id));
    if (readingDocument.number) await expect(heading).toContainText(readingDocument.number);
    await page.getByRole('link', { name: ui.vi.readClause }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(numberedClause.url.vi))}$`));
  });
});

test('print: the document prints with clause numbers and its permalink, without the tools', async ({ page }) => {
  await page.goto(DOCUMENT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-permalink')).toBeVisible();
  await expect(page.locator('.print-permalink')).toContainText(`${ui.vi.documentPermalink}: `);
  await expect(page.locator('.print-permalink')).toContainText(DOCUMENT);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator(`a.clause-num[href="#${numberedClause.id}"]`).first()).toBeVisible();
});
