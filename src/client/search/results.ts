/**
 * The documents a query finds, in the order of src/lib/search/ranking.ts: Pagefind searches each word of the
 * plan on its own (one call per word, over the chunks it loads anyway), the positions give each document a
 * bound, and documents' fragments are fetched in the order of their bounds until the first page is known to
 * be the best (fetchNext); each fetched document is ranked by its best clause.
 */
import type { Lang } from '../../lib/i18n/languages.ts';
import type { QueryPlan } from '../../lib/search/query.ts';
import { wordKey, splitWords } from '../../lib/search/words.ts';
import { phraseKey } from '../../lib/search/abbreviations.ts';
import {
  DOCUMENT,
  NO_MATCH,
  RECORD,
  RECORD_NAMED,
  compareCandidates,
  fetchNext,
  findOccurrences,
  isResult,
  matchKey,
  rankRegions,
  regionsOf,
  type Candidate,
  type Occurrence,
  type RankedRegion,
  type Region,
} from '../../lib/search/ranking.ts';
import { bestSlice, sliceRegions, sliceTable, type FragmentSlice } from '../../lib/search/slices.ts';
import { fetchJson, type Filters, type PagefindData, type PagefindResult, type SearchIndex } from './pagefind.ts';

/** Registry records fetched ahead in case one is named exactly as typed. */
const NAMED_RECORDS = 3;

export interface LoadedDocument {
  data: PagefindData;
  words: string[];
  occurrences: Occurrence[];
  /** Its clauses holding words of the query, best first; its head when none does (a search by filters only). */
  regions: RankedRegion[];
}

export interface DocumentCandidate extends Candidate {
  /** A record of the registry (an agency), not a document. */
  record: boolean;
  positions: Map<string, number[]>;
  data: () => Promise<PagefindData>;
  loaded?: LoadedDocument;
}

export interface Found {
  candidates: DocumentCandidate[];
  /** Documents that hold every word (by their bounds). */
  full: number;
  /** Documents that hold every word with no other word between them, in any order (by their bounds). */
  together: number;
  filters: Record<string, Record<string, number>>;
}

/**
 * Searches every word of the plan over the shards merged so far, and the query as typed: Pagefind's own
 * search (documents holding every word) gives the filter counts and, for documents that tie on every rule
 * of the ranking, its score decides which are fetched first. Summing each word's score instead would put
 * the longest texts first (a law holds "bảo" hundreds of times), and their fragments are the largest.
 */
