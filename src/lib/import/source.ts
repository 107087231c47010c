/**
 * A plain-text source as lines the importer can reason about: decoded (UTF-8 only), checked (not empty, not
 * binary, Vietnamese), numbered as in the file, and classified by shape. Sources come in two shapes: one
 * paragraph per line (legal databases) and hard-wrapped lines (text extracted from a PDF, where a paragraph
 * runs over many lines and page markers and footnotes sit between them).
 */
import { ImportError } from './report.ts';

export interface SourceLine {
  /** 1-based line number in the file. */
  n: number;
  /** The line without trailing white space (and NFC). */
  text: string;
  /** Whether the line starts with white space: in hard-wrapped text, an indented first line of a paragraph. */
  indented: boolean;
  /** Whether the line ends with white space: PDF extraction leaves it where a line wraps inside a paragraph. */
  softWrap: boolean;
}

export interface Source {
  lines: SourceLine[];
  /** The lines as in the file (white space kept): a footnote rule is a line of spaces. */
  raw: string[];
  hardWrapped: boolean;
  /** Typical full line length of a hard-wrapped source (characters), to tell a paragraph's short last line. */
  width: number;
}

/** Letters only Vietnamese writes: vowels with a breve, circumflex or horn, đ, and the tone-marked vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;

/** Share of words holding a Vietnamese-only letter: most syllables of Vietnamese prose have one, English none. */
export function vietnameseShare(text: string): number {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => VIETNAMESE_LETTER.test(w)).length / words.length;
}

/** Characters that end a sentence or a clause heading ("…như sau:"), possibly followed by a closing quote or bracket. */
export const TERMINAL = /[.:;!?…](?:\/\.)?["”’)\]*]*$/;

export function endsTerminal(text: string): boolean {
  return TERMINAL.test(text.trim());
}

export function startsLowercase(text: string): boolean {
  const first = text.trim().replace(/^\*+/, '').charAt(0);
  return first !== '' && first === first.toLocaleLowerCase('vi') && first !== first.toLocaleUpperCase('vi');
}

/** A line written in capitals (at least two letters, none lower case): letterheads, titles, headings, roles. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/\*+/g, '').match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((c) => c === c.toLocaleUpperCase('vi'));
}

/** A line without a letter or digit: an ornament of a letterhead ("-----", "*") or a gap marker. */
export function isOrnament(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

export function readSource(buffer: Uint8Array, { requireVietnamese = true } = {}): Source {
  if (buffer.length === 0) throw new ImportError('the file is empty.', 'give the plain-text file of the document.');
  if (buffer.includes(0)) throw new ImportError('the file is binary (it holds NUL bytes), not plain text.', 'save the document as plain UTF-8 text (.txt) first.');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new ImportError('the file is not UTF-8 text.', 'convert it to UTF-8 (for example: iconv -f WINDOWS-1258 -t UTF-8 file.txt).');
  }
  raw = raw.replace(/^\uFEFF/, '').normalize('NFC');
  // Control characters other than tab, line breaks and form feeds mean a binary file.
  const controls = (raw.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > raw.length / 100) throw new ImportError('the file holds control characters: it is binary, not plain text.', 'save the document as plain UTF-8 text (.txt) first.');
  if (!/\p{L}/u.test(raw)) throw new ImportError('the file has no text (no letters).', 'give the plain-text file of the document.');
  if (requireVietnamese && vietnameseShare(raw) < 0.2) {
    throw new ImportError(
      `the text is not Vietnamese (${Math.round(vietnameseShare(raw) * 100)}% of its words have Vietnamese letters).`,
      'the importer reads Vietnamese documents; add other texts by hand (CONTENT.md).',
    );
  }
  const rawLines = raw.split(/\r\n|\r|\n|\f/);
  const lines = rawLines.map((l, i) => ({ n: i + 1, text: l.replace(/[\s\u00a0]+$/, ''), indented: /^[ \t\u00a0]/.test(l) && /\S/.test(l), softWrap: /\S[ \t\u00a0]+$/.test(l) }));
  return { lines, raw: rawLines, ...shape(lines) };
}

/**
 * One paragraph per line, or hard-wrapped: in hard-wrapped text most lines run on into a next line that
 * starts in lower case; in one-paragraph-per-line text almost none do (only the odd paragraph cut by a page
 * break). The width is the 90th percentile of line lengths, the measure of a full line.
 */
export function shape(lines: SourceLine[]): { hardWrapped: boolean; width: number } {
  const content = lines.filter((l) => l.text.trim() !== '');
  let runOn = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    if (!endsTerminal(content[i].text) && startsLowercase(content[i + 1].text)) runOn++;
  }
  const lengths = content.map((l) => l.text.trim().length).sort((a, b) => a - b);
  const width = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  return { hardWrapped: content.length > 0 && runOn / content.length > 0.2, width };
}
