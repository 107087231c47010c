/**
 * The search over an index cut into period shards, as at scale (src/lib/search/shards.ts). The site's own
 * index is one shard (it has fewer documents than a shard holds), so these tests serve the search page with
 * an index of the same content built in shards of two documents, newest first.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let dir: string;
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-shards-'));
  execFileSync(process.execPath, ['src/integrations/search-index/build.ts', '--out', dir, '--shard-documents', '2'], { stdio: 'pipe' });
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Serves /pagefind/ from the sharded index; returns the shard bundles the page fetched from. */
async function serveShards(page: Page): Promise<Set<string>> {
  const fetched = new Set<string>();
  await page.route('**/pagefind/**', async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/pagefind\//, '');
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    if (/\.pf_meta$/.test(rel)) fetched.add(/^(older-\d+)\//.exec(rel)?.[1] ?? 'newest');
    return route.fulfill({ path: file });
  });
  return fetched;
}

const shardCount = () => JSON.parse(fs.readFileSync(path.join(dir, 'shards.json'), 'utf8')).length as number;

test('a word found only in older documents is still found: older periods are searched until results come', async ({ page }) => {
  const fetched = await serveShards(page);
  await page.goto('/vi/search/?q=g%C3%A1c%20c%E1%BB%ADa');
  // Each older period is merged in turn: on a machine shared by several builds, this takes seconds.
  await expect(page.locator('#search-results li').first().locator('.result-title')).toHaveText(/Thông báo kết luận/, { timeout: 15_000 });
  expect(fetched.size).toBeGreaterThan(1);
  expect(fetched.has('newest')).toBe(true);
});

test('a common query stops at the newest periods that answer it, says which, and offers older ones', async ({ page }) => {
  const fetched = await serveShards(page);
  await page.goto('/vi/search/?q=y%20t%E1%BA%BF');
  const status = page.locator('#search-status');
  await expect(status).toHaveText(/kết quả cho “y tế” \(trong các văn bản ban hành từ \d\d\/\d\d\/\d{4}\)/, { timeout: 15_000 });
  expect(fetched.size).toBeLessThan(shardCount());
  const older = page.locator('#search-older');
  await expect(older).toBeVisible();
  await expect(older).toHaveText(/^Tìm cả văn bản cũ hơn \((\d\d\/\d\d\/\d{4}|không rõ ngày ban hành)/);
  const before = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  const searchedBefore = fetched.size;
  await older.click();
  await expect.poll(() => fetched.size).toBe(searchedBefore + 1);
  await expect(status).toHaveText(/kết quả cho “y tế”/);
  await expect.poll(async () => Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(before);
});

test('filters take in every period, so their counts cover all documents', async ({ page }) => {
  const fetched = await serveShards(page);
  await page.goto('/en/search/?q=health');
  await expect(page.locator('#search-status')).toHaveText(/results for “health”/, { timeout: 15_000 });
  await page.locator('#search-filters summary').click();
  await expect(page.locator('fieldset[data-filter="year"] label').first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => fetched.size).toBe(shardCount());
  await expect(page.locator('#search-older')).toBeHidden();
  await expect(page.locator('#search-status')).not.toHaveText(/issued since/);
});

test('a legal reference goes straight to its target, whichever period holds it', async ({ page }) => {
  const fetched = await serveShards(page);
  await page.goto(`/vi/search/?q=${encodeURIComponent('Điều 22 Luật bảo hiểm y tế')}`);
  const first = page.locator('#search-results li').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', '/vi/documents/luat-bao-hiem-y-te-2008/#dieu-22');
  await expect(first.locator('.result-where')).toHaveText('Điều 22');
  // The reference index is one for all periods: the target's own period need not be searched.
  expect(fetched.has('newest')).toBe(true);
});
