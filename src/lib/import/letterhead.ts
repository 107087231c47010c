/**
 * The front of a document: its letterhead (issuing body, national or Party motto, number, place and date)
 * and its own title block (the type, "CHỈ THỊ", "LUẬT", and the subject). What a web page prints before
 * the letterhead (menus, a metadata table) is not the document and is left out, with a warning.
 */
import { documentTypeLabels } from '../i18n/labels.ts';
import type { DocumentType } from '../content/document-types.ts';
import { TYPE_ALTERNATION, typeOfWord } from './type-words.ts';
import { sentenceCase } from './names.ts';
import type { Report } from './report.ts';
import { endsTerminal, isAllCaps, startsLowercase, type SourceLine } from './source.ts';

export const MOTTO = /CỘNG\s*H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/iu;

/** A document number as printed: "25/2008/QH12", "146/2018/NĐ-CP", "1234/QĐ-TTg", "52-CT/TW", "21-LCT/HĐNN8", "75/2006/QH 11". */
export const NUMBER_SOURCE =
  '\\d{1,4}[a-z]?(?:\\/\\d{4})?\\/[A-ZĐÐ][A-Za-zĐÐđ0-9]*(?:[-–.][A-Za-zĐÐđ0-9]+)*(?:(?<=[A-Za-zĐÐđ]) \\d{1,2}(?![\\p{L}\\p{N}/]))?' +
  '|\\d{1,4}[a-z]?-[A-ZĐÐ]{1,8}\\/[A-ZĐÐ][A-Za-zĐÐđ0-9]*(?:[-.][A-Za-zĐÐđ0-9]+)*';

const NUMBER_LINE = new RegExp(`^(?:(?:Bộ\\s+luật|Luật|Pháp\\s+lệnh|Nghị\\s+quyết|Nghị\\s+định|Quyết\\s+định|Chỉ\\s+thị|Thông\\s+tư)\\s+)?số\\s*:?\\s*(${NUMBER_SOURCE})?\\s*$`, 'iu');
const PLACE_DATE = /^([\p{L}.() ]{0,40}?),?\s*ngày\s+(?:(\d{1,2}|[.…_ ]+)\s+tháng\s+(\d{1,2}|[.…_ ]+)\s+năm\s+|(\d{1,2})[/.-](\d{1,2})[/.-])(\d{4})\s*\.?$/iu;

/**
 * The number as the site records it: white space inside a number is a typing or extraction slip ("QH 11"),
 * never part of it, so it is dropped (the text keeps the number as printed).
 */
export function recordedNumber(printed: string): string {
  return printed.replace(/\s+/g, '');
}

/** A key under which two printings of one number compare equal (case, Ð for Đ, en dash, spaces). */
export function numberKey(number: string): string {
  return recordedNumber(number).normalize('NFC').replace(/Ð/g, 'Đ').replace(/–/g, '-').toLocaleUpperCase('vi');
}

export interface DateFound {
  /** yyyy-mm-dd, or yyyy when the day and month are left blank (an unsigned form). */
  iso: string;
  line: number;
}

