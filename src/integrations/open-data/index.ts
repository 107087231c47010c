import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runBuildStep } from '../build-step.ts';

/**
 * Builds the open data that grows with the corpus (./build.ts: each document's file, the lists of documents
 * and tasks in parts, the bulk download) beside Astro's pages, from the compiled content, in a process of its
 * own that streams it one document at a time. At 10,000 documents documents.json was 200 MB as one endpoint
 * of Astro's; now no file passes the 25 MiB of static hosts. It starts as soon as the content is validated
 * (integrations' setup hooks run in order, each awaited), while Astro syncs the content and bundles the
 * routes on one core: at 1,000 documents its 7 s fill the second core before the pages begin. Its heap is
 * capped (320 MB), so beside Astro's own peak, before the first page, it adds at most that (the search
 * index, which can take a gigabyte, waits for the first page). Written to .astro/open-data/ and moved into
 * dist/data/ when the build is done.
 * The small lists (agencies, targets, calendars) stay Astro endpoints (src/pages/data/).
 */
export function openData(): AstroIntegration {
  let pending: Promise<{ seconds: number; last: string }> | undefined;
  let staging = '';
  let building = false;
  return {
    name: 'open-data',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        const root = fileURLToPath(config.root);
        staging = path.join(root, '.astro', 'open-data');
        pending = runBuildStep(root, 'src/integrations/open-data/build.ts', ['--out', staging], { heapMb: 320 });
        pending.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const { seconds, last } = await pending;
        const target = path.join(fileURLToPath(dir), 'data');
        fs.mkdirSync(target, { recursive: true });
        for (const entry of fs.readdirSync(staging)) {
          fs.rmSync(path.join(target, entry), { recursive: true, force: true });
          fs.renameSync(path.join(staging, entry), path.join(target, entry));
        }
        logger.info(`${last} in ${seconds.toFixed(1)} s, beside the pages`);
      },
    },
  };
}
