import { test, expect } from '@playwright/test';

const DIRECTIVE = '/vi/documents/chi-thi-52-ct-tw-2025/';

test('a clause permalink shows on keyboard focus and copies the clause URL, announced to screen readers', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(DIRECTIVE);
  const anchor = page.locator('#item-7__bullet-5 a.clause-anchor');
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(anchor).toHaveAccessibleName('Liên kết đến gạch đầu dòng thứ 5 mục 7');
  await anchor.press('Enter');
  await expect(page).toHaveURL(/#item-7__bullet-5$/);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  const expected = `${baseURL}${DIRECTIVE}#item-7__bullet-5`;
  await expect(page.locator('#clause-tools-status')).toHaveText(`Đã sao chép liên kết: ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the cite control gives the citation in both languages, copyable', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(DIRECTIVE);
  await page.locator('#item-2 > p > a.clause-num').click();
  await page.getByRole('button', { name: 'Trích dẫn', exact: true }).click();
  const vi = page.locator('[data-citation="vi"]');
  await expect(vi).toHaveText(`mục 2, Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới. ${baseURL}/vi/documents/chi-thi-52-ct-tw-2025/#item-2`);
  await expect(page.locator('[data-citation="en"]')).toContainText('item 2, Directive No. 52-CT/TW of 3 October 2025 of the Secretariat');
  await page.locator('button[data-action="copy-citation"][data-lang="vi"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await vi.textContent());
});

test('an unknown clause id shows a clear notice at the top, as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(`${DIRECTIVE}#item-99`);
  const notice = page.locator('#unknown-clause');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Văn bản này không có điều khoản với mã item-99');
  await page.goto(`${DIRECTIVE}#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  await expect(notice).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#unknown-clause img')).toHaveCount(0);
  await page.goto(`${DIRECTIVE}#item-2`);
  await expect(notice).toBeHidden();
  expect(dialogs).toEqual([]);
});

test('a share page sends the reader on to the clause', async ({ page }) => {
  await page.goto('/en/share/chi-thi-52-ct-tw-2025/item-7__bullet-5/');
  await expect(page).toHaveURL(/\/en\/documents\/chi-thi-52-ct-tw-2025\/#item-7__bullet-5$/);
  await expect(page.locator('#item-7__bullet-5')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page shows the citation and a link to the clause', async ({ page }) => {
    await page.goto('/vi/share/chi-thi-52-ct-tw-2025/item-1/');
    await expect(page.locator('h1')).toContainText('mục 1, Chỉ thị số 52-CT/TW');
    await page.getByRole('link', { name: 'Đọc điều khoản này trong toàn văn' }).click();
    await expect(page).toHaveURL(/\/vi\/documents\/chi-thi-52-ct-tw-2025\/#item-1$/);
  });
});

test('print: the document prints with clause numbers and its permalink, without the tools', async ({ page }) => {
  await page.goto(DIRECTIVE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-permalink')).toBeVisible();
  await expect(page.locator('.print-permalink')).toContainText('/vi/documents/chi-thi-52-ct-tw-2025/');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#item-1 .clause-num').first()).toBeVisible();
});
