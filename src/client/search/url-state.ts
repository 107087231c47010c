/** The search's state in the URL (?q= and the filters), so a search is a shareable link. */
import { cleanQuery } from '../../lib/search/query.ts';

export const FILTER_KEYS = ['type', 'issuer', 'agency', 'year'] as const;
export type FilterSelection = Map<string, Set<string>>;

export function readUrl(): { query: string; selected: FilterSelection } {
  const params = new URLSearchParams(location.search);
  const selected: FilterSelection = new Map(FILTER_KEYS.map((k) => [k, new Set(params.getAll(k).map(cleanQuery).filter(Boolean))]));
  return { query: cleanQuery(params.get('q') ?? ''), selected };
}

/** Replaces the URL (no history entry per keystroke) when the search changed. */
export function writeUrl(query: string, selected: FilterSelection): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, values] of selected) for (const v of values) params.append(key, v);
  const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}

export function activeFilters(selected: FilterSelection): Record<string, string[]> | undefined {
  const active = [...selected].filter(([, v]) => v.size).map(([k, v]) => [k, [...v]]);
  // Pagefind returns no filter counts when given an empty filter object, so none is passed then.
  return active.length ? Object.fromEntries(active) : undefined;
}
