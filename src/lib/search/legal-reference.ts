/**
 * Legal references in a query, as readers type them: "Điều 22 Luật bảo hiểm y tế", "khoản 1 điều 12",
 * "điểm a khoản 1 Điều 22", "Article 22(1)(a) of the Law on Health Insurance", "52-CT/TW", "Chỉ thị 52",
 * "25/2008/QH12", "Nghị quyết số 72", with or without diacritics, in any case. The parse says which units
 * (smallest first or last, in any order) of which document (by number, by type and number, or by type and
 * title) the reader means; references.ts finds them. Unit words and values follow the clause-id grammar
 * (clause-ids.ts): "điểm đ" is diem-dd, "Chương II" chuong-II, "Phần thứ nhất" phan-1.
 * The texts' own references (src/lib/text/legal-references.ts) are found by patterns of legal writing, with
 * diacritics and smallest unit first; a query is typed as it comes: folded, in any order, "Chỉ thị 52" for
 * 52-CT/TW, part of a law's title. Both compare document numbers with numberKey. Browser-safe.
 */
import { documentTypeLabels } from '../i18n/labels.ts';
import { normalizeNumber, numberFromWords } from '../text/clause-ids.ts';
import { numberKey } from '../text/legal-references.ts';
import { foldDiacritics } from '../i18n/vietnamese.ts';
import { NORMATIVE_DOCUMENT_TYPES, type DocumentType } from '../content/document-types.ts';
import { splitWords } from './words.ts';

export interface UnitStep {
  /** The clause kinds the word names: "điểm" is a point of a law (diem) or of a Party text (point). */
  kinds: string[];
  /** The number as clause ids write it, alternatives after ("d" typed without diacritics may be "đ"). */
  values: string[];
}

export interface DocumentNumber {
  /** Folded, upper case: "146/2018/ND-CP". */
  key: string;
  /** The leading number, which files the document in the reference index. */
  lead: number;
}

export interface LegalReference {
  units: UnitStep[];
  number?: DocumentNumber;
  type?: DocumentType;
  /** "Chỉ thị 52": the type's leading number. */
  typeNumber?: number;
  /** Words naming the document by its title ("bảo hiểm y tế", "Health Insurance"). */
  subject?: string[];
  year?: number;
  /** Nothing but the reference was typed. */
  pure: boolean;
  /**
   * The query without its units ("Điều 22 Luật bảo hiểm y tế" -> "Luật bảo hiểm y tế"): what the text search
   * looks for once the reference has found its target. "khoản 1 Điều 12" is a citation, not words of a text
   * (and stands in the heading of every law's clause 1 of Article 12).
   */
  text: string;
}

const UNIT_WORDS: [string[], string[]][] = [
  [['tieu', 'muc'], ['tieu-muc']],
  [['dieu'], ['dieu']],
  [['khoan'], ['khoan']],
  [['diem'], ['diem', 'point']],
  [['chuong'], ['chuong']],
  [['muc'], ['muc', 'item']],
  [['phan'], ['phan', 'part']],
  [['article'], ['dieu']],
  [['art'], ['dieu']],
  [['clause'], ['khoan']],
  [['point'], ['diem', 'point']],
  [['chapter'], ['chuong']],
  [['subsection'], ['tieu-muc']],
  [['section'], ['muc']],
  [['part'], ['phan', 'part']],
  [['item'], ['item']],
];
/** Kinds numbered in Roman or Arabic numerals, as documents differ ("Chương II", "Mục 2", "PHẦN THỨ NHẤT"). */
const EITHER_NUMERALS = new Set(['chuong', 'phan', 'part', 'muc', 'tieu-muc']);
const FILLERS = new Set(['so', 'no', 'number', 'cua', 'tai', 'of', 'the', 'under', 'in', 'at', 'to']);
/** Words that may stand between a type and its subject: "Luật về …", "Law on …". */
const SUBJECT_OPENERS = new Set(['ve', 'on', 'of']);