export function isoDate(day: string, month: string, year: string): string | undefined {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!(d >= 1 && m >= 1 && date.getUTCDate() === d && date.getUTCMonth() === m - 1)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Letterhead {
  /** Index range of the letterhead in the content lines. */
  start: number;
  end: number;
  issuerPrinted?: { text: string; line: number };
  number?: { printed: string; line: number };
  place?: { text: string; line: number };
  date?: DateFound;
}

export function findLetterhead(lines: SourceLine[], report: Report): Letterhead | undefined {
  const window = lines.slice(0, 40);
  const motto = window.findIndex((l) => MOTTO.test(l.text));
  const numberAt = window.findIndex((l, i) => {
    const m = NUMBER_LINE.exec(l.text.trim());
    return m !== null && (m[1] !== undefined || /^\d/.test(lines[i + 1]?.text.trim() ?? ''));
  });
  const dateAt = window.findIndex((l) => PLACE_DATE.test(l.text.trim()));
  if (motto < 0 && !(numberAt >= 0 && dateAt >= 0)) return undefined;
  const found = [motto, numberAt, dateAt].filter((i) => i >= 0);
  let start = Math.min(...found);
  let end = Math.max(...found) + 1;
  // The issuing body stands in capitals above the motto or the number ("QUỐC HỘI", "BỘ Y TẾ").
  while (start > 0 && start > Math.min(...found) - 3 && isAllCaps(lines[start - 1].text) && !MOTTO.test(lines[start - 1].text)) start--;
  const letterhead: Letterhead = { start, end };

  const issuer: string[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i].text.trim();
    const m = MOTTO.exec(text);
    // A line may hold the body and the motto side by side ("QUỐC HỘI CỘNG HÒA XÃ HỘI …"), as two columns extract.
    const before = (m ? text.slice(0, m.index) : text).replace(/[-–*_=.\s]+$/, '').trim();
    if (before && isAllCaps(before) && i !== numberAt && i !== numberAt + 1 && i !== dateAt) issuer.push(before);
  }
  if (issuer.length) {
    letterhead.issuerPrinted = { text: issuer.join(' '), line: lines[start].n };
    report.found(`issuing body (letterhead): ${letterhead.issuerPrinted.text}`, lines[start].n);
  }
  if (numberAt >= 0) {
    const m = NUMBER_LINE.exec(lines[numberAt].text.trim())!;
    let printed = m[1];
    let at = numberAt;
    if (!printed) {
      at = numberAt + 1;
      printed = new RegExp(`^(${NUMBER_SOURCE})`, 'u').exec(lines[at].text.trim())?.[1] ?? '';
      end = Math.max(end, at + 1);
    }
    if (printed) {
      letterhead.number = { printed, line: lines[at].n };
      report.found(`number: ${printed}`, lines[at].n);
      if (/\s/.test(printed)) report.guessed(`the number is printed with a space ("${printed}"); recorded as ${recordedNumber(printed)}: a number holds no spaces, the text keeps it as printed`, lines[at].n);
    }
  }
  if (dateAt >= 0) {
    const found = PLACE_DATE.exec(lines[dateAt].text.trim())!;
    // "ngày 03 tháng 10 năm 2025" or "ngày 03/10/2025".
    const m = [found[0], found[1], found[2] ?? found[4], found[3] ?? found[5], found[6]];
    const place = m[1].replace(/[,\s]+$/, '').trim();
    if (place) letterhead.place = { text: place, line: lines[dateAt].n };
    const iso = isoDate(m[2], m[3], m[4]);
    if (iso) {
      letterhead.date = { iso, line: lines[dateAt].n };
      report.found(`place and date: ${place || '(no place)'}, ${iso}`, lines[dateAt].n);
    } else if (/\d/.test(m[2]) && /\d/.test(m[3])) {
      report.warn(`the date "${lines[dateAt].text.trim()}" is not a calendar date; the date is left unknown`, lines[dateAt].n);
    } else {
      letterhead.date = { iso: m[4], line: lines[dateAt].n };
      report.warn(`the day and month of the date are left blank in the source ("${lines[dateAt].text.trim()}"); only the year ${m[4]} is recorded`, lines[dateAt].n);
    }
  }
  return letterhead;
}

export interface TitleBlock {
  start: number;
  end: number;
  type: DocumentType;
  /** The title's paragraphs, as printed: a change between capitals and running text starts a new one. */
  paragraphs: { text: string; lines: [number, number] }[];
  /** The title as the site shows it: the type's label and the subject in sentence case. */
  title: string;
}

/** A line that opens structure (a chapter, an article, a numbered item): a title block never runs into one. */
const STRUCTURE_START = /^(?:(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|ĐIỀU|Điều|Ðiều)\s*[\dIVXLC]|[IVXLC]+\s*[-.]\s|\d+[.)]\s|\(\d+\)|Căn cứ)/u;
const TYPE_LINE = new RegExp(`^${TYPE_ALTERNATION}(?=$|[\\s:,.])`, 'iu');

/**
 * The title block: a line in capitals that starts with a type word ("CHỈ THỊ", "LUẬT", "THÔNG BÁO KẾT
 * LUẬN"), then the subject: lines in capitals, lines that run on in lower case, lines inside an open **bold**.
 */
