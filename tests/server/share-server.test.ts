/**
 * Share pages rendered on request (SHARE_PAGES=server, the Node adapter): the real build, in a copy of the
 * project, served by the adapter's own server. Every other page stays a static file; a share page reads its
 * document's open-data file, and a clause that does not exist is not found.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Element } from 'hast';

const run = promisify(execFile);
const ROOT = process.cwd();
const COPY = ['src', 'provenance', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const PORT = Number(process.env.SERVER_TEST_PORT ?? 4471);
const base = `http://127.0.0.1:${PORT}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-server-'));
for (const entry of COPY) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
let server: ChildProcess | undefined;
after(() => {
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A document and clause of the real content, from the build's own open data. */
function someClause(): { doc: string; clause: string; text: string } {
  const list = JSON.parse(fs.readFileSync(path.join(dir, 'dist/client/data/documents.json'), 'utf8')).documents as { id: string; hasText: boolean }[];
  const doc = list.find((d) => d.hasText)!.id;
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'dist/client/data/documents', `${doc}.json`), 'utf8'));
  const clause = data.clauses.find((c: { text: { vi?: string } | null }) => (c.text?.vi ?? '').length > 20);
  return { doc, clause: clause.id, text: clause.text.vi };
}

test('share pages are rendered on request, from the documents the build wrote', { timeout: 600_000 }, async () => {
  await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, SHARE_PAGES: 'server' }, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(fs.existsSync(path.join(dir, 'dist/server/entry.mjs')), 'the adapter built its server');
  assert.ok(!fs.existsSync(path.join(dir, 'dist/client/vi/share')), 'no share page is a file');
  server = spawn(process.execPath, [path.join(dir, 'dist/server/entry.mjs')], { cwd: dir, env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT) }, stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/vi/`);
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const { doc, clause, text } = someClause();
  const response = await fetch(`${base}/vi/share/${doc}/${clause}/`);
  assert.equal(response.status, 200);
  const tree = fromHtml(await response.text());
  const meta = (property: string) => String((select(`meta[property="${property}"]`, tree) as Element | undefined)?.properties.content ?? '');
  assert.ok(meta('og:title').length > 0 && meta('og:title').length <= 120);
  assert.ok(meta('og:description').startsWith(text.slice(0, 40)), 'the preview shows the clause');
  assert.ok(meta('og:url').endsWith(`/vi/share/${doc}/${clause}/`), 'og:url is the share page');
  assert.ok(String((select('a.share-target', tree) as Element).properties.href).endsWith(`/vi/documents/${doc}/#${clause}`));
  assert.equal((await fetch(`${base}/en/share/${doc}/no-such-clause/`)).status, 404);
  assert.equal((await fetch(`${base}/vi/documents/${doc}/`)).status, 200, 'document pages are served as files');
});
