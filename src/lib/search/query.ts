/**
 * How a reader's query becomes Pagefind searches. Pagefind folds accents itself (and ranks exact accents
 * first) but never folds "đ", which has no Unicode decomposition; and it has no phrase proximity. So:
 *  - the query is NFC-normalised (some keyboards send NFD) and trimmed to a sane length;
 *  - a query typed without any diacritics also searches each variant with "đ" at the start of a syllable
 *    that starts with "d" ("dang uy" also searches "đang uy", which finds "Đảng uỷ"), bounded in number;
 *  - results where the query's words stand next to each other, in order (the phrase), rank first; the
 *    positions come with each result, so this costs no download.
 */
import { foldDiacritics } from '../i18n/vietnamese.ts';

export const MAX_QUERY_LENGTH = 200;
const MAX_VARIANTS = 8;

export function cleanQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

export interface SearchPlan {
  /** How many words the query has: a result whose matches include that many consecutive words holds the phrase. */
  words: number;
  /** Word searches, the query itself first. */
  terms: string[];
}

export function planSearch(query: string, lang: 'vi' | 'en'): SearchPlan {
  const q = cleanQuery(query).replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (!q) return { words: 0, terms: [] };
  const words = q.split(' ');
  const terms = [q];
  if (lang === 'vi' && foldDiacritics(q) === q) {
    const dWords = words.map((w, i) => (/^[dD]/.test(w) ? i : -1)).filter((i) => i >= 0);
    const combinations = Math.min(2 ** dWords.length, MAX_VARIANTS);
    for (let mask = 1; mask < combinations; mask++) {
      const variant = words.map((w, i) => {
        const bit = dWords.indexOf(i);
        return bit >= 0 && mask & (1 << bit) ? (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1) : w;
      });
      terms.push(variant.join(' '));
    }
  }
  return { words: words.length, terms };
}

/** Whether matched word positions contain a run of `length` consecutive words. */
export function hasPhrase(positions: number[], length: number): boolean {
  if (length <= 1) return positions.length > 0;
  const set = new Set(positions);
  return positions.some((p) => Array.from({ length }, (_, i) => p + i).every((x) => set.has(x)));
}

/** Splits a Pagefind excerpt ("… <mark>bảo hiểm</mark> …") into plain and marked runs, never as HTML. */
export function excerptRuns(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part.replace(/<[^>]*>/g, '')), mark: false }));
}
