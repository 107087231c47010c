/**
 * Document data for pages, derived once per build from the content collections. Every index page reads
 * these lists (metadata and titles only); no page renders another document's body, so building N
 * documents costs O(N) rather than O(N^2).
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import type { DocumentMeta, Relation } from '../content/schemas.ts';
import type { Lang } from '../i18n/languages.ts';
import { LANGS } from '../i18n/languages.ts';
import { documentCitationForms } from '../text/document-citation.ts';
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

let cache: Promise<{ list: DocumentSummary[]; byId: Map<string, DocumentSummary>; backlinks: Map<string, Backlink[]> }> | undefined;

async function load() {
  const [docs, texts] = await Promise.all([getCollection('documents'), getCollection('texts')]);
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
  return { list, byId, backlinks };
}

function data() {
  cache ??= load();
  return cache;
}

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
  const issuers = await getEntries(doc.meta.issuer.map((id) => ({ collection: 'agencies' as const, id })));
  return documentCitationForms(doc.meta, doc.title, issuers.map((a) => a.data));
}
