import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsonListResponse, textLinesResponse } from '../../src/lib/open-data/stream.ts';
import { csvLine } from '../../src/lib/open-data/csv.ts';
import { readCspMeta, readCspMetas } from '../../src/integrations/security-headers.ts';
import { listPage } from '../../src/lib/site/urls.ts';
import { firstFileWritten } from '../../src/integrations/build-step.ts';

test('open data streams one record a line and parses as the whole list', async () => {
  async function* records() {
    yield { id: 'a', title: 'Bảo hiểm y tế' };
    yield { id: 'b', title: '"quoted"' };
  }
  const text = await jsonListResponse('documents', records(), (r) => ({ ...r, n: r.id.length })).text();
  assert.deepEqual(JSON.parse(text), { documents: [{ id: 'a', title: 'Bảo hiểm y tế', n: 1 }, { id: 'b', title: '"quoted"', n: 1 }] });
  assert.equal(text.split('\n').length, 5, 'an opening line, one per record, a closing line and the final newline');
  assert.deepEqual(JSON.parse(await jsonListResponse('tasks', [], (r) => r).text()), { tasks: [] });
  // Bytes, as Astro writes them (text() would drop the byte-order mark spreadsheets need).
  const csv = Buffer.from(await textLinesResponse('\uFEFF' + csvLine(['id', 'text']), [['t1', 'a "b", c']], (r) => csvLine(r), 'text/csv').arrayBuffer());
  assert.deepEqual(csv, Buffer.from('\uFEFF"id","text"\r\n"t1","a ""b"", c"\r\n', 'utf8'));
});

test('the CSP is read from the head of a page, however far into it, and nowhere else', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
  try {
    const page = (head: string, body = '') => {
      const file = path.join(dir, `${Math.random()}.html`);
      fs.writeFileSync(file, `<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
      return file;
    };
    const meta = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc'; style-src 'self'">`;
    assert.equal(await readCspMeta(page(meta)), "script-src 'self' 'sha256-abc'; style-src 'self'");
    // Past the first block read, with multi-byte text before it.
    assert.equal(await readCspMeta(page(`<title>${'Bảo hiểm '.repeat(4000)}</title>${meta}`), 1024), "script-src 'self' 'sha256-abc'; style-src 'self'");
    assert.equal(await readCspMeta(page('<title>x</title>', meta)), undefined, 'a policy in the body is not the page policy');
    assert.equal(await readCspMeta(page('<title>x</title>')), undefined);
    // Many pages at once: every policy found, pages without one skipped.
    const files = Array.from({ length: 50 }, (_, i) => (i % 5 ? page(`<meta http-equiv="content-security-policy" content="script-src 'sha256-${i}'">`) : page('<title>x</title>')));
    const policies = await readCspMetas(files, 8);
    assert.equal(policies.length, 40);
    assert.deepEqual(new Set(policies), new Set(files.flatMap((_, i) => (i % 5 ? [`script-src 'sha256-${i}'`] : []))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('list pages: the first at the list URL, the others below it', () => {
  assert.equal(listPage('/vi/tasks/', 1), '/vi/tasks/');
  assert.equal(listPage('/vi/tasks/', 2), '/vi/tasks/2/');
  assert.equal(listPage('/en/tasks/due/2030/', 12), '/en/tasks/due/2030/12/');
});

test('a build step that waits for the first page starts when any of the pages is written, not before', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-page-'));
  // The polls do not keep a process alive (a build that fails early must exit); this test keeps it.
  const alive = setInterval(() => {}, 1000);
  try {
    let started = false;
    const waiting = firstFileWritten([path.join(dir, '404.html'), path.join(dir, 'vi/index.html')], 10).then(() => (started = true));
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(started, false, 'no page yet');
    fs.mkdirSync(path.join(dir, 'vi'));
    fs.writeFileSync(path.join(dir, 'vi/index.html'), '<!doctype html>');
    await waiting;
    assert.equal(started, true);
  } finally {
    clearInterval(alive);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
