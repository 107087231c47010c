import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fragmentPages } from '../../src/integrations/search-index/references.ts';

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
    for (const id of pages.values()) assert.ok(fs.existsSync(path.join(dir, 'fragment', `${id}.pf_fragment`)));
    assert.equal(new Set(pages.values()).size, urls.length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
