/**
 * Document data for pages, derived once per build from the content collections. Every index page reads
 * these lists (metadata and titles only); no page renders another document's body, so building N
 * documents costs O(N) rather than O(N^2).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Agency, DocumentMeta, Relation } from '../content/schemas.ts';
import type { Lang } from '../i18n/languages.ts';
import { LANGS } from '../i18n/languages.ts';
import { documentCitationForms, issuerNames, shortForm as shortFormOf } from '../text/document-citation.ts';
import { compareNewestFirst } from '../content/order.ts';

export interface DocumentSummary {
  id: string;
  meta: DocumentMeta;
  title: Record<Lang, string>;
  texts: Partial<Record<Lang, CollectionEntry<'texts'>>>;
}

export interface Backlink {
  source: string;
  type: Relation['type'];
  /** Clause of the source document where the relation is stated. */
  from?: string;
  /** Clause of this document that is meant. */
  clause?: string;
}

let cache: Promise<{ list: DocumentSummary[]; byId: Map<string, DocumentSummary>; backlinks: Map<string, Backlink[]>; agencies: Map<string, Agency> }> | undefined;

async function load() {
  const [docs, texts, agencyEntries] = await Promise.all([getCollection('documents'), getCollection('texts'), getCollection('agencies')]);
  const agencies = new Map(agencyEntries.map((a) => [a.id, a.data]));
  const textsByDoc = new Map<string, Partial<Record<Lang, CollectionEntry<'texts'>>>>();
  for (const text of texts) {
    const [docId, lang] = text.id.split('/') as [string, Lang];
    const entry = textsByDoc.get(docId) ?? {};
    entry[lang] = text;
    textsByDoc.set(docId, entry);
  }
  const list: DocumentSummary[] = docs.map((doc) => {
    const t = textsByDoc.get(doc.id) ?? {};
    const title = Object.fromEntries(
      LANGS.map((lang) => [lang, t[lang]?.data.title ?? doc.data.title?.[lang] ?? doc.id]),
    ) as Record<Lang, string>;
    return { id: doc.id, meta: doc.data, title, texts: t };
  });
  list.sort((a, b) => compareNewestFirst({ id: a.id, date: a.meta.date }, { id: b.id, date: b.meta.date }));
  const byId = new Map(list.map((d) => [d.id, d]));
  const backlinks = new Map<string, Backlink[]>();
  for (const doc of list) {
    for (const rel of doc.meta.relations) {
      const links = backlinks.get(rel.target) ?? [];
      links.push({ source: doc.id, type: rel.type, from: rel.from, clause: rel.clause });
      backlinks.set(rel.target, links);
    }
  }
  return { list, byId, backlinks, agencies };
}

function data() {
  cache ??= load();
  return cache;
}

/** Rows on a page of the document list (about 250 KB of HTML). */
export const DOCUMENTS_PER_PAGE = 500;
/** Documents with text the home page presents; the list has them all. */
export const HOME_DOCUMENTS = 12;

export async function allDocuments(): Promise<DocumentSummary[]> {
  return (await data()).list;
}

export async function documentById(id: string): Promise<DocumentSummary | undefined> {
  return (await data()).byId.get(id);
}

export async function documentsById(): Promise<ReadonlyMap<string, DocumentSummary>> {
  return (await data()).byId;
}

export async function backlinksTo(id: string): Promise<Backlink[]> {
  return (await data()).backlinks.get(id) ?? [];
}

/** The first-mention form of a document in both languages, for citations. */
export async function citationForms(doc: DocumentSummary): Promise<Record<Lang, string>> {
  const { agencies } = await data();
  return documentCitationForms(doc.meta, doc.title, (id) => agencies.get(id));
}

/** The names of a document's issuing bodies in a language (the body as printed, if the registry lacks it). */
export async function issuedBy(doc: DocumentSummary, lang: Lang): Promise<string> {
  const { agencies } = await data();
  return issuerNames(doc.meta, (id) => agencies.get(id), lang);
}

/** How a list names a document in one short line (document-citation.ts). */
export function shortForm(doc: DocumentSummary, lang: Lang): string {
  return shortFormOf(doc.meta, doc.title[lang], lang);
}

/** The languages a document's text can be read in (none for a document the site only cites). */
export function textLanguages(doc: DocumentSummary): Lang[] {
  return LANGS.filter((lang) => doc.texts[lang]);
}
