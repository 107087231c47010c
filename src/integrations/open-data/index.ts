import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { firstPageWritten, runBuildStep } from '../build-step.ts';

/**
 * Builds the open data that grows with the corpus (./build.ts: each document's file, the lists of documents
 * and tasks in parts, the bulk download) beside Astro's pages, from the compiled content, in a process of its
 * own that streams it one document at a time. At 10,000 documents documents.json was 200 MB as one endpoint
 * of Astro's; now no file passes the 25 MiB of static hosts. Starts when Astro writes its first page (until
 * then Astro's memory peaks), written to .astro/open-data/ and moved into dist/data/ when the build is done.
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
      'astro:config:done': ({ config, buildOutput }) => {
        if (!building) return;
        const root = fileURLToPath(config.root);
        staging = path.join(root, '.astro', 'open-data');
        pending = firstPageWritten(config, buildOutput).then(() => runBuildStep(root, 'src/integrations/open-data/build.ts', ['--out', staging], { heapMb: 320 }));
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
