/**
 * The documents a query finds, in the order of src/lib/search/ranking.ts: Pagefind searches each word of the
 * plan on its own (one call per word, over the chunks it loads anyway), the positions give each document a
 * bound, and documents' fragments are fetched in the order of their bounds until the first page is known to
 * be the best (fetchNext); each fetched document is ranked by its best clause.
 */
import type { Lang } from '../../lib/i18n/languages.ts';
import type { QueryPlan } from '../../lib/search/query.ts';
import { wordKey, splitWords } from '../../lib/search/words.ts';
import {
  NO_MATCH,
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
import type { Filters, PagefindData, PagefindResult, SearchIndex } from './pagefind.ts';

export interface LoadedDocument {
  data: PagefindData;
  words: string[];
  occurrences: Occurrence[];
  /** Its clauses holding words of the query, best first; its head when none does (a search by filters only). */
  regions: RankedRegion[];
}

export interface DocumentCandidate extends Candidate {
  positions: Map<string, number[]>;
  data: () => Promise<PagefindData>;
  loaded?: LoadedDocument;
}

export interface Found {
  candidates: DocumentCandidate[];
  /** Documents that hold every word, and that hold them as a phrase (by their bounds). */
  full: number;
  phrase: number;
  filters: Record<string, Record<string, number>>;
}

/**
 * Searches every word of the plan over the shards merged so far. Filter counts come from a search of the
 * query as typed (Pagefind's own: documents holding every word), and only when asked for.
 */
export async function findDocuments(index: SearchIndex, plan: QueryPlan, lang: Lang, query: string, filters: Filters | undefined, withCounts: boolean): Promise<Found> {
  const pf = await index.load();
  await index.settled();
  const options = filters ? { filters } : undefined;
  const terms = plan.terms.length ? plan.terms : [null];
  const [searches, counts] = await Promise.all([
    Promise.all(terms.map((t) => pf.search(t, options))),
    withCounts && plan.terms.length ? pf.search(query, options) : undefined,
  ]);
  const byPage = new Map<string, DocumentCandidate>();
  searches.forEach((search, i) => {
    const key = terms[i] === null ? '' : wordKey(terms[i]);
    for (const r of search.results as PagefindResult[]) {
      let c = byPage.get(r.id);
      if (!c) byPage.set(r.id, (c = { id: r.id, score: 0, bound: NO_MATCH, positions: new Map(), data: r.data }));
      c.positions.set(key, r.words);
      c.score += r.score;
    }
  });
  const candidates: DocumentCandidate[] = [];
  for (const c of byPage.values()) {
    if (!plan.slots.length) {
      candidates.push(c);
      continue;
    }
    c.bound = matchKey(plan, findOccurrences(plan, c.positions, lang), 0, true);
    if (isResult(plan, c.bound)) candidates.push(c);
  }
  return {
    candidates,
    full: candidates.filter((c) => c.bound.coverage === plan.slots.length).length,
    phrase: candidates.filter((c) => c.bound.phrase).length,
    filters: (counts ?? searches[0])?.filters ?? {},
  };
}

/** Fetches a document's fragment and ranks its clauses. */
async function load(plan: QueryPlan, lang: Lang, c: DocumentCandidate): Promise<void> {
  const data = await c.data();
  const words = splitWords(data.content ?? '');
  const occurrences = plan.slots.length ? findOccurrences(plan, c.positions, lang, words) : [];
  const regions = regionsOf(data.anchors ?? [], words.length);
  let ranked = rankRegions(plan, occurrences, regions);
  if (!ranked.length && regions.length) ranked = [{ region: regions[0] as Region, key: { ...NO_MATCH }, occurrences: [] }];
  c.loaded = { data, words, occurrences, regions: ranked };
  c.key = ranked[0]?.key ?? { ...NO_MATCH };
}

/**
 * Fetches fragments until the first `want` documents are known to be the best, fetching at most `extra`
 * documents beyond them (each costs its fragment), then returns every candidate in order.
 */
export async function rankDocuments(plan: QueryPlan, lang: Lang, candidates: DocumentCandidate[], want: number, extra: number): Promise<DocumentCandidate[]> {
  const limit = candidates.filter((c) => c.loaded).length + Math.max(0, want - candidates.filter((c) => c.loaded).length) + extra;
  for (;;) {
    const next = fetchNext(candidates, want, limit) as DocumentCandidate[];
    if (!next.length) break;
    await Promise.all(next.map((c) => load(plan, lang, c)));
  }
  return [...candidates].sort(compareCandidates);
}
