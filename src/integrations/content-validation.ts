import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContentIndex, defaultPaths } from '../lib/content-index.ts';
import { digestPath, writeContentDigest } from '../lib/content-digest.ts';

/**
 * Validates the whole content folder before Astro syncs it, so a content mistake stops the build with
 * every error listed as file:line, problem and fix, instead of surfacing later as a broken page.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const index = buildContentIndex(defaultPaths(root));
        const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
        // Share pages and the search index are built from this parse after `astro build` (content-digest.ts).
        writeContentDigest(index, digestPath(root));
        logger.info(`content valid: ${index.documents.size} documents, ${clauses} clauses per language, ${index.agencies.size} agencies`);
      },
    },
  };
}
