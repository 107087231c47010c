/**
 * The validator's compiled output, the one source every consumer reads (ARCHITECTURE.md):
 *   .astro/compiled/digest.ndjson               the validated metadata: agencies, news, redirects, then one
 *                                               line per document (metadata, text titles, tasks, targets)
 *   .astro/compiled/texts/<doc>/<lang>.html     a text's HTML
 *   .astro/compiled/texts/<doc>/<lang>.json     its clause and mention records
 * The content layer loads its collections from the digest (loaders.ts); pages, open data, share pages and
 * the search index read texts from here, one at a time, so nothing holds every text in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/languages.ts';
import type { TextRecords } from '../text/records.ts';

export function compiledDir(root = process.cwd()): string {
  return path.join(root, '.astro', 'compiled');
}

export function compiledTextsDir(root = process.cwd()): string {
  return path.join(compiledDir(root), 'texts');
}

/** Where the compiler writes one document's texts. */
export function compiledTextDir(documentId: string, root = process.cwd()): string {
  return path.join(compiledTextsDir(root), documentId);
}

export function digestPath(root = process.cwd()): string {
  return path.join(compiledDir(root), 'digest.ndjson');
}

export function textHtml(documentId: string, lang: Lang, root = process.cwd()): string {
  return fs.readFileSync(path.join(compiledTextDir(documentId, root), `${lang}.html`), 'utf8');
}

export function textRecords(documentId: string, lang: Lang, root = process.cwd()): TextRecords {
  return JSON.parse(fs.readFileSync(path.join(compiledTextDir(documentId, root), `${lang}.json`), 'utf8'));
}
