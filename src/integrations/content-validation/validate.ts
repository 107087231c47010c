/**
 * The content validation and text compile as a process of its own (run by content-validation.ts): the
 * index of a large corpus takes gigabytes while it is built, and a separate process gives all of it back
 * before Astro starts building pages, so the build's peak memory is the larger of the two, not their sum.
 * Usage: node src/integrations/content-validation/validate.ts <project root>
 * Prints one line of figures on success; prints every content error and exits 1 otherwise.
 */
import { buildContentIndex, defaultPaths } from '../../lib/content/content-index.ts';
import { digestPath, writeContentDigest } from '../../lib/content/digest.ts';
import { compiledTextsDir } from '../../lib/content/compiled.ts';
import { ContentErrors } from '../../lib/content/errors.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const index = await buildContentIndex(defaultPaths(root), { compileTo: compiledTextsDir(root) });
  writeContentDigest(index, digestPath(root));
  const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
  console.log(JSON.stringify({ documents: index.documents.size, clauses, agencies: index.agencies.size }));
} catch (e) {
  console.error(e instanceof ContentErrors ? e.message : (e as Error).stack ?? String(e));
  process.exit(1);
}
