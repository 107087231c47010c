import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fragmentPages, primaryPages } from '../../src/integrations/search-index/references.ts';

test("each page of a Pagefind bundle is found by its URL: the id Pagefind's results carry", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fragment-pages-'));
  try {
    const { index } = await pagefind.createIndex({});
    const urls = ['/vi/documents/a/', '/vi/documents/b/', '/en/documents/a/'];
    for (const url of urls) await index!.addCustomRecord({ url, content: `bảo hiểm y tế ${url}`, language: url.slice(1, 3), meta: { title: url } });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const pages = fragmentPages(dir);
    assert.deepEqual([...pages.keys()].sort(), [...urls].sort());
    for (const { id, bytes } of pages.values()) assert.equal(fs.statSync(path.join(dir, 'fragment', `${id}.pf_fragment`)).size, bytes);
    assert.equal(new Set([...pages.values()].map((p) => p.id)).size, urls.length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the primary bundle lists its agency records and its pages far longer than the others', () => {
  const page = (id: string, bytes: number) => ({ id, bytes });
  const pages = new Map([
    ['/vi/documents/a/', page('vi_a', 5000)],
    ['/vi/documents/b/', page('vi_b', 6000)],
    ['/vi/documents/law/', page('vi_law', 22000)],
    ['/en/documents/law/', page('en_law', 22000)],
    ['/vi/agencies/moh/', page('vi_moh', 200)],
  ]);
  assert.deepEqual(primaryPages(pages, 'vi', ['/vi/agencies/moh/', '/vi/agencies/missing/']), { records: ['vi_moh'], large: ['vi_law'] });
});
