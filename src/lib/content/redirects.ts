import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { redirectsSchema } from './schemas.ts';

/** Declared moves of published URLs (validated with the rest of the content at build start). */
export function loadRedirects(root = process.cwd()) {
  const file = path.join(root, 'src/content/redirects.yaml');
  return redirectsSchema.parse(fs.existsSync(file) ? (parse(fs.readFileSync(file, 'utf8')) ?? {}) : {});
}

const byRoot = new Map<string, Map<string, Record<string, string>>>();

/** Old clause id -> new clause id, for one document. Read once per build: every document page asks. */
export function clauseRedirectsFor(document: string, root = process.cwd()): Record<string, string> {
  let byDocument = byRoot.get(root);
  if (!byDocument) {
    byDocument = new Map();
    for (const r of loadRedirects(root).clauses) {
      const moves = byDocument.get(r.document) ?? {};
      moves[r.from] = r.to;
      byDocument.set(r.document, moves);
    }
    byRoot.set(root, byDocument);
  }
  return { ...byDocument.get(document) };
}
