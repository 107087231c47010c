/**
 * The body of a document as a tree of numbered units, paragraphs and bullets. Normative texts (laws,
 * decrees: any text with articles) nest Phần > Chương > Mục > Tiểu mục > Điều > Khoản > Điểm; Party and
 * administrative texts nest their own numbering, level by level as it first appears: I- > 1. > 2.1. > (1) > a),
 * with "- " bullets. A line only opens a unit when its number is the one expected there (the next article,
 * the next khoản of this article, the next letter), so a line that merely starts with "Điều 11 của Luật
 * này" or a wrapped "1." stays text; and nothing inside a quotation (an amended article quoted in full)
 * opens a unit. An unnumbered line continues the innermost open unit.
 */
import { clauseSegment, joinClauseId, numberFromWords, type AuthoredClauseKind } from '../text/clause-ids.ts';
import { withoutRefMarkers } from './footnotes.ts';
import type { Report } from './report.ts';
import { endsTerminal, isAllCaps, startsLowercase, type SourceLine } from './source.ts';

export interface TextBlock {
  /** A heading is a unit's title printed without its number (a chapter whose "Chương V" line the source lost). */
  type: 'para' | 'bullet' | 'heading';
  text: string;
  lines: [number, number];
  id?: string;
}

export interface Unit {
  type: 'unit';
  kind: AuthoredClauseKind;
  num?: string;
  title?: string;
  id: string;
  line: number;
  children: Block[];
  /** Document texts: the numbering style that opened this level ("roman", "arabic", "dotted-2", "paren", "alpha"). */
  style?: string;
  /** The number's value for sequence checks ("2", "2.1", "a", "6a"). */
  value?: string;
}

export type Block = TextBlock | Unit;

export interface Container {
  id?: string;
  children: Block[];
}

export interface ParseOptions {
  normative: boolean;
  hardWrapped: boolean;
  /** Full line length of a hard-wrapped source. */
  width: number;
  /** News articles: a short unpunctuated line between paragraphs is a photo caption. */
  captions?: boolean;
}

const VN_LETTERS = 'abcdđeghiklmnopqrstuvxy';

