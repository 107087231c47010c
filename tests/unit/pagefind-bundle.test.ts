import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pruneBundle, UNUSED_KIT } from '../../src/lib/search/pagefind-bundle.ts';

test("a bundle keeps what the search page loads: the primary its library and WebAssembly, a merged shard only its index", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-bundle-'));
  try {
    const { index } = await pagefind.createIndex({});
    await index!.addCustomRecord({ url: '/vi/a/', content: 'bảo hiểm y tế', language: 'vi', meta: { title: 'a' } });
    await index!.writeFiles({ outputPath: path.join(dir, 'primary') });
    await index!.writeFiles({ outputPath: path.join(dir, 'older') });
    await pagefind.close();
    const files = (d: string) => fs.readdirSync(path.join(dir, d)).sort();
    // Pagefind still writes what this removes (a new version that stops is noticed here).
    for (const name of [...UNUSED_KIT, 'pagefind.js']) assert.ok(files('primary').includes(name), `Pagefind writes ${name}`);
    const before = files('primary');
    pruneBundle(path.join(dir, 'primary'), true);
    pruneBundle(path.join(dir, 'older'), false);
    assert.deepEqual(files('primary'), before.filter((f) => !UNUSED_KIT.includes(f)));
    assert.ok(files('primary').includes('pagefind.js') && files('primary').some((f) => /^wasm\..+\.pagefind$/.test(f)));
    for (const d of ['primary', 'older']) {
      assert.ok(files(d).includes('pagefind-entry.json') && files(d).includes('fragment') && files(d).includes('index'), d);
      assert.ok(files(d).some((f) => f.endsWith('.pf_meta')), d);
    }
    assert.ok(!files('older').some((f) => f.endsWith('.js') || f.endsWith('.css') || f.startsWith('wasm.')), `${files('older')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
