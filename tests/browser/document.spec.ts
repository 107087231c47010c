import fs from 'node:fs';
import { test, expect } from '@playwright/test';

const DIRECTIVE = '/vi/documents/chi-thi-52-ct-tw-2025/';
const NOTICE = '/vi/documents/thong-bao-ket-luan-2025-04-23/';

test('a document page shows its metadata panel', async ({ page }) => {
  await page.goto(DIRECTIVE);
  const panel = page.locator('.meta-panel');
  await expect(page.locator('h1')).toHaveText('Chỉ thị của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới');
  await expect(panel).toContainText('52-CT/TW');
  await expect(panel).toContainText('Ban Bí thư');
  await expect(panel).toContainText('Trần Cẩm Tú');
  await expect(panel).toContainText('03/10/2025');
  await expect(panel).toContainText('002_ce1d7d310c2a7f79.txt');
  await expect(panel).toContainText('ffe8cdfdb310b0e380a6e2e2bf3e15331c5f50ac9eca7da00805d92534993b0a');
});

test('every table-of-contents link lands on its clause', async ({ page }) => {
  await page.goto(DIRECTIVE);
  const links = page.locator('nav.toc a');
  const count = await links.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const hash = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    const target = page.locator(`[id="${hash.slice(1)}"]`);
    await expect(target).toBeInViewport();
  }
});

test('footnote links go both ways', async ({ page }) => {
  await page.goto(NOTICE);
  const ref = page.locator('a[data-footnote-ref]').first();
  await ref.click();
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('#fn-1')).toBeInViewport();
  await expect(page.locator('#fn-1')).toContainText('Ban Tổ chức Trung ương');
  await page.locator('#fn-1 a[data-footnote-backref]').click();
  await expect(page).toHaveURL(/#fnref-1$/);
  await expect(page.locator('#fnref-1')).toBeInViewport();
});

test('a clause link opens the page at that clause, highlighted', async ({ page }) => {
  await page.goto(`${DIRECTIVE}#item-7__bullet-5`);
  const clause = page.locator('#item-7__bullet-5');
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('Ban Tuyên giáo và Dân vận Trung ương');
  const bg = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the language switch keeps the reader at the same clause', async ({ page }) => {
  await page.goto(`${DIRECTIVE}#item-7__bullet-5`);
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/documents\/chi-thi-52-ct-tw-2025\/#item-7__bullet-5$/);
  await expect(page.locator('#item-7__bullet-5')).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the document list and a document read completely', async ({ page }) => {
    await page.goto('/vi/documents/');
    // One row per document of the content, with or without a text.
    await expect(page.locator('table.doc-table tbody tr')).toHaveCount(fs.readdirSync('src/content/documents').filter((f) => f.endsWith('.yaml')).length);
    await page.getByRole('link', { name: /Kế hoạch thực hiện Chỉ thị số 52-CT\/TW/ }).click();
    await expect(page.locator('#signature')).toContainText('Nguyễn Thanh Nhân');
    await expect(page.locator('#fn-1')).toContainText('Chỉ thị số 01-CT/TU');
  });
});
