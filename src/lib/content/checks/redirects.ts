/**
 * Moves of published URLs (src/content/redirects.yaml): a redirected clause or document must be gone, and
 * its target must exist.
 */
import fs from 'node:fs';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { redirectsSchema, type Redirects } from '../schemas.ts';
import { lineOf, readYamlData } from '../yaml-file.ts';
import type { DocumentSet } from './documents.ts';
import { clausesOf, type TextSet } from './texts.ts';

export function checkRedirects(file: string, documents: DocumentSet, texts: TextSet, errors: ContentError[]): Redirects {
  const none: Redirects = { clauses: [], documents: [] };
  if (!fs.existsSync(file)) return none;
  const read = readYamlData(file, errors);
  const redirects = read && checkSchema(read.y, redirectsSchema, read.data ?? {}, [], errors);
  if (!read || !redirects) return none;
  const { y } = read;
  redirects.clauses.forEach((r, i) => {
    if (!documents.known.has(r.document)) {
      errors.push(new ContentError(file, lineOf(y, ['clauses', i, 'document']), `redirect for unknown document "${r.document}".`, 'use a document id from src/content/documents/.'));
      return;
    }
    const clauses = clausesOf(texts, r.document);
    if (clauses === 'unchecked') return;
    if (clauses?.has(r.from)) errors.push(new ContentError(file, lineOf(y, ['clauses', i, 'from']), `clause "${r.from}" still exists in "${r.document}", so it cannot be redirected.`, 'remove the redirect, or the clause.'));
    else if (!clauses?.has(r.to)) errors.push(new ContentError(file, lineOf(y, ['clauses', i, 'to']), `redirect target "${r.to}" is not a clause of "${r.document}".`, 'point the redirect at an existing clause id.'));
  });
  redirects.documents.forEach((r, i) => {
    if (!documents.known.has(r.to)) errors.push(new ContentError(file, lineOf(y, ['documents', i, 'to']), `redirect target "${r.to}" is not a document.`, 'point the redirect at an existing document id.'));
    if (documents.known.has(r.from)) errors.push(new ContentError(file, lineOf(y, ['documents', i, 'from']), `document "${r.from}" still exists, so it cannot be redirected.`, 'remove the redirect, or the document.'));
  });
  return redirects;
}
