/**
 * The steps after `astro build`, side by side: share pages (file writes) and the search index (Pagefind's
 * own process) both read the content digest and touch different parts of dist/, so they run at once and
 * use both cores. Either failing fails the build.
 */
import { spawn } from 'node:child_process';

const steps = ['scripts/build-share-pages.ts', 'scripts/build-search-index.ts'];
const results = await Promise.all(
  steps.map(
    (script) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const child = spawn(process.execPath, [script], { stdio: 'inherit' });
        child.on('exit', (code) => {
          console.log(`${script}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
          resolve(code ?? 1);
        });
      }),
  ),
);
if (results.some((code) => code !== 0)) process.exit(1);
