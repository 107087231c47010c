/**
 * Document metadata (src/content/documents/<id>.yaml): its issuers, its text folder, its source files and
 * its relations to other documents and their clauses.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMeta } from '../schemas.ts';
import { ContentError } from '../errors.ts';
import { lineOf, type YamlFile } from '../yaml-file.ts';
import { checkAgencyIds, type AgencyRegistry } from './agencies.ts';
import { clausesOf, type TextSet } from './texts.ts';

export interface LoadedDocument {
  file: string;
  meta: DocumentMeta;
  y: YamlFile;
}

export interface DocumentSet {
  /** Every document with a metadata file, valid or not: it exists for the checks of other files. */
  known: Set<string>;
  /** The documents whose metadata is valid. */
  valid: Map<string, LoadedDocument>;
}

export interface DocumentContext {
  registry: AgencyRegistry;
  documents: DocumentSet;
  texts: TextSet;
  /** provenance/sources */
  sources: string;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function checkDocument(id: string, { meta, y }: LoadedDocument, context: DocumentContext, errors: ContentError[], warnings: ContentError[]): void {
  const { registry, documents, texts } = context;
  checkAgencyIds(registry, y, meta.issuer, (i) => ['issuer', i], (agencyId) => `unknown agency id "${agencyId}".`, errors);
  if (meta.hasText && !texts.has(id)) {
    errors.push(new ContentError(y.file, lineOf(y, ['hasText']), `document "${id}" says hasText: true but src/content/texts/${id}/ does not exist.`, 'add the texts or set hasText: false.'));
  }
  if (!meta.hasText && !meta.title) {
    errors.push(new ContentError(y.file, lineOf(y, []), `document "${id}" has no text, so it needs a title.`, 'add title: { vi: ..., en: ... }.'));
  }
  const text = texts.get(id)?.byLang;
  if (meta.hasText && text?.vi && !text.en && !meta.title) {
    errors.push(new ContentError(y.file, lineOf(y, []), `document "${id}" has no English text, so its English page needs a title.`, "add title: { vi: <the title as in vi.mdx>, en: <the site's English title> } (and a summary in both languages)."));
  }
  if (!meta.issuer.length && !meta.issuerPrinted) {
    // A source that names no issuer (a text cited only by its number, a page of news) still builds; its page says the issuer is unknown.
    warnings.push(new ContentError(y.file, lineOf(y, ['issuer']), `document "${id}" names no issuer.`, "add the issuing body's agency id to issuer, or, if it is not in agencies.yaml yet, its name as printed in issuerPrinted."));
  }
  meta.sources.forEach((source, i) => {
    const file = path.join(context.sources, source.file);
    if (!fs.existsSync(file)) {
      errors.push(new ContentError(y.file, lineOf(y, ['sources', i, 'file']), `source file "${source.file}" is not in provenance/sources/.`, 'copy the raw source file there, unchanged.'));
      return;
    }
    const actual = sha256(file);
    if (actual !== source.sha256) {
      errors.push(new ContentError(y.file, lineOf(y, ['sources', i, 'sha256']), `the SHA-256 of provenance/sources/${source.file} is ${actual}, not the recorded ${source.sha256}.`, 'restore the original source file; if a new version was deliberately added, record its hash.'));
    }
  });
  meta.relations.forEach((rel, i) => {
    if (!documents.known.has(rel.target)) {
      errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'target']), `relation "${rel.type}" points at an unknown document "${rel.target}".`, 'use the id (file name without .yaml) of a document in src/content/documents/.'));
      return;
    }
    if (rel.clause) {
      const clauses = clausesOf(texts, rel.target);
      if (clauses === undefined) {
        errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'clause']), `relation "${rel.type}" points at clause "${rel.clause}" of document "${rel.target}", which has no text on the site.`, 'remove "clause", or add the text of that document.'));
      } else if (clauses !== 'unchecked' && !clauses.has(rel.clause)) {
        errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'clause']), `relation "${rel.type}" points at clause "${rel.clause}", which document "${rel.target}" does not have.`, 'use a clause id listed for that document in /data/documents.json (or tests/clause-manifest.json).'));
      }
    }
    if (rel.from) {
      const clauses = clausesOf(texts, id);
      if (clauses === undefined) {
        errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'from']), `relation "${rel.type}" is stated in clause "${rel.from}", but this document has no text on the site.`, 'remove "from", or add the text.'));
      } else if (clauses !== 'unchecked' && !clauses.has(rel.from)) {
        errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'from']), `relation "${rel.type}" is stated in clause "${rel.from}", which this document does not have.`, "use one of this document's clause ids."));
      }
    }
  });
}
