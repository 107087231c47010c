/**
 * The step after `astro build` (which has built the pages and, beside them, the search index): the share
 * page of every clause, written in one process per core (build-share-pages.ts --part I/N), each taking
 * every Nth document. The template pages are removed once all parts are done. Any part failing fails the
 * build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LANGS } from '../src/lib/i18n.ts';
import { SHARE_TOKENS } from '../src/lib/share-pages.ts';

const parts = Math.max(1, Math.min(os.availableParallelism(), 4));
const started = performance.now();
const results = await Promise.all(
  Array.from(
    { length: parts },
    (_, i) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['scripts/build-share-pages.ts', '--part', `${i}/${parts}`], { stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? 1));
      }),
  ),
);
if (results.some((code) => code !== 0)) process.exit(1);
for (const lang of LANGS) fs.rmSync(path.join('dist', lang, 'share', SHARE_TOKENS.doc), { recursive: true });
console.log(`share pages: ${parts} part(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
