/**
 * Declared moves of published URLs (src/content/redirects.yaml, checked by the validator): a moved
 * document keeps its old URL as a redirect page, and a moved clause id is followed in the browser (a
 * #fragment never reaches a server).
 */
import { LANGS } from '../i18n/languages.ts';
import { paths } from '../site/urls.ts';
import { readContentDigest } from './digest.ts';
import type { Redirects } from './schemas.ts';

/** Astro's `redirects` config for moved documents: the old URL in each language to the new one. */
export function documentRedirectRoutes(redirects: Redirects): Record<string, string> {
  return Object.fromEntries(redirects.documents.flatMap(({ from, to }) => LANGS.map((lang) => [paths.document(lang, from), paths.document(lang, to)])));
}

let clauseMoves: Promise<Map<string, Record<string, string>>> | undefined;

/** Old clause id -> new clause id, for one document. Read once per build: every document page asks. */
export async function clauseRedirectsFor(document: string): Promise<Record<string, string>> {
  clauseMoves ??= readContentDigest().then(({ redirects }) => {
    const byDocument = new Map<string, Record<string, string>>();
    for (const r of redirects.clauses) byDocument.set(r.document, { ...byDocument.get(r.document), [r.from]: r.to });
    return byDocument;
  });
  return { ...(await clauseMoves).get(document) };
}
