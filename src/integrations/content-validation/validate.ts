/**
 * The content validation and text compile as a process of its own (run by ./index.ts): the index of a large
 * corpus takes gigabytes while it is built, and a separate process gives all of it back before Astro
 * starts building pages, so the build's peak memory is the larger of the two, not their sum.
 * Usage: node src/integrations/content-validation/validate.ts
 * Writes the compiled content (src/lib/content/compiled.ts) and prints one line of figures on success;
 * prints every content mistake, one per line, and exits 1 otherwise.
 */
import { buildContentIndex, defaultPaths } from '../../lib/content/content-index.ts';
import { writeContentDigest } from '../../lib/content/digest.ts';
import { compiledTextsDir } from '../../lib/content/compiled.ts';
import { ContentErrors } from '../../lib/content/errors.ts';

const root = process.cwd();
try {
  const index = await buildContentIndex(defaultPaths(root), { compileTo: compiledTextsDir(root) });
  writeContentDigest(index, root);
  // Warnings go first, one per line; the last line is the figures the build logs.
  for (const w of index.warnings) console.log(`warning: ${w.message}`);
  const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
  console.log(`content valid: ${index.documents.size} documents, ${clauses} clauses per language, ${index.agencies.size} agencies${index.warnings.length ? `, ${index.warnings.length} warning(s) above` : ''}`);
} catch (e) {
  // A content mistake is the editor's to fix: the list says where and how, and nothing else is printed.
  // Anything else is a bug of the code and goes up with its stack.
  if (!(e instanceof ContentErrors)) throw e;
  console.error(e.message);
  process.exit(1);
}
