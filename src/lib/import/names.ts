/**
 * Names as the importer renders them: a title printed in capitals ("CHỈ THỊ CỦA BAN BÍ THƯ VỀ …") in
 * sentence case with the registry's own casing of the bodies it names ("Chỉ thị của Ban Bí thư về …"), and
 * a person's name without diacritics for English ("Nguyen Phu Trong"). Both are renderings of printed text,
 * reported as guesses: capitals lose the casing of proper names the registry does not know.
 */
import { foldDiacritics, normalizeToneMarks } from '../i18n/vietnamese.ts';

const VOWEL = 'aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const SYLLABLE = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWEL}]{1,3}(ch|ng|nh|[cmnpt])?$`, 'u');

/** Whether a word could be a Vietnamese syllable; "HIV", "AIDS", "ASEAN" cannot, so they keep their capitals. */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word.normalize('NFC').toLocaleLowerCase('vi'));
}

/** Copies the letter case of `pattern` onto `text` where they are the same name (same length). */
function caseLike(text: string, pattern: string): string {
  if (text.length !== pattern.length) return pattern;
  return [...text].map((c, i) => (pattern[i] === pattern[i].toLocaleUpperCase('vi') ? c.toLocaleUpperCase('vi') : c.toLocaleLowerCase('vi'))).join('');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sentence case for a phrase printed in capitals: lower case but for words that cannot be Vietnamese
 * syllables (acronyms), the first letter in capitals, and each body of `knownNames` with its own casing
 * (matched in either tone-mark convention; the printed tone marks are kept).
 */
/** Proper names a title in capitals often holds, which the agency registry does not list. */
const PROPER_NAMES = ['Việt Nam', 'Hà Nội', 'Liên hợp quốc', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'];

export function sentenceCase(text: string, knownNames: readonly string[] = []): string {
  let out = text
    .normalize('NFC')
    .split(/(\s+)/)
    .map((w) => {
      const parts = w.split(/[^\p{L}]+/u).filter(Boolean);
      // An acronym (HIV, AIDS, ASEAN) is written in Latin letters only; capitals glued together by a slip ("NGHĨAVIỆT") are words.
      const acronym = parts.length > 0 && parts.every((p) => p === p.toLocaleUpperCase('vi') && /^[A-Z]+$/.test(p)) && parts.some((p) => p.length > 1 && !isVietnameseSyllable(p));
      return acronym ? w : w.toLocaleLowerCase('vi');
    })
    .join('');
  out = applyKnownNames(out, [...PROPER_NAMES, ...knownNames]);
  return out.charAt(0).toLocaleUpperCase('vi') + out.slice(1);
}

/** Gives every known name in `text` its registry casing. Longest names first, so "Đảng uỷ Bộ Y tế" wins over "Bộ Y tế". */
export function applyKnownNames(text: string, knownNames: readonly string[]): string {
  let out = text;
  const folded = (s: string) => normalizeToneMarks(s).toLocaleLowerCase('vi');
  for (const name of [...knownNames].sort((a, b) => b.length - a.length)) {
    const key = folded(name);
    const hay = folded(out);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(key).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    let result = '';
    let last = 0;
    for (const m of hay.matchAll(re)) {
      // normalizeToneMarks keeps the length of NFC text, so positions in the folded copy are positions in `out`.
      result += out.slice(last, m.index) + caseLike(out.slice(m.index, m.index! + m[0].length), name.normalize('NFC'));
      last = m.index! + m[0].length;
    }
    out = result + out.slice(last);
  }
  return out;
}

/** A Vietnamese personal or place name for an English text: the same letters without diacritics. */
export function romanize(name: string): string {
  return foldDiacritics(name.normalize('NFC'));
}

/** "Nguyễn Thị Kim Ngân": two to six capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}']*){1,5}$/u.test(t)) return false;
  return t.split(/\s+/).every((w) => w.length <= 8);
}

/** An ASCII slug of Vietnamese words ("Luật Dược" -> "luat-duoc"), at most `max` characters, cut at a word. */
export function slugify(text: string, max = 60): string {
  const slug = foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}
