/**
 * How a reader's query becomes the searches Pagefind runs and the words the ranking looks for.
 *  - The query is NFC-normalised (some keyboards send NFD), single-spaced and trimmed to a sane length.
 *  - Each typed word is a slot of the query, with the ways the text may write it (its alternatives):
 *    the word itself; typed without any diacritics and starting with "d", also with "đ" (Pagefind folds every
 *    other accent itself, but "đ" has no Unicode decomposition: "dang uy" must find "Đảng uỷ"); an
 *    abbreviation also as its expansions ("BHYT": "bảo hiểm y tế"), and words that spell out an expansion
 *    also as the abbreviation (one slot for "bảo hiểm y tế", which "BHYT" fills too).
 *  - Pagefind searches each word of every alternative on its own (it joins the words of a query with AND and
 *    says nothing of which word matched where); the ranking (ranking.ts) puts the words back together.
 * Browser-safe.
 */
import type { Lang } from '../i18n/languages.ts';
import { phraseKey, type AbbreviationIndex } from './abbreviations.ts';
import { splitWords, typedWithoutDiacritics, wordKey } from './words.ts';

export const MAX_QUERY_LENGTH = 200;
/** Words of a query the ranking considers; the rest of a pasted paragraph adds cost, not precision. */
export const MAX_SLOTS = 24;

export function cleanQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

export interface QuerySlot {
  /** The words as typed. */
  typed: string;
  /** Runs of words the text may hold for it, the typed form first. */
  alternatives: string[][];
  /** The abbreviation behind it, when the slot is one or spells one out. */
  abbreviation?: string;
}

export interface QueryPlan {
  slots: QuerySlot[];
  /** Every word Pagefind searches, once each. */
  terms: string[];
}

/** "dang" -> "đang", "Dang" -> "Đang". */
function withDStroke(word: string): string {
  return (word[0] === 'D' ? 'Đ' : 'đ') + word.slice(1);
}

export function planQuery(query: string, lang: Lang, abbreviations?: AbbreviationIndex): QueryPlan {
  // Quotes and lone punctuation are not words of the text.
  const words = splitWords(cleanQuery(query).replace(/["“”]/g, ' ')).filter((w) => wordKey(w));
  const slots: QuerySlot[] = [];
  for (let i = 0; i < words.length && slots.length < MAX_SLOTS; i++) {
    const spelled = lang === 'vi' ? abbreviations?.expansionAt(words, i) : undefined;
    if (spelled) {
      const typed = words.slice(i, i + spelled.length);
      const others = spelled.entry.expansions.map(splitWords).filter((e) => phraseKey(e) !== phraseKey(typed));
      slots.push({ typed: typed.join(' '), alternatives: [typed, ...others, [spelled.entry.abbr]], abbreviation: spelled.entry.abbr });
      i += spelled.length - 1;
      continue;
    }
    const word = words[i];
    const alternatives = [[word]];
    if (lang === 'vi' && typedWithoutDiacritics(word) && /^[dD]/.test(word)) alternatives.push([withDStroke(word)]);
    const abbreviation = lang === 'vi' ? abbreviations?.abbreviation(word) : undefined;
    if (abbreviation) alternatives.push(...abbreviation.expansions.map(splitWords));
    slots.push({ typed: word, alternatives, ...(abbreviation ? { abbreviation: abbreviation.abbr } : {}) });
  }
  // One search per word as Pagefind sees it ("bệnh," and "bệnh" are one).
  const terms = [...new Map(slots.flatMap((s) => s.alternatives.flat()).map((w) => [wordKey(w), w])).values()];
  return { slots, terms };
}