const TYPE_WORDS: [string[], DocumentType][] = Object.entries(documentTypeLabels)
  .flatMap(([type, label]) => [label.vi, label.en].map((l): [string[], DocumentType] => [fold(l).split(' '), type as DocumentType]))
  .sort((a, b) => b[0].length - a[0].length);

function fold(s: string): string {
  return foldDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A document number: digits, then parts joined by "/" or "-", a letter among them ("52-CT/TW", "25/2008/QH12"). */
const DOCUMENT_NUMBER = /^\d+[\p{L}\d]*(?:[/-][\p{L}\d]+)+$/u;

export function documentNumberKey(number: string): DocumentNumber | undefined {
  const text = number.normalize('NFC').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  if (!DOCUMENT_NUMBER.test(text) || !/\p{L}/u.test(text.replace(/^\d+/, ''))) return undefined;
  return { key: foldDiacritics(numberKey(text)), lead: Number.parseInt(text, 10) };
}

const ROMAN: [string, number][] = [['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];
function toRoman(n: number): string {
  let out = '';
  for (const [r, v] of ROMAN) while (n >= v) [out, n] = [out + r, n - v];
  return out;
}
function fromRoman(s: string): number | undefined {
  const u = s.toUpperCase();
  if (!/^[MDCLXVI]+$/.test(u)) return undefined;
  let n = 0;
  let rest = u;
  for (const [r, v] of ROMAN) while (rest.startsWith(r)) [n, rest] = [n + v, rest.slice(r.length)];
  return rest === '' && toRoman(n) === u ? n : undefined;
}

/** The id values a typed unit number stands for. */
function unitValues(raw: string, kinds: string[], folded: boolean): string[] {
  let value: string;
  try {
    value = normalizeNumber(raw);
  } catch {
    return [];
  }
  const values = [value];
  if (folded && /^d\d*$/i.test(value)) values.push(`d${value}`);
  if (kinds.some((k) => EITHER_NUMERALS.has(k))) {
    const arabic = /^\d+$/.test(value) ? Number(value) : fromRoman(value);
    if (arabic) values.push(String(arabic), toRoman(arabic));
  }
  return [...new Set(values)];
}

/** A unit's number as typed: "22", "6a", "a", "(2)", "2.2", "II", "đ". */
const UNIT_VALUE = /^\(?(?:\d+[a-zđ]?\d*|[a-zđ]\d?|[ivxlcdm]+|\d+(?:\.\d+)+)\)?$/iu;
/** "22(1)(a)": an article, its clause and its point, as English writes them. */
const COMPACT = /^(\d+[a-z]?)((?:\([0-9a-zđ]+\))+)$/iu;

export function parseReference(query: string): LegalReference | null {
  const tokens = splitWords(query.normalize('NFC'))
    .map((t) => t.replace(/^[,;:“”"'(]+(?=[^()]*$)|[,;:“”"'.]+$/gu, ''))
    .filter(Boolean);
  const keys = tokens.map((t) => fold(t));
  const typedFolded = foldDiacritics(query) === query;
  const used = new Array<boolean>(tokens.length).fill(false);
  const ref: LegalReference = { units: [], pure: true, text: '' };
  const unitWords = new Set<number>();
  const takeUnit = (from: number, to: number) => {
    for (let k = from; k <= to; k++) {
      used[k] = true;
      unitWords.add(k);
    }
  };

  const matchWords = (i: number, words: string[]) => words.every((w, k) => keys[i + k] === w || keys[i + k] === `${w}.`);
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const number = documentNumberKey(tokens[i]);
    if (number) {
      ref.number ??= number;
      used[i] = true;
      continue;
    }
    const unit = UNIT_WORDS.find(([words]) => matchWords(i, words));
    if (unit) {
      const [words, kinds] = unit;
      const j = i + words.length;
      const raw = tokens[j];
      if (raw === undefined) continue;
      const compact = COMPACT.exec(raw);
      if (compact && kinds.includes('dieu')) {
        ref.units.push({ kinds, values: unitValues(compact[1], kinds, typedFolded) });
        const inner = [...compact[2].matchAll(/\(([0-9a-zđ]+)\)/giu)].map((m) => m[1]);
        if (inner[0]) ref.units.push({ kinds: ['khoan'], values: unitValues(inner[0], ['khoan'], typedFolded) });
        if (inner[1]) ref.units.push({ kinds: ['diem'], values: unitValues(inner[1], ['diem'], typedFolded) });
        takeUnit(i, j);
        continue;
      }
      // "Phần thứ nhất", "Part One": number words.
      if (keys[j] === 'thu' || !UNIT_VALUE.test(raw)) {
        const from = keys[j] === 'thu' ? j + 1 : j;
        for (let n = 3; n >= 1; n--) {
          const words = tokens.slice(from, from + n).join(' ');
          const value = n && words ? numberFromWords(words) : undefined;
          if (value !== undefined) {
            ref.units.push({ kinds, values: unitValues(String(value), kinds, typedFolded) });
            takeUnit(i, from + n - 1);
            break;
          }
        }
        continue;
      }
      const values = unitValues(raw, kinds, typedFolded);
      if (!values.length) continue;
      ref.units.push({ kinds, values });
      takeUnit(i, j);
      continue;
    }
    const type = TYPE_WORDS.find(([words]) => matchWords(i, words));
    if (type && ref.type === undefined) {
      const [words, id] = type;
      ref.type = id;
      for (let k = i; k < i + words.length; k++) used[k] = true;
      let j = i + words.length;
      while (j < tokens.length && FILLERS.has(keys[j].replace(/\.$/, ''))) used[j++] = true;
      // "Chỉ thị 52"; a year after a type is the year ("Kế hoạch 2030"), not a number.
      if (j < tokens.length && /^\d+$/.test(tokens[j]) && !/^(19|20)\d\d$/.test(tokens[j])) {
        ref.typeNumber = Number(tokens[j]);
        used[j] = true;
        continue;
      }
      if (!NORMATIVE_DOCUMENT_TYPES.includes(id)) continue;
      if (j < tokens.length && SUBJECT_OPENERS.has(keys[j])) used[j++] = true;
      const subject: string[] = [];
      for (; j < tokens.length; j++) {
        if (UNIT_WORDS.some(([w]) => matchWords(j, w)) || documentNumberKey(tokens[j]) || /^(19|20)\d\d$/.test(tokens[j]) || (keys[j] === 'nam' && /^(19|20)\d\d$/.test(tokens[j + 1] ?? ''))) break;
        subject.push(tokens[j]);
        used[j] = true;
      }
      // "Health Insurance Law": the title's words before the type word.
      if (!subject.length) {
        for (let k = i - 1; k >= 0 && !used[k] && !FILLERS.has(keys[k]); k--) {
          subject.unshift(tokens[k]);
          used[k] = true;
        }
      }
      if (subject.length) ref.subject = subject;
    }
  }
  // A year names the document's year of issue when a document is named ("Luật Bảo hiểm y tế 2008", "năm 2008").
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !/^(19|20)\d\d$/.test(tokens[i]) || (ref.type === undefined && !ref.subject)) continue;
    ref.year = Number(tokens[i]);
    used[i] = true;
    if (keys[i - 1] === 'nam' && !used[i - 1]) used[i - 1] = true;
  }
  for (let i = 0; i < tokens.length; i++) if (!used[i] && !FILLERS.has(keys[i])) ref.pure = false;
  ref.text = tokens.filter((_, i) => !unitWords.has(i) && !FILLERS.has(keys[i])).join(' ');
  const named = ref.number || (ref.type && (ref.typeNumber !== undefined || ref.subject?.length));
  return ref.units.length || named ? ref : null;
}
