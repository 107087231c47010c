/**
 * The validator's compiled output, the one source every consumer reads (ARCHITECTURE.md):
 *   .astro/compiled/digest.ndjson               the validated metadata: agencies, news, redirects, then one
 *                                               line per document (metadata, text titles, tasks, targets)
 *   .astro/compiled/texts/<doc>/<lang>.html     a text's HTML
 *   .astro/compiled/texts/<doc>/<lang>.json     its clause and mention records
 *   .astro/compiled/mentions.json               the agency mentions of every Vietnamese text, by document
 * The content layer loads its collections from the digest (loaders.ts); pages, open data, share pages and
 * the search index read texts from here, one at a time, so nothing holds every text in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/languages.ts';
import type { Mention, TextRecords } from '../text/records.ts';

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

/** Where the validator writes the agency mentions of the Vietnamese texts (readMentions). */
export function mentionsPath(root = process.cwd()): string {
  return path.join(compiledDir(root), 'mentions.json');
}

/**
 * The agency mentions of each document's Vietnamese text, by document id: what the agency pages list.
 * Read from one small file, not from every text's records: at 10,000 documents those are 470 MB of JSON, parsed
 * by Astro's process only for this.
 */
export function readMentions(root = process.cwd()): Record<string, Mention[]> {
  return JSON.parse(fs.readFileSync(mentionsPath(root), 'utf8'));
}

export function textHtml(documentId: string, lang: Lang, root = process.cwd()): string {
  return fs.readFileSync(path.join(compiledTextDir(documentId, root), `${lang}.html`), 'utf8');
}

/**
 * The last two texts read, kept: a document's two side-by-side pages are rendered one after the other and
 * read the same two texts, and parsing a text's records is the largest cost of such a page (4,000 parses
 * instead of 2,000 at 1,000 documents). A text compiled again since (astro dev) is read again. Callers read
 * the records; none may change them.
 */
const recentRecords = new Map<string, { version: string; records: TextRecords }>();

export function textRecords(documentId: string, lang: Lang, root = process.cwd()): TextRecords {
  const file = path.join(compiledTextDir(documentId, root), `${lang}.json`);
  const { mtimeMs, size } = fs.statSync(file);
  const version = `${mtimeMs}:${size}`;
  const kept = recentRecords.get(file);
  if (kept?.version === version) return kept.records;
  const records: TextRecords = JSON.parse(fs.readFileSync(file, 'utf8'));
  recentRecords.delete(file);
  if (recentRecords.size >= 2) recentRecords.delete(recentRecords.keys().next().value!);
  recentRecords.set(file, { version, records });
  return records;
}