export function romanValue(s: string): number | undefined {
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    const next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** The integer of a chapter, part or item number: roman, arabic or in words ("thứ nhất"). */
function intOf(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  return romanValue(value) ?? numberFromWords(value);
}

/** Whether `value` may follow `last` among siblings ("7" or "6a" after "6"; "đ" after "d"; the first may be any start). */
function follows(last: string | undefined, value: string, letters = false): boolean {
  if (letters) {
    const at = VN_LETTERS.indexOf(value);
    if (at < 0) return false;
    return last === undefined ? at === 0 : at === VN_LETTERS.indexOf(last) + 1;
  }
  const m = /^(\d+)([a-zđ]?)$/.exec(value);
  if (m) {
    const n = Number(m[1]);
    if (last === undefined) return n === 1 && m[2] === '';
    const l = /^(\d+)([a-zđ]?)$/.exec(last);
    if (!l) return false;
    if (m[2] === '') return n === Number(l[1]) + 1;
    return n === Number(l[1]) && VN_LETTERS.indexOf(m[2]) === (l[2] ? VN_LETTERS.indexOf(l[2]) + 1 : 0);
  }
  const n = intOf(value);
  if (n === undefined) return false;
  return last === undefined ? n === 1 : n === (intOf(last) ?? -1) + 1;
}

/** Whether `value` is the sibling after next of `last` ("k" after "h", skipping "i"; "4" after "2"). */
function skipsOne(last: string, value: string, letters: boolean): boolean {
  if (letters) {
    const at = VN_LETTERS.indexOf(value);
    return at > 1 && VN_LETTERS.indexOf(last) === at - 2;
  }
  return /^\d+$/.test(value) && /^\d+$/.test(last) && Number(value) === Number(last) + 2;
}

interface Marker {
  kind: AuthoredClauseKind | 'bullet';
  style: string;
  num?: string;
  value: string;
  rest: string;
  /** Headings print a title after the number (articles, chapters); other units start with text. */
  headed?: boolean;
}

const RANK: Record<string, number> = { phan: 1, chuong: 2, muc: 3, 'tieu-muc': 4, dieu: 5, khoan: 6, diem: 7 };

function normativeMarker(t: string): Marker | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(PHẦN|Phần)\s+((?:THỨ|thứ)\s+\S+(?:\s+\S+){0,2}|[IVXLC]+|\d+)\s*([.:\-–])?\s*(.*)$/u.exec(t))) {
    // "Phần thứ hai mươi mốt Quy định …": the number is the longest run of number words.
    const words = m[2].split(/\s+/);
    let k = words.length;
    while (k > 1 && numberFromWords(words.slice(0, k).join(' ')) === undefined) k--;
    const numberPart = words.slice(0, k).join(' ');
    if (intOf(numberPart) === undefined) return undefined;
    const rest = [words.slice(k).join(' '), m[4]].filter(Boolean).join(' ').trim();
    return { kind: 'phan', style: 'phan', num: `${m[1]} ${numberPart}${k === words.length && m[3] ? m[3] : ''}`, value: String(intOf(numberPart)), rest, headed: true };
  }
  if ((m = /^(CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\s*([.:\-–])?\s*(.*)$/u.exec(t))) {
    return { kind: 'chuong', style: 'chuong', num: `${m[1]} ${m[2]}${m[3] ?? ''}`, value: m[2], rest: m[4], headed: true };
  }
  if ((m = /^(TIỂU MỤC|Tiểu mục)\s+(\d+)\s*([.:\-–])?\s*(.*)$/u.exec(t))) {
    return { kind: 'tieu-muc', style: 'tieu-muc', num: `${m[1]} ${m[2]}${m[3] ?? ''}`, value: m[2], rest: m[4], headed: true };
  }
  if ((m = /^(MỤC|Mục)\s+(\d+|[IVXLC]+)\s*([.:\-–])?\s*(.*)$/u.exec(t))) {
    return { kind: 'muc', style: 'muc', num: `${m[1]} ${m[2]}${m[3] ?? ''}`, value: m[2], rest: m[4], headed: true };
  }
  if ((m = /^(Điều|ĐIỀU|Ðiều)(\s*)(\d+[a-zđ]?)\s*([.:])?\s*(.*)$/u.exec(t))) {
    return { kind: 'dieu', style: 'dieu', num: `${m[1]}${m[2]}${m[3]}${m[4] ?? ''}`, value: m[3], rest: m[5], headed: true };
  }
  if ((m = /^(\d{1,3}[a-z]?)([.)\-])\s+(\S.*)$/.exec(t))) return { kind: 'khoan', style: 'khoan', num: `${m[1]}${m[2]}`, value: m[1], rest: m[3] };
  if ((m = /^([a-zđ]\d?)([).])\s+(\S.*)$/u.exec(t))) return { kind: 'diem', style: 'diem', num: `${m[1]}${m[2]}`, value: m[1], rest: m[3] };
  return bulletMarker(t);
}

function documentMarker(t: string): Marker | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^([IVXLC]+)\s*([.\-–)])\s*(\S.*)?$/.exec(t))) return { kind: 'part', style: 'roman', num: `${m[1]}${m[2]}`, value: m[1], rest: m[3] ?? '' };
  if ((m = /^(\d{1,3}(?:\.\d{1,3})+)(\.?)\s+(\S.*)$/.exec(t))) {
    return { kind: 'item', style: `dotted-${m[1].split('.').length}`, num: `${m[1]}${m[2]}`, value: m[1], rest: m[3] };
  }
  if ((m = /^(\d{1,3})([.)])\s+(\S.*)$/.exec(t))) return { kind: 'item', style: 'arabic', num: `${m[1]}${m[2]}`, value: m[1], rest: m[3] };
  if ((m = /^\((\d{1,3})\)\s*(\S.*)$/.exec(t))) return { kind: 'point', style: 'paren', num: `(${m[1]})`, value: m[1], rest: m[2] };
  if ((m = /^\(([a-zđ])\)\s*(\S.*)$/u.exec(t))) return { kind: 'point', style: 'paren-alpha', num: `(${m[1]})`, value: m[1], rest: m[2] };
  if ((m = /^([a-zđ])\)\s+(\S.*)$/u.exec(t))) return { kind: 'point', style: 'alpha', num: `${m[1]})`, value: m[1], rest: m[2] };
  return bulletMarker(t);
}

function bulletMarker(t: string): Marker | undefined {
  const m = /^([-–+•])\s+(\S.*)$/.exec(t);
  return m ? { kind: 'bullet', style: 'bullet', value: m[1], rest: m[2] } : undefined;
}

/**
 * Lines inside a quotation (“…”), as amending laws quote the articles they write: such lines never open a
 * unit. A quotation that does not close within 400 lines is a stray mark and is ignored.
 */
