import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { redirectsSchema } from '../schemas.ts';

/** Declared moves of published URLs (validated with the rest of the content at build start). */
export function loadRedirects(root = process.cwd()) {
  const file = path.join(root, 'src/content/redirects.yaml');
  return redirectsSchema.parse(fs.existsSync(file) ? (parse(fs.readFileSync(file, 'utf8')) ?? {}) : {});
}

/** Old clause id -> new clause id, for one document. */
export function clauseRedirectsFor(document: string, root?: string): Record<string, string> {
  return Object.fromEntries(loadRedirects(root).clauses.filter((r) => r.document === document).map((r) => [r.from, r.to]));
}
