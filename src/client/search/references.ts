/**
 * Legal references on the search page: the reference index's files (src/lib/search/references.ts), fetched
 * only for a query that looks like a reference, each at most once per page.
 */
import type { Lang } from '../../lib/i18n/languages.ts';
import type { AbbreviationIndex } from '../../lib/search/abbreviations.ts';
import type { LegalReference } from '../../lib/search/legal-reference.ts';
import { referencePaths, resolveReference, type CitedPage, type DocumentEntry, type ReferenceLoader, type ReferenceTarget, type UnitsBucketFile, unitsInLanguage } from '../../lib/search/references.ts';
import { fetchJson } from './pagefind.ts';

const cache = new Map<string, Promise<unknown>>();
function load<T>(relative: string): Promise<T | undefined> {
  const url = `/pagefind/${relative}`;
  if (!cache.has(url)) cache.set(url, fetchJson<T>(url));
  return cache.get(url) as Promise<T | undefined>;
}

const loader: ReferenceLoader = {
  byNumber: async (lead) => (await load<DocumentEntry[]>(referencePaths.number(lead))) ?? [],
  byTitle: async (lang, key) => (await load<DocumentEntry[]>(referencePaths.title(lang, key))) ?? [],
  mostCited: async (page) => (await load<CitedPage>(referencePaths.cited(page))) ?? { documents: [], more: false },
  units: async (document, lang, bucket) => unitsInLanguage(await load<UnitsBucketFile>(referencePaths.units(document, bucket)), lang),
};

/** The document page the reader came from, if any: an article cited without its document is looked for there first. */
function contextDocument(): string | undefined {
  try {
    const from = new URL(document.referrer);
    if (from.origin !== location.origin) return undefined;
    return /^\/(?:vi|en)\/documents\/([^/]+)\//.exec(from.pathname)?.[1];
  } catch {
    return undefined;
  }
}

export function findReferenceTargets(ref: LegalReference, lang: Lang, abbreviations: AbbreviationIndex): Promise<ReferenceTarget[]> {
  return resolveReference(ref, { lang, loader, abbreviations, context: contextDocument() }).catch(() => []);
}
