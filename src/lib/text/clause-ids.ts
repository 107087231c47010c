/**
 * The clause-id grammar, in one place. Ids come from a document's own numbering, never from its words, so
 * the Vietnamese and English versions of a document share them and a link keeps its place when the reader
 * switches language. An id is the chain of its units' segments joined by "__", each segment "kind-number"
 * ("item-2__item-2.1__point-2", "dieu-22__khoan-1__diem-a"); unnumbered units (paragraphs, bullets,
 * captions) take their position among siblings of the same kind. Browser-safe.
 */

/** Kinds of Party and administrative texts (parts I-, items 1., points (1)) and of every document's frame. */
const DOCUMENT_KINDS = ['part', 'item', 'point', 'header', 'title', 'recipients', 'signature', 'caption'] as const;
/**
 * Kinds of normative texts (laws, codes): Phần, Chương, Mục, Tiểu mục, Điều, Khoản, Điểm. A reader cites
 * "điểm a khoản 1 Điều 22" without the chapter, because article numbers are unique within a law.
 */
const NORMATIVE_KINDS = ['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem'] as const;

/** Kinds an editor writes as <Clause kind="…">. */
export const CLAUSE_KINDS = [...DOCUMENT_KINDS, ...NORMATIVE_KINDS] as const;
export type AuthoredClauseKind = (typeof CLAUSE_KINDS)[number];
export type NormativeKind = (typeof NORMATIVE_KINDS)[number];

/** Units that get an id without markup. */
export type AutomaticClauseKind = 'para' | 'bullet' | 'heading' | 'footnote';
export type ClauseKind = AuthoredClauseKind | AutomaticClauseKind;

/** Kinds a document has at most once per parent: their segment is the bare kind. */
const SINGLETON_KINDS = new Set<ClauseKind>(['header', 'title', 'recipients', 'signature']);

/**
 * Kinds whose id does not chain its ancestors: an article's id is "dieu-22" wherever it stands, so it stays
 * the same when chapters or sections are regrouped (its units still nest: "dieu-22__khoan-1").
 */
const ANCHOR_KINDS = new Set<ClauseKind>(['dieu']);

export const ID_SEPARATOR = '__';

export function isAuthoredKind(kind: string): kind is AuthoredClauseKind {
  return (CLAUSE_KINDS as readonly string[]).includes(kind);
}