export function findTitle(lines: SourceLine[], from: number, knownNames: readonly string[], report: Report): TitleBlock | undefined {
  const limit = Math.min(lines.length, from + 10);
  let at = -1;
  for (let i = from; i < limit; i++) {
    const t = lines[i].text.trim().replace(/^\*+/, '');
    if (STRUCTURE_START.test(t)) break;
    if (isAllCaps(t) && TYPE_LINE.test(t)) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  const typeLine = lines[at].text.trim();
  const typeWord = TYPE_LINE.exec(typeLine.replace(/^\*+/, ''))![1];
  const type = typeOfWord(typeWord)!;
  const paragraphs: TitleBlock['paragraphs'] = [{ text: typeLine, lines: [lines[at].n, lines[at].n] }];
  let bold = (typeLine.match(/\*\*/g) ?? []).length % 2 === 1;
  let end = at + 1;
  // A type line that carries its subject ("LUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN LẬP HỘI") is the whole title.
  const whole = typeLine.replace(/^\*+/, '').slice(typeWord.length).trim().split(/\s+/).length >= 3;
  for (let i = at + 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (STRUCTURE_START.test(t.replace(/^\*+/, ''))) break;
    // Nor does a title run on past a line that carries the document's own number ("SỐ 101-SL/L.003 NGÀY … QUY ĐỊNH …").
    const numbered = paragraphs.some((p) => /(?:^|\s)SỐ\s*:?\s*\d/u.test(p.text));
    // Capitals continue a title in capitals; after a subject in running text they are the next block ("BỘ TRƯỞNG BỘ Y TẾ").
    const running = paragraphs.slice(1).some((p) => !isAllCaps(p.text));
    const caps = isAllCaps(t) && !whole && !numbered && !running && !endsTerminal(t);
    // The subject in sentence case right under the type ("QUYẾT ĐỊNH" / "Về việc phê duyệt …"): short, without a full stop.
    const subject = i === at + 1 && !whole && !/^Căn\s+cứ/iu.test(t) && t.length <= 250 && !/[.;:]$/.test(t);
    if (!(caps || startsLowercase(t) || bold || subject)) break;
    const last = paragraphs[paragraphs.length - 1];
    if (!caps && !isAllCaps(last.text)) {
      last.text += ` ${t}`;
      last.lines[1] = lines[i].n;
    } else {
      paragraphs.push({ text: t, lines: [lines[i].n, lines[i].n] });
    }
    bold = bold !== ((t.match(/\*\*/g) ?? []).length % 2 === 1);
    end = i + 1;
  }

  // The subject: what follows the type word, each capitals part in sentence case, running text as printed.
  // A session line ("CỦA QUỐC HỘI KHOÁ XII, KỲ HỌP THỨ 5") stays in the title block but is not part of the name.
  const session = /KỲ\s+HỌP|^(?:CỦA\s+)?QUỐC\s+HỘI\s+KH[OÓ][AÁ]\s/iu;
  const parts = [typeLine.replace(/^\*+/, '').slice(typeWord.length), ...paragraphs.slice(1).map((p) => p.text)]
    .map((p) => p.replace(/\*+/g, '').trim())
    .filter((p) => p && !(isAllCaps(p) && session.test(p)))
    .map((p) => (isAllCaps(p) ? sentenceCase(p, knownNames).replace(/^./, (c) => c.toLocaleLowerCase('vi')) : p));
  let subject = parts.join(' ').replace(/\s+/g, ' ').trim();
  // After the type the subject runs on in lower case ("Quyết định về việc …"), unless it opens with a name the registry knows.
  if (!knownNames.some((n) => subject.startsWith(n))) subject = subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);
  else subject = subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1);
  const normative = type === 'law' || type === 'code' || type === 'ordinance';
  if (normative) {
    // "LUẬT CỦA QUỐC HỘI SỐ 21-LCT/HĐNN8 NGÀY 30/06/1989 VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN": a law is named by its subject.
    const about = /(?:^|\s)về\s+(.+)$/u.exec(subject);
    if (/^(của|số)\s/u.test(subject)) {
      subject = about ? about[1] : subject.replace(/^(?:của\s+.+?\s+)?số\s+\S+(?:\s+ngày\s+\S+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?\s*/u, '');
    }
    // "THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP SỐ 23-L/CTN NGÀY 10/07/1993 CỦA QUỐC HỘI": the name ends before its number.
    subject = subject.replace(/\s+số\s+\d\S*(?:\s+ngày\s+\S+)?(?:\s+của\s+.+)?$/u, '');
    subject = subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1);
  }
  const title = subject ? `${documentTypeLabels[type].vi} ${subject}` : documentTypeLabels[type].vi;
  report.found(`document type: ${typeWord} (${type})`, lines[at].n);
  report.found(`title block`, lines[at].n, lines[end - 1].n);
  if (subject && paragraphs.some((p) => isAllCaps(p.text))) {
    report.guessed(`title "${title}" in sentence case from capitals: check the casing of proper names`, lines[at].n, lines[end - 1].n);
  }
  return { start: at, end, type, paragraphs, title };
}
