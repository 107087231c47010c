/**
 * Vietnamese text comes in two tone-mark conventions ("khoẻ"/"khỏe", "uỷ"/"ủy", "hoá"/"hóa") and in NFC or
 * NFD. These helpers make equal words compare equal.
 */

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // huyền, sắc, hỏi, ngã, nặng

/**
 * Moves the tone mark of "oa", "oe", "uy" (without a final consonant) from the second vowel to the first,
 * the convention used by most current official texts ("hóa", "khỏe", "ủy"). "qu" is a consonant, so "quý"
 * keeps its mark. Input in NFC or NFD.
 */
export function normalizeToneMarks(text: string): string {
  const nfd = text.normalize('NFD');
  const moved = nfd.replace(
    /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu,
    (_m, first: string, second: string, tone: string) => `${first}${tone}${second}`,
  );
  return moved.normalize('NFC');
}

/** Removes every diacritic and folds "đ" to "d": what a reader types on a keyboard without Vietnamese input. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A key under which spelling variants of one name are equal: NFC, one tone convention, lower case, single spaces. */
export function nameKey(text: string): string {
  return normalizeToneMarks(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

export { TONES };
