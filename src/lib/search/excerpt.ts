/**
 * A result's excerpt: a few words of its clause around the stretch that holds the query, the matched words
 * marked. Built from the page's words as text runs, never as HTML. Browser-safe.
 */
import type { Occurrence, Region } from './ranking.ts';

export interface ExcerptRun {
  text: string;
  mark: boolean;
}

export const EXCERPT_WORDS = 24;

/**
 * The excerpt of a region: `length` words of its text (its heading left out), placed so that the densest
 * group of matches is in view, with "…" where the clause goes on.
 */
export function excerptRuns(words: readonly string[], region: Region, occurrences: readonly Occurrence[], length = EXCERPT_WORDS): ExcerptRun[] {
  const from = region.textStart;
  const to = region.end;
  // Each word of the query marked where it matches best ("cửa" typed: not "của" beside "cửa").
  const within = occurrences.filter((o) => o.start >= from && o.end < to);
  const best = new Map<number, number>();
  for (const o of within) best.set(o.slot, Math.max(best.get(o.slot) ?? 0, o.quality));
  const inText = within.filter((o) => o.quality === best.get(o.slot));
  // Centre on the densest stretch: the `length` words holding the most matched words.
  let start = from;
  if (to - from > length && inText.length) {
    let best = -1;
    for (const o of inText) {
      const s = Math.max(from, Math.min(o.start - Math.floor(length / 4), to - length));
      const n = inText.filter((x) => x.start >= s && x.end < s + length).length;
      if (n > best) [best, start] = [n, s];
    }
  }
  const end = Math.min(to, start + length);
  const marked = new Set(inText.flatMap((o) => Array.from({ length: o.end - o.start + 1 }, (_, i) => o.start + i)));
  const runs: ExcerptRun[] = [];
  const push = (text: string, mark: boolean) => {
    const last = runs.at(-1);
    if (last && last.mark === mark) last.text += text;
    else runs.push({ text, mark });
  };
  if (start > from) push('… ', false);
  for (let p = start; p < end; p++) {
    if (p > start) push(' ', marked.has(p - 1) && marked.has(p));
    push(words[p] ?? '', marked.has(p));
  }
  if (end < to) push(' …', false);
  return runs;
}