function quotedLines(lines: SourceLine[], report: Report): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  const delta = lines.map((l) => (l.text.match(/“/g) ?? []).length - (l.text.match(/”/g) ?? []).length);
  let i = 0;
  while (i < lines.length) {
    if (delta[i] <= 0) {
      i++;
      continue;
    }
    let depth = delta[i];
    let j = i + 1;
    while (j < lines.length && j - i < 400 && depth > 0) depth += delta[j++];
    if (depth > 0) {
      report.warn('a quotation mark “ opens here and does not close: it is ignored for the structure', lines[i].n);
      i++;
      continue;
    }
    for (let k = i + 1; k < j; k++) inside[k] = true;
    i = j;
  }
  return inside;
}

export interface ParseResult {
  /** Counts of units by kind, for the report. */
  counts: Record<string, number>;
}

/**
 * Parses body lines into `root`. Each unit gets its id at once (from its number), so that a second unit
 * with the same id (a duplicated article number) is never opened: it stays text, with a warning.
 */
export function parseBody(lines: SourceLine[], root: Container, options: ParseOptions, usedIds: Set<string>, report: Report): ParseResult {
  const stack: Unit[] = [];
  const counts: Record<string, number> = {};
  /** The last number opened per parent and kind (or numbering style), for sequence checks. */
  const lastNumber = new Map<string, string>();
  const quoted = quotedLines(lines, report);
  let current: TextBlock | undefined;
  let titleOf: Unit | undefined;
  /** A grouping (chương, mục) whose title may stand on the next line. */
  let pendingTitle: Unit | undefined;
  let prev: SourceLine | undefined;
  let prevWasHeading = true;
  let anyUnit = false;

  const container = (): Container => stack[stack.length - 1] ?? root;
  const parentKey = (c: Container, kind: string) => `${c.id ?? ''}|${kind}`;

  const startText = (type: 'para' | 'bullet', text: string, line: SourceLine) => {
    current = { type, text, lines: [line.n, line.n] };
    container().children.push(current);
    titleOf = undefined;
  };

  const open = (marker: Marker, parent: Container, line: SourceLine): Unit | undefined => {
    let id: string;
    try {
      id = joinClauseId(parent.id, clauseSegment(marker.kind as AuthoredClauseKind, { num: marker.num, position: 0 }), marker.kind as AuthoredClauseKind);
    } catch {
      report.warn(`"${marker.num}" cannot become a clause id; the line is kept as text`, line.n);
      return undefined;
    }
    if (usedIds.has(id)) {
      report.warn(`"${marker.num}" would repeat the clause id "${id}"; the line is kept as text`, line.n);
      return undefined;
    }
    usedIds.add(id);
    const unit: Unit = { type: 'unit', kind: marker.kind as AuthoredClauseKind, num: marker.num, id, line: line.n, children: [], style: marker.style, value: marker.value };
    parent.children.push(unit);
    stack.push(unit);
    counts[unit.kind] = (counts[unit.kind] ?? 0) + 1;
    lastNumber.set(parentKey(parent, marker.style), marker.value);
    anyUnit = true;
    return unit;
  };

  /** Normative texts: whether the marker opens a unit here, and under which parent (after closing deeper units). */
  const acceptNormative = (marker: Marker, terminal: boolean, line: SourceLine): { pop: number } | undefined => {
    const rank = RANK[marker.kind];
    // Close every open unit of this rank or deeper.
    let pop = stack.length;
    while (pop > 0 && RANK[stack[pop - 1].kind] >= rank) pop--;
    const parent = pop > 0 ? stack[pop - 1] : root;
    const last = lastNumber.get(parentKey(parent, marker.style));
    if (marker.kind === 'khoan' || marker.kind === 'diem') {
      // A khoản belongs to an article; a điểm to a khoản, or to an article without khoản.
      const within = marker.kind === 'khoan' ? ['dieu'] : ['khoan', 'dieu'];
      if (pop === 0 || !within.includes(stack[pop - 1].kind)) return undefined;
      if (marker.kind === 'diem' && stack[pop - 1].kind === 'dieu' && stack[pop - 1].children.some((c) => c.type === 'unit' && c.kind === 'khoan')) return undefined;
      if (follows(last, marker.value, marker.kind === 'diem')) return { pop };
      // One number or letter skipped after a finished unit (a point "i)" the source leaves out between "h)"
      // and "k)"): the unit is the next one all the same, with a warning; a larger gap reads as text.
      if (last !== undefined && terminal && skipsOne(last, marker.value, marker.kind === 'diem')) {
        report.warn(`${marker.num} does not follow ${last} in sequence (one left out in the source?); accepted`, line.n);
        return { pop };
      }
      return undefined;
    }
    if (marker.kind === 'muc' || marker.kind === 'tieu-muc') {
      if (marker.rest && startsLowercase(marker.rest)) return undefined;
      return follows(last, marker.value) ? { pop } : undefined;
    }
    // Articles, chapters, parts: numbered across the text (an article's id does not depend on its chapter).
    if (marker.rest && startsLowercase(marker.rest)) return undefined;
    const globalLast = lastNumber.get(`*|${marker.kind}`);
    if (globalLast === undefined || follows(globalLast, marker.value)) return { pop };
    // A gap (a repealed article, a slip of the source) is accepted where a heading can stand, with a warning.
    const later = marker.kind === 'dieu' ? Number(/^\d+/.exec(marker.value)![0]) > Number(/^\d+/.exec(globalLast)![0]) : (intOf(marker.value) ?? 0) > (intOf(globalLast) ?? 0);
    if (later && terminal) {
      report.warn(`${marker.num} does not follow ${globalLast} in sequence (a gap in the source?); accepted as a heading`, line.n);
      return { pop };
    }
    return undefined;
  };

  /** Document texts: numbering styles nest in the order they first appear; a style already open is a sibling. */
  const acceptDocument = (marker: Marker): { pop: number } | undefined => {
    if (marker.style.startsWith('dotted-')) {
      // "2.1." belongs to item "2."; "2.1.3." to "2.1.".
      const prefix = marker.value.split('.').slice(0, -1).join('.');
      const own = Number(marker.value.split('.').pop());
      const at = stack.findIndex((u) => u.kind === 'item' && u.value === prefix);
      if (at >= 0) {
        const last = lastNumber.get(parentKey(stack[at], marker.style));
        return (last === undefined ? own === 1 : own === Number(last.split('.').pop()) + 1) ? { pop: at + 1 } : undefined;
      }
      const sibling = stack.findIndex((u) => u.style === marker.style);
      if (sibling >= 0) {
        const lastValue = stack[sibling].value!;
        const lastPrefix = lastValue.split('.').slice(0, -1).join('.');
        return lastPrefix === prefix && own === Number(lastValue.split('.').pop()) + 1 ? { pop: sibling } : undefined;
      }
      return own === 1 ? { pop: stack.length } : undefined;
    }
    const at = stack.findIndex((u) => u.style === marker.style);
    const letters = marker.style === 'alpha' || marker.style === 'paren-alpha';
    if (at >= 0) return follows(stack[at].value, marker.value, letters) ? { pop: at } : undefined;
    // A new level: it starts at its first number.
    return follows(undefined, letters ? marker.value : marker.style === 'roman' ? String(romanValue(marker.value)) : marker.value, letters) ? { pop: stack.length } : undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    const prevText = prev?.text.trim() ?? '';
    const terminal = !prev || prevWasHeading || endsTerminal(prevText);

    // A chapter's title on the line after its number ("CHƯƠNG I" / "NHỮNG QUY ĐỊNH CHUNG").
    if (pendingTitle) {
      const unit = pendingTitle;
      pendingTitle = undefined;
      const next = lines[i + 1]?.text.trim() ?? '';
      const marker = options.normative ? normativeMarker(t) : undefined;
      const nextOpens = options.normative && normativeMarker(next)?.headed === true;
      if ((!marker || marker.kind === 'bullet') && (isAllCaps(t) || (!endsTerminal(t) && t.length < 160 && nextOpens))) {
        unit.title = t;
        titleOf = unit;
        prev = line;
        prevWasHeading = true;
        continue;
      }
    }

    let marker = quoted[i] ? undefined : options.normative ? normativeMarker(t) : documentMarker(t);

    // A title in capitals right before an article or a section, with no number of its own: a chapter whose
    // number line the source lost ("NHỮNG QUY ĐỊNH CHUNG", "ĐIỀU KHOẢN CUỐI CÙNG"). It closes the open units.
    if (options.normative && !quoted[i] && !marker && isAllCaps(t) && !endsTerminal(t) && normativeMarker(lines[i + 1]?.text.trim() ?? '')?.headed) {
      stack.length = 0;
      root.children.push({ type: 'heading', text: t, lines: [line.n, line.n] });
      counts.heading = (counts.heading ?? 0) + 1;
      current = undefined;
      titleOf = undefined;
      prev = line;
      prevWasHeading = true;
      continue;
    }
    if (marker && marker.kind !== 'bullet') {
      const verdict = options.normative ? acceptNormative(marker, terminal, line) : acceptDocument(marker);
      // In hard-wrapped text a number at the start of a line opens a unit only where a paragraph can end.
      const placed = verdict && (!options.hardWrapped || terminal || breaks(prev, line, options.width, true));
      let unit: Unit | undefined;
      if (placed) {
        stack.length = verdict.pop;
        unit = open(marker, container(), line);
        if (unit && options.normative) lastNumber.set(`*|${marker.kind}`, marker.value);
      }
      if (unit) {
        current = undefined;
        titleOf = undefined;
        if (marker.headed) {
          if (marker.rest) {
            unit.title = marker.rest;
            titleOf = unit;
          } else if (unit.kind !== 'dieu') pendingTitle = unit;
          prevWasHeading = true;
        } else {
          if (marker.rest) startText('para', marker.rest, line);
          prevWasHeading = marker.rest === '';
        }
        prev = line;
        continue;
      }
      marker = undefined;
      // A rejected number at the start of a line that runs on from the line before is part of that line;
      // after a sentence end it is a paragraph of its own.
      if (current && !endsTerminal(prevText) && !prevWasHeading) append(current, t, line);
      else startText('para', t, line);
      prev = line;
      prevWasHeading = false;
      continue;
    }

    if (marker?.kind === 'bullet' && (terminal || /[,]$/.test(prevText) || !options.hardWrapped)) {
      startText('bullet', marker.rest, line);
      prev = line;
      prevWasHeading = false;
      continue;
    }

    // Running text: continue the paragraph (or the heading's title) or start a new one.
    const target = titleOf ?? current;
    const continues = target && (options.hardWrapped ? !breaks(prev, line, options.width, false) && !(titleOf && !startsLowercase(t)) : startsLowercase(t) || (!endsTerminal(prevText) && /^\d/.test(t) && !/^\d+[.)-]\s/.test(t) && !prevWasHeading));
    if (continues && titleOf) {
      titleOf.title += ` ${t}`;
    } else if (continues && current) {
      append(current, t, line);
    } else if (options.captions && !anyUnit && !options.hardWrapped && current && t.length < 120 && !endsTerminal(t) && i + 1 < lines.length) {
      const caption: Unit = { type: 'unit', kind: 'caption', id: '', line: line.n, children: [{ type: 'para', text: t, lines: [line.n, line.n] }] };
      container().children.push(caption);
      counts.caption = (counts.caption ?? 0) + 1;
      current = undefined;
      titleOf = undefined;
    } else {
      startText('para', t, line);
    }
    prev = line;
    prevWasHeading = false;
  }
  contentless(root);
  return { counts };
}

