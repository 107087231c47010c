import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { firstPageWritten, runBuildStep } from '../build-step.ts';

/** Where the index is written while Astro builds pages; dist/ is Astro's until the build is done. */
export function searchIndexStagingDir(root: string): string {
  return path.join(root, '.astro', 'search-index');
}

/**
 * The index driver's heap. It streams the digest one document at a time: at 10,000 documents it finishes
 * in 256 MB, and uncapped V8 let it reach 660 MB before collecting, beside Astro's pages and Pagefind.
 */
const INDEX_HEAP_MB = 320;

/**
 * Builds the Pagefind index (src/integrations/search-index/build.ts) while Astro builds the pages. The index reads
 * only the content digest, which content validation writes before this integration's setup hook runs
 * (integrations run in order, each hook awaited), so it need not wait for the pages: it runs in its own
 * process on the second core, and the build lasts as long as the longer of the two, not their sum
 * (BENCHMARKS.md). It starts when Astro writes its first page, not at once: until then Astro loads the
 * content store and every route's paths, its largest use of memory (3.2–3.5 GB at 10,000 documents), and the
 * two together passed 4 GB. `astro:build:done` waits for it, fails the build if it failed, and moves it to
 * dist/pagefind/.
 */
export function searchIndex(): AstroIntegration {
  let pending: Promise<void> | undefined;
  let staging = '';
  let building = false;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, buildOutput, logger }) => {
        if (!building) return;
        const root = fileURLToPath(config.root);
        staging = searchIndexStagingDir(root);
        fs.rmSync(staging, { recursive: true, force: true });
        pending = firstPageWritten(config, buildOutput)
          .then(() => runBuildStep(root, 'src/integrations/search-index/build.ts', ['--out', staging], { heapMb: INDEX_HEAP_MB }))
          .then(({ seconds, last }) => {
            logger.info(`${last} in ${seconds.toFixed(1)} s, beside the pages`);
          });
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
