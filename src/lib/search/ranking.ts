/**
 * Ranking by what the reader typed. Each clause that holds words of the query gets a key, compared in order:
 *  1. phrase: it holds every word of the query next to each other, in order (phrase holders first);
 *  2. coverage: how many words of the query it holds (every word above some);
 *  3. window: how few words stand between them in the smallest stretch of it that holds them, plus one
 *     per word of the query (closest together first; a phrase of n words has a window of n);
 *  4. kind: an agency named exactly as typed, then clauses of documents, then other records of the registry
 *     (an agency's record is a name and its aliases: it would win every tie below on its shortness alone);
 *  5. exactness: how well the words match, summed over the query's words: as typed (tone conventions aside)
 *     above without diacritics, above a stem or extension Pagefind matched (exact diacritics first);
 *  6. length: the shorter clause first.
 * A document ranks by its best clause, so the best clause of a document Pagefind scores lower can come
 * first; Pagefind's score only breaks ties.
 *
 * Clauses are known only from a document's fragment, which costs a download. Before that, the positions
 * Pagefind returns for each word give a document a bound: the key its best clause could at most have
 * (positions over the whole page, so a stretch may cross clauses; every match counted as exact; length
 * unknown): more occurrences only ever make a stretch closer. Records of the registry are known from a list
 * the build writes. No clause can beat its document's bound, so fragments are fetched in the order of the bounds
 * until the documents shown are known to be the best (fetchNext). Browser-safe.
 */
import type { Lang } from '../i18n/languages.ts';
import type { QueryPlan } from './query.ts';
import { Quality, matchQuality, wordKey } from './words.ts';

/** A stretch of a page that one alternative of one slot of the query fills. */
export interface Occurrence {
  slot: number;
  start: number;
  /** Inclusive: a run of several words ends after its start. */
  end: number;
  quality: Quality;
}

export interface MatchKey {
  phrase: boolean;
  coverage: number;
  window: number;
  exactness: number;
  /** RECORD_NAMED, DOCUMENT or RECORD (kinds of results, in their order). */
  kind: number;
  length: number;
}

export const RECORD_NAMED = -1;
export const DOCUMENT = 0;
export const RECORD = 1;

export const NO_MATCH: MatchKey = { phrase: false, coverage: 0, window: Infinity, exactness: 0, kind: DOCUMENT, length: Infinity };

/** Negative when `a` ranks first. */
export function compareKeys(a: MatchKey, b: MatchKey): number {
  return compareCore(a, b) || b.exactness - a.exactness || a.length - b.length;
}

/**
 * The part of a key a document's bound is sure of: phrase, coverage, window, kind (a record that might be
 * named as typed is fetched ahead, see rankDocuments).
 */
export function compareCore(a: MatchKey, b: MatchKey): number {
  return Number(b.phrase) - Number(a.phrase) || b.coverage - a.coverage || a.window - b.window || a.kind - b.kind;
}

/**
 * Where the query's words stand in a page. `positions` are Pagefind's, per searched word (by wordKey);
 * with the page's words at hand (its fragment), each match is checked and graded, and a syllable that only
 * starts like a typed one is dropped (matchQuality); without them every position counts as exact, which
 * is what a bound needs.
 */
