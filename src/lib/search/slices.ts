/**
 * Slices of a long document's search text (written by src/lib/search/pagefind-fragments.ts): its fragment
 * keeps a table of slices, each a run of whole clauses in a file of its own, and a query fetches the one
 * slice its best match is in. Here: which slice that is, from the positions Pagefind returns before any
 * fetch, and the clauses (regions) a fetched slice holds. Browser-safe.
 */
import type { QueryPlan } from './query.ts';
import { compareKeys, matchKey, regionsOf, type Occurrence, type Region } from './ranking.ts';

/** The words [from, to) of a document's search text and the clause headings among them. */
export interface FragmentSlice {
  from: number;
  to: number;
  content: string;
  anchors: { element: string; id?: string; text?: string; location: number }[];
}
/** A sliced fragment's table: [from, to, URL of the slice file] for each slice, in order. */
export type SliceTable = [number, number, string][];

/** The slice table of a fragment, if it is sliced and the table is well formed. */
export function sliceTable(fragment: { slices?: unknown }): SliceTable | undefined {
  const t = fragment.slices;
  if (!Array.isArray(t) || !t.length) return undefined;
  const ok = t.every((s, i) => Array.isArray(s) && s.length === 3 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] < s[1] && typeof s[2] === 'string' && (i === 0 ? s[0] === 0 : s[0] === t[i - 1][1]));
  return ok ? (t as SliceTable) : undefined;
}

/**
 * The slice to fetch: the one whose occurrences (from positions alone, ungraded) make the best key, as a
 * clause's would; the first (the document's head) when none holds a word of the query.
 */
export function bestSlice(plan: QueryPlan, occurrences: readonly Occurrence[], table: SliceTable): number {
  let best = 0;
  let bestKey = matchKey(plan, [], Infinity, true);
  table.forEach(([from, to], i) => {
    const inside = occurrences.filter((o) => o.start >= from && o.end < to);
    if (!inside.length) return;
    const key = matchKey(plan, inside, to - from, true);
    if (key.coverage > 0 && compareKeys(key, bestKey) < 0) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}

/** The clauses a slice holds: regions between its headings, the last one ending with the slice. */
export function sliceRegions(slice: FragmentSlice): Region[] {
  return regionsOf(slice.anchors, slice.to).filter((r) => r.start >= slice.from);
}
