import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compiledTextDir } from '../../lib/content/compiled.ts';
import { readContentDigest } from '../../lib/content/digest.ts';
import { findContentErrorsReport, formatContentError } from '../../lib/content/errors.ts';
import { documentRedirectRoutes } from '../../lib/content/redirects.ts';
import { compileTexts } from '../../lib/text/compiler.ts';
import { runBuildStep } from '../build-step.ts';

/**
 * How the build stops on content mistakes: the list is the whole of what Astro prints after its one line
 * "An unhandled error occurred while running the "astro:config:setup" hook". It has no stack, because the
 * code did nothing wrong (Astro prints a stack only if the error has one), and it gives Astro nothing to
 * guess a hint from: Astro reads an error's toString(), and advises on browser APIs if it says "document".
 */
class ContentMistakes extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ContentMistakes';
    this.stack = '';
  }
  override toString(): string {
    return this.name;
  }
}

/**
 * Validates the whole content folder before Astro syncs it, so a content mistake stops the build with
 * every mistake listed as file:line, problem and fix, instead of surfacing later as a broken page. The same
 * pass compiles every text and writes the compiled content (src/lib/content/compiled.ts) that the content
 * layer, the pages, the search index and the share pages read. It runs as a separate process (validate.ts)
 * so that its memory is returned before pages are built. Moved documents become Astro redirects here, from
 * the validated redirects.
 */
const WARNINGS_SHOWN = 20;

export function contentValidation(): AstroIntegration {
  let root = '';
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        // `astro preview` serves what was built; it has nothing to compile.
        if (command === 'preview') return;
        try {
          const { seconds, last, output } = await runBuildStep(root, 'src/integrations/content-validation/validate.ts', []);
          const warnings = output.split('\n').filter((l) => l.startsWith('warning: '));
          // A large corpus can cite hundreds of documents the site does not hold: the first few, and the count.
          for (const w of warnings.slice(0, WARNINGS_SHOWN)) logger.warn(w.slice('warning: '.length));
          if (warnings.length > WARNINGS_SHOWN) logger.warn(`… and ${warnings.length - WARNINGS_SHOWN} more (run node src/integrations/content-validation/validate.ts for all).`);
          logger.info(`${last} (compiled in ${seconds.toFixed(1)} s)`);
        } catch (e) {
          const report = findContentErrorsReport((e as { output?: string }).output ?? '');
          // Anything else is a bug of the code, with the validator's stack in its message.
          throw report ? new ContentMistakes(report) : e;
        }
        const { redirects } = await readContentDigest(root);
        updateConfig({ redirects: documentRedirectRoutes(redirects) });
      },
      // In `astro dev`, an edited text is compiled again and the page reloads; other content changes (new
      // documents, agencies) need a restart, which validates everything again.
      'astro:server:setup': ({ server, logger }) => {
        const texts = path.join(root, 'src/content/texts');
        server.watcher.on('change', async (file) => {
          if (!file.startsWith(texts) || !file.endsWith('.mdx')) return;
          const { agencies, documents } = await readContentDigest(root);
          const catalogue = [];
          for await (const d of documents()) catalogue.push({ id: d.id, type: d.meta.type, number: d.meta.number, date: d.meta.date, titles: { vi: d.texts.vi?.title ?? d.meta.title?.vi, en: d.texts.en?.title ?? d.meta.title?.en } });
          const [result] = await compileTexts([{ file, outDir: compiledTextDir(path.basename(path.dirname(file)), root) }], { agencies, documents: catalogue, threads: 1 });
          for (const e of result.errors) logger.error(formatContentError(e));
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
