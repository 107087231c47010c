/**
 * The compiled document texts (text-compiler.ts), as pages read them: the HTML of a text and its clause
 * and mention records. Read from disk per page, never all held in memory, so page building stays flat in
 * memory however many documents there are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Mention } from '../text/records.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ClauseRecord } from '../text/records.ts';

export function compiledTextsDir(root = process.cwd()): string {
  return path.join(root, '.astro', 'texts');
}

export function textHtml(documentId: string, lang: Lang): string {
  return fs.readFileSync(path.join(compiledTextsDir(), documentId, `${lang}.html`), 'utf8');
}

export function textRecords(documentId: string, lang: Lang): { clauses: ClauseRecord[]; mentions: Mention[] } {
  return JSON.parse(fs.readFileSync(path.join(compiledTextsDir(), documentId, `${lang}.json`), 'utf8'));
}
