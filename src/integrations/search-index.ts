import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Where the index is written while Astro builds pages; dist/ is Astro's until the build is done. */
export function searchIndexStagingDir(root: string): string {
  return path.join(root, '.astro', 'search-index');
}

/**
 * Builds the Pagefind index (scripts/build-search-index.ts) while Astro builds the pages. The index reads
 * only the content digest, which content validation has written by the time this integration's setup hook
 * runs (integrations run in order, each hook awaited), so it need not wait for the pages: it runs in its
 * own process on the second core, and the build lasts as long as the longer of the two, not their sum
 * (BENCHMARKS.md). `astro:build:done` waits for it, fails the build if it failed, and moves it to
 * dist/pagefind/.
 */
export function searchIndex(): AstroIntegration {
  let pending: Promise<void> | undefined;
  let staging = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        staging = searchIndexStagingDir(root);
        fs.rmSync(staging, { recursive: true, force: true });
        pending = runIndexer(root, staging, logger);
        // Nothing awaits the promise until the build is done; a build that fails before then must not
        // also report an unhandled rejection.
        pending.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const started = performance.now();
        await pending;
        const waited = (performance.now() - started) / 1000;
        const target = path.join(fileURLToPath(dir), 'pagefind');
        fs.rmSync(target, { recursive: true, force: true });
        fs.renameSync(staging, target);
        logger.info(`search index moved to ${path.relative(process.cwd(), target)}${waited >= 0.1 ? ` (waited ${waited.toFixed(1)} s for it)` : ''}`);
      },
    },
  };
}

function runIndexer(root: string, out: string, logger: AstroIntegrationLogger): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts/build-search-index.ts'), '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // If Astro stops early (a failing page), the indexer has nothing left to serve.
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', stop);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        logger.info(`${output.trim().split('\n').at(-1)} in ${seconds} s, beside the pages`);
        resolve();
      } else {
        reject(new Error(`the search index failed (${signal ?? `exit ${code}`}) after ${seconds} s:\n${output.trim()}`));
      }
    });
  });
}
