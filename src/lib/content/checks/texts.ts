/**
 * The document texts (src/content/texts/<document>/<lang>.mdx), as compiled by the text compiler: each
 * file's mistakes, its frontmatter, the files a text folder must and must not hold, and the two languages'
 * structures. A text with mistakes is marked "failed": the checks that need its clauses (relations, tasks,
 * targets, redirects) skip it rather than report what follows from its mistakes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CompileResult } from '../../text/compiler.ts';
import type { ClauseRecord, TextRecords } from '../../text/records.ts';
import { LANGS, type Lang } from '../../i18n/languages.ts';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { textFrontmatter, type TextFrontmatter } from '../schemas.ts';
import { parseYamlData } from '../yaml-file.ts';
import type { DocumentSet } from './documents.ts';
import { compareStructures } from './structure.ts';

export interface CheckedText extends TextRecords {
  file: string;
  clauseById: Map<string, ClauseRecord>;
  /** Undefined if the frontmatter has mistakes (its clauses are still sound). */
  frontmatter?: TextFrontmatter;
}

export interface DocumentTexts {
  dir: string;
  /** The text of each language the folder holds; "failed" if it has mistakes, which are reported. */
  byLang: Partial<Record<Lang, CheckedText | 'failed'>>;
  /** False if the languages' structures differ (reported): their clauses cannot be compared one by one. */
  sameStructure: boolean;
}

/** Texts by document id. */
export type TextSet = Map<string, DocumentTexts>;

export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Vietnamese', en: 'English' };

/**
 * The clauses of a document, by id, from its Vietnamese text (the English has the same ids, or a structure
 * error is reported): "unchecked" if that text failed, undefined if the document has no text.
 */
export function clausesOf(texts: TextSet, documentId: string): Map<string, ClauseRecord> | 'unchecked' | undefined {
  const entry = texts.get(documentId);
  if (!entry) return undefined;
  const reference = entry.byLang.vi ?? entry.byLang.en;
  return reference === undefined || reference === 'failed' ? 'unchecked' : reference.clauseById;
}

/** The document text folders, in order. */
export function textFolders(textDir: string): string[] {
  if (!fs.existsSync(textDir)) return [];
  return fs
    .readdirSync(textDir)
    .sort()
    .filter((id) => fs.statSync(path.join(textDir, id)).isDirectory());
}

export function checkTexts(textDir: string, folders: readonly string[], compiled: readonly CompileResult[], documents: DocumentSet, errors: ContentError[]): TextSet {
  const byFile = new Map(compiled.map((r) => [r.file, r]));
  const texts: TextSet = new Map();
  for (const documentId of folders) {
    const dir = path.join(textDir, documentId);
    const entry: DocumentTexts = { dir, byLang: {}, sameStructure: true };
    for (const lang of LANGS) {
      const result = byFile.get(path.join(dir, `${lang}.mdx`));
      if (result) entry.byLang[lang] = checkedText(result, errors);
    }
    // A document may be Vietnamese-only (its English page shows the Vietnamese text), never English-only.
    if (!entry.byLang.vi) {
      errors.push(new ContentError(dir, undefined, 'the Vietnamese text vi.mdx is missing.', 'every document the site holds has its Vietnamese text: add vi.mdx (an unofficial translation if the source is in another language).'));
    }
    for (const name of fs.readdirSync(dir)) {
      if (!LANGS.some((l) => name === `${l}.mdx`)) {
        errors.push(new ContentError(path.join(dir, name), undefined, `unexpected file "${name}" in a document text folder.`, 'a text folder holds only vi.mdx and en.mdx.'));
      }
    }
    if (!documents.known.has(documentId)) {
      errors.push(new ContentError(dir, undefined, `texts/${documentId} has no metadata.`, `add src/content/documents/${documentId}.yaml.`));
    }
    const { vi, en } = entry.byLang;
    if (vi && en && vi !== 'failed' && en !== 'failed') {
      // Reported in the translation, against the source text.
      const source = documents.valid.get(documentId)?.meta.sourceLanguage ?? 'vi';
      const [here, there] = source === 'vi' ? [en, vi] : [vi, en];
      const difference = compareStructures(here, there);
      if (difference) {
        errors.push(difference);
        entry.sameStructure = false;
      }
    }
    texts.set(documentId, entry);
  }
  return texts;
}

function checkedText(result: CompileResult, errors: ContentError[]): CheckedText | 'failed' {
  for (const e of result.errors) errors.push(new ContentError(e.file, e.line, e.problem, e.fix));
  if (!result.frontmatter) return 'failed';
  // The frontmatter starts on line 2 of the file.
  const read = parseYamlData(result.file, result.frontmatter.yaml, errors, 2);
  const frontmatter = read && checkSchema(read.y, textFrontmatter, read.data ?? {}, [], errors);
  if (!result.text) return 'failed';
  return { file: result.file, ...result.text, clauseById: new Map(result.text.clauses.map((c) => [c.id, c])), frontmatter };
}
