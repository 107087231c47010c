import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContentIndex, defaultPaths } from '../lib/content-index.ts';
import { digestPath, writeContentDigest } from '../lib/content-digest.ts';
import { compiledTextsDir } from '../lib/compiled-texts.ts';
import { compileTexts } from '../lib/text-compiler.ts';

/**
 * Validates the whole content folder before Astro syncs it, so a content mistake stops the build with
 * every error listed as file:line, problem and fix, instead of surfacing later as a broken page. The same
 * pass compiles every text (text-compiler.ts) for the pages and writes the content digest for the steps
 * after the build.
 */
export function contentValidation(): AstroIntegration {
  let root = '';
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // `astro preview` serves what was built; it has nothing to compile.
        if (command === 'preview') return;
        const started = performance.now();
        const index = await buildContentIndex(defaultPaths(root), { compileTo: compiledTextsDir(root) });
        const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
        // Share pages and the search index are built from this parse after `astro build` (content-digest.ts).
        writeContentDigest(index, digestPath(root));
        logger.info(`content valid: ${index.documents.size} documents, ${clauses} clauses per language, ${index.agencies.size} agencies (compiled in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
      // In `astro dev`, an edited text is compiled again and the page reloads; other content changes (new
      // documents, agencies) need a restart, which validates everything again.
      'astro:server:setup': ({ server, logger }) => {
        const texts = path.join(root, 'src/content/texts');
        server.watcher.on('change', async (file) => {
          if (!file.startsWith(texts) || !file.endsWith('.mdx')) return;
          const [result] = await compileTexts([{ file, outDir: path.join(compiledTextsDir(root), path.basename(path.dirname(file))) }], 1);
          for (const e of result.errors) logger.error(`${path.relative(root, e.file)}${e.line ? `:${e.line}` : ''}: ${e.problem} Fix: ${e.fix}`);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
