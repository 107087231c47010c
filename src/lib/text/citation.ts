/**
 * Citations in Vietnamese legal style (smallest unit first, in the document's own labels, then the full
 * first-mention form of the document) and in English. Used at build time (share pages, data) and in the
 * browser (the cite control), so both say the same.
 */
import { ID_SEPARATOR } from './clause-ids.ts';
import type { Lang } from '../i18n/languages.ts';

const UNIT_LABELS: Record<string, Record<Lang, (v: string) => string>> = {
  part: { vi: (v) => `phần ${v}`, en: (v) => `Part ${v}` },
  item: { vi: (v) => `mục ${v}`, en: (v) => `item ${v}` },
  point: { vi: (v) => `điểm (${v})`, en: (v) => `point (${v})` },
  para: { vi: (v) => `đoạn ${v}`, en: (v) => `paragraph ${v}` },
  bullet: { vi: (v) => `gạch đầu dòng thứ ${v}`, en: (v) => `bullet ${v}` },
  heading: { vi: (v) => `tiêu đề mục ${v}`, en: (v) => `heading ${v}` },
  caption: { vi: (v) => `chú thích ảnh ${v}`, en: (v) => `photo caption ${v}` },
  fn: { vi: (v) => `chú thích ${v}`, en: (v) => `footnote ${v}` },
  recipients: { vi: () => 'phần Nơi nhận', en: () => 'recipients' },
  signature: { vi: () => 'phần chữ ký', en: () => 'signature block' },
  header: { vi: () => 'phần đầu văn bản', en: () => 'letterhead' },
  title: { vi: () => 'tiêu đề văn bản', en: () => 'title block' },
};

function parseSegment(segment: string): { kind: string; value: string } {
  const dash = segment.indexOf('-');
  return dash === -1 ? { kind: segment, value: '' } : { kind: segment.slice(0, dash), value: segment.slice(dash + 1) };
}

/** "item-2__item-2.1__point-2" -> ["điểm (2)", "mục 2.1"]: smallest first, a parent item dropped when its child's number extends it. */
export function unitLabels(lang: Lang, clauseId: string): string[] {
  const segments = clauseId.split(ID_SEPARATOR).map(parseSegment);
  const kept = segments.filter((s, i) => {
    const child = segments[i + 1];
    return !(child && child.kind === s.kind && child.value.startsWith(`${s.value}.`));
  });
  return kept
    .reverse()
    .map((s) => (UNIT_LABELS[s.kind]?.[lang] ?? ((v: string) => `${s.kind} ${v}`))(s.value).trim());
}

export function unitLabel(lang: Lang, clauseId: string): string {
  return unitLabels(lang, clauseId).join(lang === 'vi' ? ' ' : ' of ');
}

export interface CitableDocument {
  typeLabel: string;
  number: string | null;
  /** The date already written for the language (03/10/2025, 3 October 2025), or null. */
  date: string | null;
  issuer: string;
  title: string;
}

/**
 * The full first-mention form: "Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện ...";
 * "Directive No. 52-CT/TW of 3 October 2025 of the Secretariat on implementing ...". Unknown parts are said
 * to be unknown rather than left out silently.
 */
export function documentCitation(lang: Lang, d: CitableDocument): string {
  // "Chỉ thị của Ban Bí thư về X" cites as "... của Ban Bí thư về X"; any other title is quoted whole.
  const [opening, subjectMarker] = lang === 'vi' ? [`${d.typeLabel} của `, ' về '] : [`${d.typeLabel} of the `, ' on '];
  const at = d.title.startsWith(opening) ? d.title.indexOf(subjectMarker) : -1;
  const subject = at > 0 ? d.title.slice(at + 1) : `“${d.title}”`;
  if (lang === 'vi') {
    const number = d.number ? ` số ${d.number}` : ' (không rõ số)';
    const date = d.date ? ` ngày ${d.date}` : ' (không rõ ngày ban hành)';
    return `${d.typeLabel}${number}${date} của ${d.issuer}${at > 0 ? ' ' : ': '}${subject}`;
  }
  const number = d.number ? ` No. ${d.number}` : ' (number unknown)';
  const date = d.date ? ` of ${d.date}` : ' (date of issue unknown)';
  return `${d.typeLabel}${number}${date} of the ${d.issuer}${at > 0 ? ' ' : ': '}${subject}`;
}

export function clauseCitation(lang: Lang, clauseId: string, documentForm: string): string {
  return `${unitLabel(lang, clauseId)}, ${documentForm}`;
}
