/**
 * Words as the search compares them. A text word carries its punctuation ("khoẻ,", "(BHYT)", "52-CT/TW.") and
 * either tone-mark convention; a typed word may lack every diacritic. Three keys, from strict to loose:
 * the word itself (one tone convention, lower case, outer punctuation off), the word folded (no diacritics,
 * "đ" as "d"), and nothing at all, when only Pagefind's own matching (English stems, word extensions) joins
 * them. Browser-safe.
 */
import { foldDiacritics, normalizeToneMarks } from '../i18n/vietnamese.ts';
import type { Lang } from '../i18n/languages.ts';

/** How well a word of the text matches a word of the query: higher is better. */
export const Quality = {
  None: 0,
  /** Pagefind matched it by stem or as an extension of the typed word ("payments" for "payment"). */
  Variant: 1,
  /** Equal without diacritics ("mien" for "miễn", "dương" for "đường"). */
  Folded: 2,
  /** Equal as typed, tone conventions aside ("khoẻ" for "khỏe"). */
  Exact: 3,
} as const;
export type Quality = (typeof Quality)[keyof typeof Quality];

const OUTER_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** "(BHYT)," -> "bhyt"; "Khoẻ." -> "khỏe"; "52-CT/TW." -> "52-ct/tw"; "95%" -> "95". */
export function wordKey(word: string): string {
  return normalizeToneMarks(word.normalize('NFC')).toLocaleLowerCase('vi').replace(OUTER_PUNCTUATION, '');
}

/** The key without diacritics: "Đường" -> "duong". */
export function foldedKey(word: string): string {
  return foldDiacritics(wordKey(word));
}

/** Splits text into words the way Pagefind counts positions (on whitespace). */
export function splitWords(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/).filter(Boolean);
}

/**
 * How a text word Pagefind returned for a query word matches it. In Vietnamese a syllable that merely starts
 * with the typed one is another word ("chiến" is not "chỉ"), so an extension counts only for the word being
 * typed (the last one); in English Pagefind's stemmer decides ("payments" for "payment").
 */
export function matchQuality(textWord: string, queryWord: string, lang: Lang, typing: boolean): Quality {
  const t = wordKey(textWord);
  const q = wordKey(queryWord);
  if (!t || !q) return Quality.None;
  if (t === q) return Quality.Exact;
  const tf = foldDiacritics(t);
  const qf = foldDiacritics(q);
  if (tf === qf) return Quality.Folded;
  if (lang === 'en') return Quality.Variant;
  return typing && tf.startsWith(qf) ? Quality.Variant : Quality.None;
}

/** Whether a typed word carries no diacritics at all (so "d" may stand for "đ"). */
export function typedWithoutDiacritics(word: string): boolean {
  return foldDiacritics(word) === word;
}