/** Units that print their number and title as a heading: Phần, Chương, Mục, Tiểu mục, Điều. */
const HEADED_KINDS = new Set<string>(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu']);

export function isHeadedKind(kind: string): boolean {
  return HEADED_KINDS.has(kind);
}

export function isNormativeKind(kind: string): kind is NormativeKind {
  return (NORMATIVE_KINDS as readonly string[]).includes(kind);
}

const VI_UNITS: Record<string, number> = { một: 1, mốt: 1, nhất: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const EN_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "thứ nhất" -> 1, "thứ mười hai" -> 12, "hai mươi mốt" -> 21, "one"/"first" -> 1; undefined otherwise. */
export function numberFromWords(words: string): number | undefined {
  const w = words.normalize('NFC').toLocaleLowerCase('vi').replace(/^thứ\s+/, '').trim();
  const en = EN_NUMBERS.indexOf(w) >= 0 ? EN_NUMBERS.indexOf(w) : EN_ORDINALS.indexOf(w);
  if (en > 0) return en;
  const parts = w.split(/\s+/);
  if (parts.length === 1) return VI_UNITS[parts[0]] ?? (parts[0] === 'mười' ? 10 : undefined);
  let total = 0;
  let i = 0;
  if (parts[0] === 'mười') {
    total = 10;
    i = 1;
  } else if (VI_UNITS[parts[0]] && parts[1] === 'mươi') {
    total = VI_UNITS[parts[0]] * 10;
    i = 2;
  } else return undefined;
  if (i < parts.length) {
    const unit = VI_UNITS[parts[i]];
    if (unit === undefined || i + 1 !== parts.length) return undefined;
    total += unit;
  }
  return total;
}

/**
 * The id form of a printed number: "2.1." -> "2.1", "(1)" -> "1", "I-" -> "I", "a)" -> "a", "Điều 22." -> "22",
 * "CHƯƠNG II" -> "II", "Article 6a." -> "6a", "PHẦN THỨ NHẤT" -> "1", "đ)" -> "dd", "đ1)" -> "dd1", "Điều5." -> "5". Keeps only
 * ASCII letters, digits and inner dots, so the id is safe in a URL fragment and a CSS selector.
 */
export function normalizeNumber(printed: string): string {
  // A label glued to its number, as some sources print it ("Điều5."), is read as "Điều 5.". A single letter
  // before a digit is a number of its own ("đ1)"), not a label.
  let core = printed.normalize('NFC').trim().replace(/^(\p{L}{2,})(?=\d)/u, '$1 ');
  // A unit's label ("Điều", "CHƯƠNG", "Article", "Tiểu mục") names the kind, not the number: the number is
  // the last word, or the number words after the label ("PHẦN THỨ NHẤT", "Part One").
  const words = core.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const asWords = numberFromWords(words.slice(i).join(' ').replace(/[.:]+$/, ''));
    if (asWords !== undefined) {
      core = String(asWords);
      break;
    }
    if (i === words.length - 1) core = words[i];
  }
  core = core
    .replace(/^[(\[]+/, '')
    .replace(/[)\].:\-–\s]+$/, '')
    // "đ" is a letter of its own in Vietnamese point lists (a, b, c, d, đ, e): "dd" keeps it apart from "d".
    .replace(/đ/g, 'dd')
    .replace(/Đ/g, 'DD');
  if (!/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/.test(core)) {
    throw new Error(
      `the number "${printed}" cannot become a clause id (write it as the document prints it, e.g. "2.1.", "(3)", "II-", "a)", "Điều 22.", "Chương II")`,
    );
  }
  return core;
}

export function clauseSegment(kind: ClauseKind, options: { num?: string; position: number }): string {
  if (options.num !== undefined) return `${kind === 'footnote' ? 'fn' : kind}-${normalizeNumber(options.num)}`;
  if (SINGLETON_KINDS.has(kind)) return kind;
  if (kind === 'footnote') return `fn-${options.position}`;
  return `${kind}-${options.position}`;
}

/** The id of a unit of `kind` with `segment`, inside the unit `parentId`. */
export function joinClauseId(parentId: string | undefined, segment: string, kind?: ClauseKind): string {
  if (kind && ANCHOR_KINDS.has(kind)) return segment;
  return parentId ? `${parentId}${ID_SEPARATOR}${segment}` : segment;
}

export interface Segment {
  kind: string;
  /** The segment's number or position as written in the id ("2.1", "a", "dd"); "" for singletons. */
  value: string;
}

/** "dieu-22__khoan-1" -> [{dieu, 22}, {khoan, 1}]. Kinds may hold a dash ("tieu-muc"); values never do. */
export function parseClauseId(id: string): Segment[] {
  return id.split(ID_SEPARATOR).map((segment) => {
    const dash = segment.lastIndexOf('-');
    return dash === -1 ? { kind: segment, value: '' } : { kind: segment.slice(0, dash), value: segment.slice(dash + 1) };
  });
}

/** The id of the paragraph that opens a unit: its printed number belongs at the paragraph's start. */
export function leadParagraphId(unitId: string): string {
  return `${unitId}${ID_SEPARATOR}para-1`;
}

/** Whether a clause is the paragraph that opens its numbered parent (so the parent's number prints before it). */
export function opensNumberedUnit(clause: { id: string }, parent: { id: string; num?: string } | undefined): boolean {
  return parent?.num !== undefined && clause.id === leadParagraphId(parent.id);
}