export async function findDocuments(index: SearchIndex, plan: QueryPlan, lang: Lang, query: string, filters: Filters | undefined): Promise<Found> {
  const [pf, pages] = await Promise.all([index.load(), index.primaryPages()]);
  await index.settled();
  const options = filters ? { filters } : undefined;
  const terms = plan.terms.length ? plan.terms : [null];
  const [searches, whole] = await Promise.all([Promise.all(terms.map((t) => pf.search(t, options))), plan.terms.length ? pf.search(query.replace(/["“”]/g, ' '), options) : undefined]);
  const scores = new Map((whole?.results ?? []).map((r) => [r.id, r.score]));
  const byPage = new Map<string, DocumentCandidate>();
  searches.forEach((search, i) => {
    const key = terms[i] === null ? '' : wordKey(terms[i]);
    for (const r of search.results as PagefindResult[]) {
      let c = byPage.get(r.id);
      if (!c) byPage.set(r.id, (c = { id: r.id, record: pages.records.has(r.id), large: pages.large.has(r.id), score: scores.get(r.id) ?? 0, bound: { ...NO_MATCH }, positions: new Map(), data: r.data }));
      c.positions.set(key, r.words);
      // Without the whole query, the words' own scores, far below any whole-query score.
      if (!scores.has(r.id)) c.score += r.score / 1000;
    }
  });
  const candidates: DocumentCandidate[] = [];
  for (const c of byPage.values()) {
    if (!plan.slots.length) {
      candidates.push(c);
      continue;
    }
    c.bound = { ...matchKey(plan, findOccurrences(plan, c.positions, lang), 0, true), kind: c.record ? RECORD : DOCUMENT };
    if (isResult(plan, c.bound)) candidates.push(c);
  }
  return {
    candidates,
    full: candidates.filter((c) => c.bound.coverage === plan.slots.length).length,
    together: candidates.filter((c) => c.bound.coverage === plan.slots.length && c.bound.window === plan.slots.length).length,
    filters: (whole ?? searches[0])?.filters ?? {},
  };
}

/** Whether a registry record names what was typed: its name, abbreviation or an alias is the query. */
function namesQuery(plan: QueryPlan, content: string): boolean {
  const typed = phraseKey(plan.slots.flatMap((s) => splitWords(s.typed)));
  return content.split(/\.\s+/).some((name) => phraseKey(splitWords(name)) === typed);
}

/**
 * A document's words and clauses: from its fragment, or for a long document whose fragment is sliced
 * (src/lib/search/slices.ts), from the one slice its best match is in; the words of other slices stay
 * empty, so no match is found or shown outside it.
 */
async function textOf(plan: QueryPlan, lang: Lang, c: DocumentCandidate, data: PagefindData): Promise<{ words: string[]; regions: Region[] }> {
  const table = sliceTable(data);
  if (!table) {
    const words = splitWords(data.content ?? '');
    return { words, regions: regionsOf(data.anchors ?? [], words.length) };
  }
  const ungraded = plan.slots.length ? findOccurrences(plan, c.positions, lang) : [];
  const slice = await fetchJson<FragmentSlice>(table[bestSlice(plan, ungraded, table)][2]);
  const words: string[] = new Array(table[table.length - 1][1]).fill('');
  if (!slice || typeof slice.content !== 'string' || !Array.isArray(slice.anchors)) return { words, regions: [] };
  splitWords(slice.content).forEach((w, i) => (words[slice.from + i] = w));
  return { words, regions: sliceRegions(slice) };
}

/** Fetches a document's fragment (and slice) and ranks its clauses. */
async function load(plan: QueryPlan, lang: Lang, c: DocumentCandidate): Promise<void> {
  const data = await c.data();
  const { words, regions } = await textOf(plan, lang, c, data);
  const occurrences = plan.slots.length ? findOccurrences(plan, c.positions, lang, words) : [];
  let ranked = rankRegions(plan, occurrences, regions);
  if (!ranked.length && regions.length) ranked = [{ region: regions[0] as Region, key: { ...NO_MATCH }, occurrences: [] }];
  c.loaded = { data, words, occurrences, regions: ranked };
  c.key = { ...(ranked[0]?.key ?? NO_MATCH), kind: c.record ? (namesQuery(plan, data.content ?? '') ? RECORD_NAMED : RECORD) : DOCUMENT };
}

/**
 * Fetches fragments until the first `want` documents are known to be the best, fetching at most `extra`
 * documents beyond them (each costs its fragment), then returns every candidate in order.
 */
export async function rankDocuments(plan: QueryPlan, lang: Lang, candidates: DocumentCandidate[], want: number, extra: number): Promise<DocumentCandidate[]> {
  // A record that could be named exactly as typed (it holds the query as a phrase, no word between) is
  // fetched with the first: a record is a few hundred bytes, and it goes first if it is.
  const loaded = candidates.filter((c) => c.loaded).length;
  const named = candidates.filter((c) => c.record && !c.loaded && c.bound.phrase && c.bound.coverage === plan.slots.length && c.bound.window === plan.slots.length).slice(0, NAMED_RECORDS);
  await Promise.all(named.map((c) => load(plan, lang, c)));
  const limit = loaded + Math.max(0, want - loaded) + extra + named.length;
  for (;;) {
    const next = fetchNext(candidates, want, limit) as DocumentCandidate[];
    if (!next.length) break;
    await Promise.all(next.map((c) => load(plan, lang, c)));
  }
  return [...candidates].sort(compareCandidates);
}
