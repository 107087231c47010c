/**
 * Citations in Vietnamese legal style (smallest unit first, in the document's own labels, then the
 * document) and in English. Used at build time (share pages, data, search index) and in the browser (the
 * cite control), so both say the same. Two styles: Party and administrative texts ("mục 2, Chỉ thị số
 * 52-CT/TW ngày 03/10/2025 của Ban Bí thư về …"), and normative texts, cited as lawyers do ("điểm a khoản 1
 * Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12"; "Point a, Clause 1, Article 22 of the Law on Health
 * Insurance No. 25/2008/QH12"). Browser-safe.
 */
import { isNormativeKind, parseClauseId, type Segment } from './clause-ids.ts';
import type { Lang } from '../i18n/languages.ts';

/**
 * The letter a point's id value stands for: "dd" is "đ" in Vietnamese ("diem-dd1" is điểm đ1); English
 * writes it "dd", as English translations of Vietnamese law do ("Point dd").
 */
const pointLetter = (v: string) => v.replace(/^dd/, 'đ').replace(/^DD/, 'Đ');
const VI_ORDINALS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

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
  phan: { vi: (v) => `Phần thứ ${VI_ORDINALS[Number(v)] ?? v}`, en: (v) => `Part ${v}` },
  chuong: { vi: (v) => `Chương ${v}`, en: (v) => `Chapter ${v}` },
  muc: { vi: (v) => `Mục ${v}`, en: (v) => `Section ${v}` },
  'tieu-muc': { vi: (v) => `Tiểu mục ${v}`, en: (v) => `Subsection ${v}` },
  dieu: { vi: (v) => `Điều ${v}`, en: (v) => `Article ${v}` },
  khoan: { vi: (v) => `khoản ${v}`, en: (v) => `Clause ${v}` },
  diem: { vi: (v) => `điểm ${pointLetter(v)}`, en: (v) => `Point ${v}` },
};

/** Whether an id is cited in the normative style (it names an article or its units). */
export function isNormativeId(clauseId: string): boolean {
  return parseClauseId(clauseId).some((s) => isNormativeKind(s.kind));
}

function label(lang: Lang, s: Segment): string {
  return (UNIT_LABELS[s.kind]?.[lang] ?? ((v: string) => `${s.kind} ${v}`))(s.value).trim();
}

/**
 * "item-2__item-2.1__point-2" -> ["điểm (2)", "mục 2.1"]: smallest first, a parent item dropped when its
 * child's number extends it. The opening paragraph of an article, clause or point is cited as the unit
 * itself ("khoản 1 Điều 6", not "đoạn 1 khoản 1 Điều 6"), as lawyers cite it.
 */
export function unitLabels(lang: Lang, clauseId: string): string[] {
  const segments = parseClauseId(clauseId);
  const last = segments.at(-1);
  const parent = segments.at(-2);
  if (last?.kind === 'para' && last.value === '1' && parent && isNormativeKind(parent.kind)) segments.pop();
  const kept = segments.filter((s, i) => {
    const child = segments[i + 1];
    return !(child && child.kind === s.kind && child.value.startsWith(`${s.value}.`));
  });
  return kept.reverse().map((s) => label(lang, s));
}

/** "điểm a khoản 1 Điều 22", "Point a, Clause 1, Article 22"; "điểm (2) mục 2.1", "point (2) of item 2.1". */
export function unitLabel(lang: Lang, clauseId: string): string {
  const separator = lang === 'vi' ? ' ' : isNormativeId(clauseId) ? ', ' : ' of ';
  return unitLabels(lang, clauseId).join(separator);
}

export interface CitableDocument {
  /** How the document's type reads ("Chỉ thị", "Luật"). */
  typeLabel: string;
  /** Whether the document is cited by its title and number, as laws and codes are. */
  normative?: boolean;
  number: string | null;
  /** The date already written for the language (03/10/2025, 3 October 2025), or null. */
  date: string | null;
  issuer: string;
  title: string;
}

/**
 * The first-mention form of a document. Party and administrative texts: "Chỉ thị số 52-CT/TW ngày
 * 03/10/2025 của Ban Bí thư về thực hiện …"; "Directive No. 52-CT/TW of 3 October 2025 of the Secretariat on
 * implementing …". Laws and codes, by their title and number: "Luật Bảo hiểm y tế số 25/2008/QH12"; "Law on
 * Health Insurance No. 25/2008/QH12". Unknown parts are said to be unknown rather than left out silently.
 */
export function documentCitation(lang: Lang, d: CitableDocument): string {
  if (d.normative) {
    if (lang === 'vi') return `${d.title} ${d.number ? `số ${d.number}` : '(không rõ số)'}`;
    return `${d.title} ${d.number ? `No. ${d.number}` : '(number unknown)'}`;
  }
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

/**
 * A clause of a document. Normative ids read as one legal reference ("điểm a khoản 1 Điều 22 Luật Bảo hiểm y
 * tế số 25/2008/QH12"; "Point a, Clause 1, Article 22 of the Law on Health Insurance No. 25/2008/QH12"); other
 * units are followed by the document's form after a comma.
 */
export function clauseCitation(lang: Lang, clauseId: string, documentForm: string): string {
  const unit = unitLabel(lang, clauseId);
  if (isNormativeId(clauseId)) return lang === 'vi' ? `${unit} ${documentForm}` : `${unit} of the ${documentForm}`;
  return `${unit}, ${documentForm}`;
}