/**
 * An article printed on one line ("Điều 54. Những quy định trước đây trái với Luật này đều bãi bỏ.") and
 * followed at once by the next one has no title: the words are its text.
 */
function contentless(container: Container) {
  for (const b of container.children) {
    if (b.type !== 'unit') continue;
    if (b.kind === 'dieu' && b.title !== undefined && b.children.length === 0) {
      b.children.push({ type: 'para', text: b.title, lines: [b.line, b.line] });
      delete b.title;
    }
    contentless(b);
  }
}

function append(block: TextBlock, text: string, line: SourceLine) {
  block.text += ` ${text}`;
  block.lines[1] = line.n;
}

/**
 * Hard-wrapped text: whether `line` starts a new paragraph after `prev` (the line before). A line in lower
 * case runs on. After a sentence end, a new paragraph starts where the line is indented or the previous
 * line stopped short (its next word would have fitted); without a sentence end, only after a clearly short
 * line (a heading).
 */
export function breaks(prevLine: SourceLine | undefined, line: SourceLine, width: number, marker: boolean): boolean {
  if (!prevLine) return true;
  const prev = withoutRefMarkers(prevLine.text).trim();
  const t = line.text.trim();
  if (!marker && (startsLowercase(t) || prevLine.softWrap)) return false;
  const room = prev.length + 1 + (withoutRefMarkers(t).split(/\s+/)[0]?.length ?? 0);
  if (endsTerminal(prev)) return line.indented || room <= width;
  // A number at the start of a line after a line that stopped short; running text only after a clearly short line (a heading).
  return room <= width * (marker ? 1 : 0.8);
}

/** Gives paragraphs, bullets and captions their ids by position, as the site's clause pipeline does. */
export function assignIds(container: Container) {
  const counters = new Map<string, number>();
  const next = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return n;
  };
  for (const block of container.children) {
    if (block.type === 'unit') {
      if (block.num === undefined) block.id = joinClauseId(container.id, clauseSegment(block.kind, { position: next(block.kind) }), block.kind);
      assignIds(block);
    } else {
      block.id = joinClauseId(container.id, clauseSegment(block.type, { position: next(block.type) }));
    }
  }
}
