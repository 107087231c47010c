import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContentIndex, defaultPaths } from '../lib/content-index.ts';
import { digestPath, writeContentDigest } from '../lib/content-digest.ts';
import { compiledTextsDir } from '../lib/compiled-texts.ts';

/**
 * Validates the whole content folder before Astro syncs it, so a content mistake stops the build with
 * every error listed as file:line, problem and fix, instead of surfacing later as a broken page.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const index = await buildContentIndex(defaultPaths(root), { compileTo: compiledTextsDir(root) });
        const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
        // Share pages and the search index are built from this parse after `astro build` (content-digest.ts).
        writeContentDigest(index, digestPath(root));
        logger.info(`content valid: ${index.documents.size} documents, ${clauses} clauses per language, ${index.agencies.size} agencies (compiled in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