export function findOccurrences(plan: QueryPlan, positions: ReadonlyMap<string, readonly number[]>, lang: Lang, words?: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  const sets = new Map<string, Set<number>>();
  const setOf = (key: string) => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Set(positions.get(key) ?? [])));
    return set;
  };
  plan.slots.forEach((slot, s) => {
    const best = new Map<number, Occurrence>();
    slot.alternatives.forEach((alternative, a) => {
      const keys = alternative.map(wordKey);
      // Only the typed word of the last slot may still be being typed.
      const typing = s === plan.slots.length - 1 && a === 0 && alternative.length === 1;
      for (const start of positions.get(keys[0]) ?? []) {
        let quality: Quality = Quality.Exact;
        let whole = true;
        for (let j = 0; j < keys.length && whole; j++) {
          if (j > 0 && !setOf(keys[j]).has(start + j)) whole = false;
          else if (words) {
            const q = matchQuality(words[start + j] ?? '', alternative[j], lang, typing);
            if (q === Quality.None) whole = false;
            else quality = Math.min(quality, q) as Quality;
          }
        }
        if (!whole) continue;
        const occurrence = { slot: s, start, end: start + keys.length - 1, quality };
        const seen = best.get(start);
        if (!seen || quality > seen.quality || (quality === seen.quality && occurrence.end < seen.end)) best.set(start, occurrence);
      }
    });
    found.push(...best.values());
  });
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Slots with the same alternatives ("y" twice in "y duc can bo y te") are one group needing that many places. */
function groupsOf(plan: QueryPlan): { group: number[]; needed: number[] } {
  const ids = new Map<string, number>();
  const needed: number[] = [];
  const group = plan.slots.map((slot) => {
    const signature = slot.alternatives.map((a) => a.map(wordKey).join(' ')).join('|');
    let id = ids.get(signature);
    if (id === undefined) {
      ids.set(signature, (id = needed.length));
      needed.push(0);
    }
    needed[id]++;
    return id;
  });
  return { group, needed };
}

/**
 * The key of a stretch of text (a clause, or for a bound the whole page) from the occurrences in it.
 * `bound`: every occurrence counts as an exact match (the words of the page are not known yet).
 */
