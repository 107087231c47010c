import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compiledTextsDir } from '../../lib/content/compiled.ts';
import { compileTexts } from '../../lib/text/compiler.ts';

/** Runs validate.ts in its own process; resolves with its figures or rejects with its errors. */
function validateInChildProcess(root: string): Promise<{ documents: number; clauses: number; agencies: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'src/integrations/content-validation/validate.ts'), root], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(err.trim() || `content validation exited with ${code}`))));
  });
}

/**
 * Validates the whole content folder before Astro syncs it, so a content mistake stops the build with
 * every error listed as file:line, problem and fix, instead of surfacing later as a broken page. The same
 * pass compiles every text (text-compiler.ts) for the pages and writes the content digest for the steps
 * after the build. It runs as a separate process (validate.ts) so that its memory is returned
 * before pages are built.
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
        const figures = await validateInChildProcess(root);
        logger.info(`content valid: ${figures.documents} documents, ${figures.clauses} clauses per language, ${figures.agencies} agencies (compiled in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
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
