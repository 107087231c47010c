/**
 * What a printed page adds to a text and a reader of the site must not see as text: page markers (a page
 * number, a running header such as "Admintbvp176 2"), and footnotes, which sit at the foot of the page
 * between the lines of a paragraph. Page markers are dropped; each footnote is lifted out of the running
 * text, and its marker in the text (a superscript, "[1]", or a digit glued to the word before it, as PDF
 * extraction leaves it: "có liên quan1...") becomes a reference to it.
 */
import type { Report } from './report.ts';
import type { Source, SourceLine } from './source.ts';

export interface Footnote {
  label: string;
  text: string;
  lines: [number, number];
  /** Whether its marker was found in the text; an unreferenced footnote is kept as a paragraph of its own. */
  referenced: boolean;
}

/** Marks a footnote reference inside line text; the MDX writer turns it into [^label]. */
export const REF_OPEN = '\uE000';
export const REF_CLOSE = '\uE001';
export const refMarker = (label: string) => `${REF_OPEN}${label}${REF_CLOSE}`;
/** Text with references shown as their labels (as the page shows them). */
export const withoutRefMarkers = (text: string) => text.replace(new RegExp(`${REF_OPEN}([^${REF_CLOSE}]*)${REF_CLOSE}`, 'g'), '$1');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) => [...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
const toSuperscript = (s: string) => [...s].map((c) => SUPERSCRIPT[Number(c)]).join('');

/** A line that is only a page marker: "2", "- 2 -", "Trang 2", "Page 2/5", or a code with a digit and a page number. */
export function isPageMarker(text: string, hardWrapped: boolean): boolean {
  const t = text.trim();
  if (/^(?:trang|page)\s+\d{1,4}(?:\s*\/\s*\d{1,4})?$/i.test(t)) return true;
  if (/^[-–]\s*\d{1,4}\s*[-–]$/.test(t)) return true;
  // A running header of ASCII letters and digits ("Admintbvp176 2"): no Vietnamese word looks like that.
  if (/^[A-Za-z][A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*\s+\d{1,4}$/.test(t)) return true;
  // A bare number is a page number in text extracted from pages; in one-paragraph-per-line text it is
  // more likely a cell of a flattened table, which is text.
  return hardWrapped && /^\d{1,4}$/.test(t);
}

/** Running headers that recur with a growing page number ("Công báo số 5 12", "Công báo số 5 13"). */
function recurringMarkers(lines: SourceLine[]): Set<number> {
  const byPrefix = new Map<string, { n: number; page: number }[]>();
  for (const l of lines) {
    const m = /^(\S.{0,40}?)\s+(\d{1,4})$/.exec(l.text.trim());
    if (!m || /[.:;,]$/.test(m[1])) continue;
    byPrefix.set(m[1], [...(byPrefix.get(m[1]) ?? []), { n: l.n, page: Number(m[2]) }]);
  }
  const out = new Set<number>();
  for (const list of byPrefix.values()) {
    if (list.length >= 2 && list.every((x, i) => i === 0 || x.page > list[i - 1].page)) list.forEach((x) => out.add(x.n));
  }
  return out;
}

export interface PageCleanup {
  /** The source's lines without page markers and footnote definitions (blank lines kept). */
  lines: SourceLine[];
  footnotes: Footnote[];
  /** Line numbers of the page markers left out. */
  pageMarkers: number[];
}

/**
 * Drops page markers and lifts footnotes out. A footnote starts either with a superscript number ("¹ Chỉ
 * thị số …"), anywhere, or with a plain number after the footnote rule (a long run of spaces or underscores
 * on a line of its own, as PDF extraction renders it); its lines run to the next blank line.
 */
export function liftPageFurniture(source: Source, report: Report): PageCleanup {
  const rawLines = source.raw;
  const recurring = recurringMarkers(source.lines);
  const kept: SourceLine[] = [];
  const footnotes: Footnote[] = [];
  const pageMarkers: number[] = [];
  const lines = source.lines;
  const isRule = (i: number) => /^[ \t\u00a0]{10,}$/.test(rawLines[i] ?? '') || /^\s*_{5,}\s*$/.test(rawLines[i] ?? '');
  let afterRule = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (t === '') {
      if (isRule(line.n - 1)) afterRule = true;
      kept.push({ ...line });
      continue;
    }
    if (recurring.has(line.n) || isPageMarker(t, source.hardWrapped)) {
      report.found(`page marker "${t}" left out`, line.n);
      pageMarkers.push(line.n);
      afterRule = false;
      continue;
    }
    const sup = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/.exec(t);
    const plain = afterRule ? /^(\d{1,3})\s+(\p{L}.*)$/u.exec(t) : null;
    if (sup || plain) {
      // The footnote block: this line and the ones after it up to a blank line or a page marker.
      let label = sup ? fromSuperscript(sup[1]) : plain![1];
      let text = (sup ?? plain)![2];
      let start = line.n;
      let end = line.n;
      const flush = () => footnotes.push({ label, text: text.trim(), lines: [start, end], referenced: false });
      while (i + 1 < lines.length && lines[i + 1].text.trim() !== '' && !isPageMarker(lines[i + 1].text, source.hardWrapped) && !recurring.has(lines[i + 1].n)) {
        i++;
        const next = lines[i].text.trim();
        const nextLabel = String(Number(label) + 1);
        const starts = sup ? new RegExp(`^${toSuperscript(nextLabel)}\\s*(\\S.*)$`).exec(next) : new RegExp(`^${nextLabel}\\s+(\\p{L}.*)$`, 'u').exec(next);
        if (starts) {
          flush();
          label = nextLabel;
          text = starts[1];
          start = end = lines[i].n;
        } else {
          text += ` ${next}`;
          end = lines[i].n;
        }
      }
      flush();
      afterRule = false;
      continue;
    }
    afterRule = false;
    kept.push({ ...line });
  }
  for (const f of footnotes) report.found(`footnote ${f.label}`, f.lines[0], f.lines[1]);
  markReferences(kept, footnotes, report);
  return { lines: kept, footnotes, pageMarkers };
}

/**
 * Finds each footnote's marker in the text before it (nearest first) and replaces it with a reference.
 * Forms: "⁽¹⁾" or "¹"; "[1]"; a number glued to the lower-case word before it ("quan1...": not "H5N1").
 */
function markReferences(lines: SourceLine[], footnotes: Footnote[], report: Report) {
  let floor = 0;
  for (const f of footnotes) {
    const sup = toSuperscript(f.label);
    const forms = [
      new RegExp(`⁽${sup}⁾`, 'g'),
      new RegExp(`(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])${sup}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])`, 'g'),
      new RegExp(`\\[${f.label}\\]`, 'g'),
      new RegExp(`(?<=\\p{Ll}\\p{M}*)${f.label}(?![\\p{N}\\p{L}])`, 'gu'),
    ];
    let done = false;
    const before = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i >= floor && l.n < f.lines[0]);
    for (const form of forms) {
      for (let k = before.length - 1; k >= 0 && !done; k--) {
        const { l, i } = before[k];
        const matches = [...l.text.matchAll(form)];
        if (matches.length === 0) continue;
        const m = matches[matches.length - 1];
        l.text = l.text.slice(0, m.index) + refMarker(f.label) + l.text.slice(m.index! + m[0].length);
        f.referenced = true;
        floor = i;
        done = true;
        report.found(`the marker of footnote ${f.label} ("${m[0]}")`, l.n);
      }
      if (done) break;
    }
    if (!done) report.warn(`footnote ${f.label} has no marker in the text before it; it is kept as a paragraph after the body`, f.lines[0], f.lines[1]);
  }
}