export function matchKey(plan: QueryPlan, occurrences: readonly Occurrence[], length: number, bound = false): MatchKey {
  if (!occurrences.length || !plan.slots.length) return { ...NO_MATCH, length };
  const { group, needed } = groupsOf(plan);
  // One place per group and start: a word that fills two slots of the same group counts once.
  const places: { group: number; start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const o of occurrences) {
    const g = group[o.slot];
    const id = `${g}:${o.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    places.push({ group: g, start: o.start, end: o.end });
  }
  const longest = Math.max(...places.map((p) => p.end - p.start));
  const counts = new Array<number>(needed.length).fill(0);
  const covered = () => counts.reduce((sum, c, g) => sum + Math.min(c, needed[g]), 0);
  for (const p of places) counts[p.group]++;
  const coverage = covered();
  // Smallest stretch reaching that coverage: two pointers over places sorted by start. Its size is the words
  // between the query's words plus one per word of the query, so an abbreviation and its expansion count
  // alike ("trục lợi BHYT" and "trục lợi bảo hiểm y tế" are equally close).
  counts.fill(0);
  let window = Infinity;
  let left = 0;
  let current = 0;
  let matched = 0;
  const add = (p: { group: number; start: number; end: number }, d: number) => {
    const before = Math.min(counts[p.group], needed[p.group]);
    counts[p.group] += d;
    current += Math.min(counts[p.group], needed[p.group]) - before;
    matched += d * (p.end - p.start + 1);
  };
  for (let right = 0; right < places.length; right++) {
    add(places[right], 1);
    while (left < right) {
      add(places[left], -1);
      if (current >= coverage) left++;
      else {
        add(places[left], 1);
        break;
      }
    }
    if (current >= coverage) {
      // Occurrences are a few words long at most: only those starting near the right one can end after it.
      let end = places[right].end;
      for (let k = right - 1; k >= left && places[k].start + longest >= end; k--) end = Math.max(end, places[k].end);
      const span = end - places[left].start + 1;
      window = Math.min(window, Math.max(0, span - matched) + coverage);
    }
  }
  const bySlot = new Map<number, Occurrence[]>();
  let exactness = 0;
  for (let s = 0; s < plan.slots.length; s++) {
    const mine = occurrences.filter((o) => o.slot === s);
    bySlot.set(s, mine);
    exactness += bound ? (mine.length ? Quality.Exact : 0) : Math.max(0, ...mine.map((o) => o.quality));
  }
  return { phrase: holdsPhrase(plan.slots.length, bySlot), coverage, window, exactness, kind: DOCUMENT, length };
}

/** Whether some occurrence of each slot starts right after the previous slot's ends, in order. */
function holdsPhrase(slots: number, bySlot: Map<number, Occurrence[]>): boolean {
  const starts = Array.from({ length: slots }, (_, s) => {
    const m = new Map<number, Occurrence[]>();
    for (const o of bySlot.get(s) ?? []) m.set(o.start, [...(m.get(o.start) ?? []), o]);
    return m;
  });
  const from = (s: number, o: Occurrence): boolean => s === slots - 1 || (starts[s + 1].get(o.end + 1) ?? []).some((next) => from(s + 1, next));
  return (bySlot.get(0) ?? []).some((o) => from(0, o));
}

/** A clause of a page, as word positions: from its heading to the next heading; the page's head has no id. */
export interface Region {
  id?: string;
  start: number;
  /** Where its text starts, after its heading. */
  textStart: number;
  end: number;
}

/** The regions of a page from its headings (Pagefind's anchors) and its length in words. */
export function regionsOf(anchors: readonly { id?: string; location: number; text?: string }[], words: number): Region[] {
  const marks = anchors.filter((a) => a.id).sort((a, b) => a.location - b.location);
  const regions: Region[] = [];
  const firstHeading = marks[0]?.location ?? words;
  if (firstHeading > 0) regions.push({ start: 0, textStart: 0, end: firstHeading });
  marks.forEach((a, i) => {
    const end = marks[i + 1]?.location ?? words;
    const heading = (a.text ?? '').split(/\s+/).filter(Boolean).length;
    regions.push({ id: a.id, start: a.location, textStart: Math.min(a.location + heading, end), end });
  });
  return regions;
}

export interface RankedRegion {
  region: Region;
  key: MatchKey;
  occurrences: Occurrence[];
}

/** The regions holding words of the query, best first. */
export function rankRegions(plan: QueryPlan, occurrences: readonly Occurrence[], regions: readonly Region[]): RankedRegion[] {
  return regions
    .map((region) => {
      const inside = occurrences.filter((o) => o.start >= region.start && o.end < region.end);
      return { region, occurrences: inside, key: matchKey(plan, inside, region.end - region.textStart) };
    })
    .filter((r) => r.key.coverage > 0)
    .sort((a, b) => compareKeys(a.key, b.key) || a.region.start - b.region.start);
}

/** Whether a document holds enough of the query to be listed: at least half its words (rounded up). */
export function isResult(plan: QueryPlan, bound: MatchKey): boolean {
  return bound.coverage >= Math.max(1, Math.ceil(plan.slots.length / 2));
}

export interface Candidate {
  id: string;
  /** Pagefind's score, for ties. */
  score: number;
  bound: MatchKey;
  /** The key of its best clause, once its fragment is loaded. */
  key?: MatchKey;
  /** Its fragment is far larger than most (a long law): among equal bounds, fetched last. */
  large?: boolean;
}

/** Loaded documents by their best clause, the others by their bound; ties by Pagefind's score. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.key && b.key) return compareKeys(a.key, b.key) || b.score - a.score;
  return compareCore(a.key ?? a.bound, b.key ?? b.bound) || Number(Boolean(b.key)) - Number(Boolean(a.key)) || b.score - a.score;
}

/**
 * Which documents to fetch next so that the first `want` documents shown are the best: the first unloaded
 * ones while fewer than `want` are loaded, then one more at a time while an unloaded document's bound could
 * still beat the `want`-th loaded one, up to `limit` loaded in all. Among equal bounds, small fragments
 * first, then by Pagefind's score. Candidates in any order.
 */
export function fetchNext(candidates: readonly Candidate[], want: number, limit: number): Candidate[] {
  const loaded = candidates.filter((c) => c.key).sort(compareCandidates);
  const waiting = candidates.filter((c) => !c.key).sort((a, b) => compareKeys(a.bound, b.bound) || Number(Boolean(a.large)) - Number(Boolean(b.large)) || b.score - a.score);
  const room = limit - loaded.length;
  if (room <= 0 || !waiting.length) return [];
  if (loaded.length < want) return waiting.slice(0, Math.min(want - loaded.length, room));
  const last = loaded[want - 1].key!;
  return compareCore(waiting[0].bound, last) < 0 ? [waiting[0]] : [];
}
