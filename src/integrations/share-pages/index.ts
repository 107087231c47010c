import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runBuildStep } from '../build-step.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { SHARE_TOKENS } from '../../lib/share/share-pages.ts';
import { RESOLVED_ENV, requestedShareMode, resolveShareMode, type ShareMode } from '../../lib/share/mode.ts';
import { readContentDigest } from '../../lib/content/digest.ts';

const ROUTE = '/[lang]/share/[doc]/[clause]';

/**
 * Share pages, in the mode the publisher chose (src/lib/share/mode.ts; ARCHITECTURE.md, "Share pages"):
 *  - static: Astro renders a template per language (./template.astro) and writers (./build.ts) fill it in for
 *    every clause while Astro is still building pages, at a lower priority, one writer per core (at 10,000
 *    documents, 964,000 pages in minutes); `astro:build:done` waits for them and removes the templates;
 *  - server: the route is rendered on request (./route.astro), from each document's open-data file;
 *  - none: no route; the 404 page sends an old share address on to its clause.
 * The mode is resolved here, after content validation (integrations run in order) has counted the clauses,
 * and handed to the pages through the environment.
 */
export function sharePages(): AstroIntegration {
  let pending: Promise<{ seconds: number; last: string }>[] = [];
  let dist = '';
  let mode: ShareMode = 'none';
  // The templates' folders (one per language, named by the placeholder document id).
  const removeTemplates = () => {
    for (const lang of LANGS) fs.rmSync(path.join(dist, lang, 'share', SHARE_TOKENS.doc), { recursive: true, force: true });
  };
  return {
    name: 'share-pages',
    hooks: {
      'astro:config:setup': async ({ config, command, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        dist = fileURLToPath(config.outDir);
        if (command === 'preview') return;
        const { clauses } = await readContentDigest(root);
        mode = resolveShareMode(requestedShareMode(), clauses * LANGS.length);
        process.env[RESOLVED_ENV] = mode;
        if (mode === 'server') {
          injectRoute({ pattern: ROUTE, entrypoint: new URL('./route.astro', import.meta.url), prerender: false });
        } else if (mode === 'static') {
          injectRoute({ pattern: ROUTE, entrypoint: new URL('./template.astro', import.meta.url), prerender: true });
        }
        logger.info(`share pages: ${mode}${requestedShareMode() === 'auto' ? ` (auto: ${clauses * LANGS.length} pages${mode === 'none' ? '; SHARE_PAGES=server renders them on request, =static writes them all' : ''})` : ''}`);
        if (command !== 'build' || mode !== 'static') return;
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
