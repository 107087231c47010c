/**
 * Static share pages (SHARE_PAGES=static, the choice of a small site or a host without functions): the
 * default build of this repository's content resolves to "none" (more share pages than a static host
 * takes), so the share-page checks of tests/built/share.test.ts would be skipped there. Here the real build
 * runs in a copy of the project with static share pages, and those checks run on its output.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();
const COPY = ['src', 'provenance', 'public', 'tests', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-static-'));
for (const entry of COPY) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a build with static share pages writes one per clause and language, each a valid preview of its clause', { timeout: 900_000 }, async () => {
  await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, SHARE_PAGES: 'static' }, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(fs.existsSync(path.join(dir, 'dist/vi/share')), 'share pages are files');
  // The built-output checks of share pages, on this build; none may be skipped here.
  // A test run of its own: without NODE_TEST_CONTEXT, which would make node:test take it for a nested run and skip it.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const result = await run(process.execPath, ['--test', '--test-reporter=tap', 'tests/built/share.test.ts'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout: string }) => e);
  const tap = result.stdout;
  assert.match(tap, /^# fail 0$/m, `${tap.split('\n').filter((l) => /not ok|error|expected|actual/.test(l)).slice(0, 20).join('\n')}\n${(result as { stderr?: string }).stderr ?? ''}`);
  assert.match(tap, /^# skipped 0$/m, 'no share-page check was skipped');
  assert.match(tap, /^# pass [1-9]/m);
});
