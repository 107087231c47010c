import { test, expect } from './fixtures.ts';
import { dueYear, escapeRegExp, footnoteDocument, readingDocument, site, sitePath, structureDocuments, taskClause, tocSize } from './subjects.ts';
import { formatDate } from '../../src/lib/i18n/dates.ts';
import { TASKS_PER_PAGE } from '../../scripts/lib/built-site.ts';

// The document whose metadata is most complete: number, signer, date and a source file, where one has them all.
const described =
  [...site.documents.filter((d) => d.hasText)].sort(
    (a, b) => Number(!!b.number) + Number(!!b.signer) + Number(!!b.date) + Number(b.sources.length > 0) - (Number(!!a.number) + Number(!!a.signer) + Number(!!a.date) + Number(a.sources.length > 0)),
  )[0];

test('a document page shows its metadata panel', async ({ page }) => {
  await page.goto(sitePath(described.url.vi));
  const panel = page.locator('.meta-panel');
  await expect(page.locator('h1')).toHaveText(described.title.vi);
  if (described.number) await expect(panel).toContainText(described.number);
  for (const issuer of described.issuer) await expect(panel).toContainText(site.agencies.find((a) => a.id === issuer)!.name.vi);
  if (described.signer) await expect(panel).toContainText(described.signer.name.vi);
  if (described.date) await expect(panel).toContainText(formatDate('vi', described.date));
  for (const source of described.sources) {
    await expect(panel).toContainText(source.file);
    await expect(panel).toContainText(source.sha256);
  }
});

for (const doc of structureDocuments) {
  test(`every table-of-contents link lands on its clause (${doc.id})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(sitePath(doc.url.vi));
    const links = page.locator('nav.toc a');
    const count = await links.count();
    expect(count).toBe(tocSize(doc, 'vi'));
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const hash = (await link.getAttribute('href'))!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(hash)}$`));
      await expect(page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`)).toBeInViewport();
    }
  });
}

test('footnote links go both ways', async ({ page }) => {
  test.skip(!footnoteDocument, 'no document has footnotes');
  await page.goto(sitePath(footnoteDocument!.url.vi));
  const ref = page.locator('a[data-footnote-ref]').first();
  const refId = (await ref.getAttribute('id'))!;
  const note = (await ref.getAttribute('href'))!;
  const footnote = page.locator(`[id="${note.slice(1)}"]`);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(note)}$`));
  await expect(footnote).toBeInViewport();
  await expect(footnote).not.toBeEmpty();
  await footnote.locator('a[data-footnote-backref]').click();
  await expect(page).toHaveURL(new RegExp(`#${refId}$`));
  await expect(page.locator(`[id="${refId}"]`)).toBeInViewport();
});

const { clause, text } = taskClause;

test('a clause link opens the page at that clause, highlighted', async ({ page }) => {
  await page.goto(sitePath(clause.url.vi));
  const target = page.locator(`[id="${clause.id}"]`);
  await expect(target).toBeInViewport();
  if (text) await expect(target).toContainText(text.vi);
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the language switch keeps the reader at the same clause', async ({ page }) => {
  await page.goto(sitePath(clause.url.vi));
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(clause.url.en))}$`));
  await expect(page.locator(`[id="${clause.id}"]`)).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  if (text) await expect(page.locator(`[id="${clause.id}"]`)).toContainText(text.en);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the document list and a document read completely', async ({ page }) => {
    // A document with a signature block and footnotes where there is one: the end of its text must be there.
    const doc = footnoteDocument ?? readingDocument;
    // Every document over the list's pages, by following "next".
    await page.goto('/vi/documents/');
    let listed = 0;
    let listedOn: string | undefined;
    for (;;) {
      listed += await page.locator('table.doc-table tbody tr').count();
      if (await page.locator(`table.doc-table a[href="${sitePath(doc.url.vi)}"]`).count()) listedOn = page.url();
      const next = page.locator('.pagination a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(listed).toBe(site.documents.length);
    expect(listedOn).toBeDefined();
    await page.goto(listedOn!);
    await page.locator(`table.doc-table a[href="${sitePath(doc.url.vi)}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(doc.url.vi))}$`));
    if (doc.signer && doc.clauses.some((c) => c.id === 'signature')) await expect(page.locator('#signature')).toContainText(doc.signer.name.vi);
    await expect(page.locator(`[id="${doc.clauses.at(-1)!.id}"]`)).toBeVisible();
  });
});

test('the old address of the tasks due in a year leads to where they start in the list by deadline', async ({ page }) => {
  test.skip(dueYear === undefined, 'no task has a deadline');
  for (const lang of ['vi', 'en'] as const) {
    await page.goto(`/${lang}/tasks/due/${dueYear}/`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/tasks/(\\d+/)?#due-${dueYear}$`));
    await expect(page.locator(`tbody[id="due-${dueYear}"] tr.due-year th`)).toBeInViewport();
    await expect(page.locator(`tbody[id="due-${dueYear}"] tr:not(.due-year)`).first().locator('td').nth(3)).toContainText(dueYear!);
  }
});

test("a document's tasks: the header link lands on the table, and the old address of its task list still leads there", async ({ page }) => {
  const doc = taskClause.document;
  const count = site.tasks.filter((t) => t.document === doc.id).length;
  test.skip(count === 0 || count > TASKS_PER_PAGE, 'no document with a task table on its page');
  for (const lang of ['vi', 'en'] as const) {
    await page.goto(sitePath(doc.url[lang]));
    await page.locator('.doc-tools a[href$="#tasks"]').click();
    await expect(page.locator('#tasks table.task-table tbody tr').first()).toBeInViewport();
    await expect(page.locator('#tasks table.task-table tbody tr')).toHaveCount(count);
    // The address the site published before the tasks moved onto the document's page.
    await page.goto(`/${lang}/tasks/document/${doc.id}/`);
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(doc.url[lang]))}#tasks$`));
    await expect(page.locator('#tasks-heading')).toBeInViewport();
  }
});
