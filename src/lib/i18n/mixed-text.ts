/**
 * An English sentence about Vietnamese words quotes them: “phải” is rendered “must”. Those quoted words are
 * Vietnamese and are marked so (lang="vi"), for screen readers and for the page's language; the rest of the
 * sentence keeps the page's language. Browser-safe.
 */
import { foldDiacritics } from './vietnamese.ts';

export interface TextRun {
  text: string;
  lang?: 'vi';
}

/** Whether a stretch of text is Vietnamese by its letters (any diacritic or đ that English never uses). */
export function looksVietnamese(text: string): boolean {
  return foldDiacritics(text) !== text;
}

/** Splits text into runs, quoted stretches (“…” or "…") that look Vietnamese marked as such. */
export function markQuotedVietnamese(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
    const inner = m[0].slice(1, -1);
    if (!looksVietnamese(inner)) continue;
    if (m.index! > last) runs.push({ text: text.slice(last, m.index! + 1) });
    else runs.push({ text: m[0][0] });
    runs.push({ text: inner, lang: 'vi' });
    last = m.index! + m[0].length - 1;
  }
  runs.push({ text: text.slice(last) });
  return runs.filter((r) => r.text);
}
