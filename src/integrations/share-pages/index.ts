import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runBuildStep } from '../build-step.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { SHARE_TOKENS } from '../../lib/share/share-pages.ts';

/**
 * Writes the share page of every clause (src/integrations/share-pages/build.ts) while Astro is still building
 * pages. The writers need only the content digest and the template page of each language, which Astro
 * renders part-way through its page stage; they start with the build, wait for both templates, and write
 * at a lower priority, so they take the core Astro's single-threaded page stage leaves free and then both
 * cores once it is done (at 10,000 documents, 964,000 pages: about two minutes that no longer follow the
 * pages). One writer per core, each taking every Nth document. `astro:build:done` waits for them, fails
 * the build if one failed, and removes the templates.
 */
export function sharePages(): AstroIntegration {
  let pending: Promise<{ seconds: number; last: string }>[] = [];
  let dist = '';
  // The templates' folders (one per language, named by the placeholder document id).
  const removeTemplates = () => {
    for (const lang of LANGS) fs.rmSync(path.join(dist, lang, 'share', SHARE_TOKENS.doc), { recursive: true, force: true });
  };
  return {
    name: 'share-pages',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        dist = fileURLToPath(config.outDir);
        // A template left by an earlier, failed build must not be taken for this build's.
        removeTemplates();
        const parts = Math.max(1, Math.min(os.availableParallelism(), 4));
        pending = Array.from({ length: parts }, (_, i) =>
          runBuildStep(root, 'src/integrations/share-pages/build.ts', ['--part', `${i}/${parts}`, '--wait', '--dist', dist], { nice: 10 }),
        );
        // Nothing awaits them until the build is done; a build that fails first must not also report these.
        for (const p of pending) p.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!pending.length) return;
        const started = performance.now();
        const results = await Promise.all(pending);
        removeTemplates();
        const waited = (performance.now() - started) / 1000;
        for (const { last } of results) logger.info(last);
        logger.info(`share pages: ${results.length} writer(s), the last done ${Math.max(...results.map((r) => r.seconds)).toFixed(1)} s after the build started${waited >= 0.1 ? ` (waited ${waited.toFixed(1)} s for them)` : ''}`);
      },
    },
  };
}
