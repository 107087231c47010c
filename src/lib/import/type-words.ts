/**
 * The words Vietnamese documents name their type with, as printed in a title ("CHỈ THỊ"), a citation
 * ("Nghị định số 146/2018/NĐ-CP") or a self-reference ("Luật này"), and the site's type for each.
 */
import type { DocumentType } from '../content/document-types.ts';

/** Longest first, so "Bộ luật" is not read as "Luật" and "Thông tư liên tịch" not as "Thông tư". */
export const TYPE_WORDS: readonly (readonly [string, DocumentType])[] = [
  ['Thông tư liên tịch', 'circular'],
  ['Nghị định', 'decree'],
  ['Nghị quyết', 'resolution'],
  ['Pháp lệnh', 'ordinance'],
  ['Quyết định', 'decision'],
  ['Thông tư', 'circular'],
  ['Thông báo', 'notice'],
  ['Hướng dẫn', 'guidance'],
  ['Kế hoạch', 'plan'],
  ['Kết luận', 'conclusion'],
  ['Chỉ thị', 'directive'],
  ['Bộ luật', 'code'],
  ['Luật', 'law'],
];

/** The words of a type as a regex source: any case, syllables with or without the space between them ("THÔNGBÁO"). */
export function typeWordPattern(word: string): string {
  return word.split(' ').join('\\s*');
}

/** A regex alternation of every type word, longest first, capturing the word. */
export const TYPE_ALTERNATION = `(${TYPE_WORDS.map(([w]) => typeWordPattern(w)).join('|')})`;

/** The site's type of a printed type word ("CHỈ THỊ", "Bộ luật", "THÔNGBÁO"), or undefined. */
export function typeOfWord(printed: string): DocumentType | undefined {
  const key = printed.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');
  return TYPE_WORDS.find(([w]) => w.toLocaleLowerCase('vi').replace(/\s+/g, '') === key)?.[1];
}
