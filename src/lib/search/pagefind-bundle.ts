/**
 * The files of a Pagefind bundle the site never loads. Pagefind writes its whole kit into every bundle: its
 * UIs (default, modular, component), the highlighter, the worker, and in each period shard its JavaScript and
 * WebAssembly again. The search page uses its own interface over pagefind.js without the worker (src/client/
 * search/pagefind.ts), and a shard merged into the primary instance loads only its page table, word chunks,
 * filters and fragments (pagefind.js: mergeIndex, load_wasm false). Each is a file a static host counts:
 * about a dozen per shard.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Files of Pagefind's kit the site never fetches, in any bundle. */
export const UNUSED_KIT = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Removes what the bundle in `dir` does not need: the unused kit, and in a merged (older) shard the library and WebAssembly too. */
export function pruneBundle(dir: string, primary: boolean): string[] {
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const unused = UNUSED_KIT.includes(name) || (!primary && (name === 'pagefind.js' || /^wasm\.[a-z-]+\.pagefind$/.test(name)));
    if (!unused || !fs.statSync(path.join(dir, name)).isFile()) continue;
    fs.rmSync(path.join(dir, name));
    removed.push(name);
  }
  return removed;
}
