/**
 * The end of a document: the closing formula ("Luật này đã được Quốc hội … thông qua ngày …", "Văn phòng
 * Trung ương Đảng xin thông báo …"), the recipients ("Nơi nhận:"), the signature block (role in capitals,
 * the signer's name), and what may follow it: an appendix ("PHỤ LỤC"), kept, or a web page's furniture (a
 * translation, download links), left out with a warning.
 */
import type { Report } from './report.ts';
import { endsTerminal, isAllCaps, startsLowercase, type SourceLine } from './source.ts';
import { isPersonName } from './names.ts';

const SIGNED = /^\(?\s*(?:đã\s+ký|ký\s+tên|ký)[^)]*\)?\.?$/iu;
const ON_BEHALF = /^(?:\*\*)?(?:T\/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?|THỪA\s+LỆNH|THỪA\s+ỦY\s+QUYỀN)\s/iu;
const RECIPIENTS = /^(?:\*\*)?Nơi\s+nhận\s*:?/iu;
const CLOSING = /(?:đã\s+được|được)\s.{0,120}thông\s+qua|xin\s+thông\s+báo|phổ\s+biến\s+đến|thông\s+báo\s+để\s.{0,60}biết/iu;
export const APPENDIX = /^(?:\*\*)?(?:PHỤ\s+LỤC|Phụ\s+lục|DANH\s+MỤC|BIỂU\s+MẪU|MẪU\s+SỐ|\(Ban\s+hành\s+kèm\s+theo)/u;
export const ARTICLE = /^(?:Điều|ĐIỀU|Ðiều)\s*\d+/u;

export interface Signature {
  start: number;
  end: number;
  role: string[];
  name: string;
  lines: [number, number];
}

export interface EndMatter {
  /** Where the body ends (index into the content lines). */
  bodyEnd: number;
  closing?: { start: number; end: number };
  recipients?: { start: number; end: number };
  signature?: Signature;
  appendix?: { start: number; end: number };
  trailing?: { start: number; end: number };
}

const clean = (t: string) => t.replace(/\*+/g, '').trim();

/** A signature block ending at the name on line `i`: role lines in capitals above it, or "(Đã ký)" beside it. */
function signatureAt(lines: SourceLine[], i: number): Signature | undefined {
  const name = clean(lines[i].text);
  if (!isPersonName(name)) return undefined;
  let start = i;
  let end = i + 1;
  if (end < lines.length && SIGNED.test(clean(lines[end].text))) end++;
  if (start > 0 && SIGNED.test(clean(lines[start - 1].text))) start--;
  const role: string[] = [];
  while (start > 0 && role.length < 3) {
    const t = clean(lines[start - 1].text);
    if (!(isAllCaps(t) || ON_BEHALF.test(lines[start - 1].text.trim())) || endsTerminal(t) || RECIPIENTS.test(t)) break;
    role.unshift(t);
    start--;
  }
  if (role.length === 0 && end === i + 1) return undefined;
  return { start, end, role, name, lines: [lines[start].n, lines[end - 1].n] };
}

export function findEndMatter(lines: SourceLine[], bodyStart: number, normative: boolean, report: Report): EndMatter {
  const isAppendixHeading = (i: number) => APPENDIX.test(lines[i].text.trim()) && (isAllCaps(clean(lines[i].text)) || /^\(Ban hành/u.test(lines[i].text.trim()));
  let appendixFirst = -1;
  for (let i = bodyStart + 1; i < lines.length && appendixFirst < 0; i++) if (isAppendixHeading(i)) appendixFirst = i;
  const limit = appendixFirst >= 0 ? appendixFirst : lines.length;
  // The signature comes after the last article of a normative text; anything before that is body.
  let from = bodyStart;
  if (normative) {
    for (let i = limit - 1; i >= bodyStart; i--) {
      if (ARTICLE.test(lines[i].text.trim())) {
        from = i + 1;
        break;
      }
    }
  }
  let signature: Signature | undefined;
  for (let i = from; i < limit && !signature; i++) signature = signatureAt(lines, i);
  const end: EndMatter = { bodyEnd: limit };
  let tailStart = signature ? signature.end : limit;
  if (signature) {
    end.signature = signature;
    report.found(`signature: ${[...signature.role, signature.name].join(' / ')}`, signature.lines[0], signature.lines[1]);
  } else {
    report.warn("no signature block (a role in capitals above the signer's name) was found; the signer is left unknown");
  }
  let blockStart = signature?.start ?? limit;
  // Recipients: before the signature (Party texts) or after it (administrative texts).
  const recipientsAt = lines.findIndex((l, i) => i >= from && i < Math.max(limit, tailStart) && RECIPIENTS.test(l.text.trim()) && (!signature || i < signature.start || i >= signature.end));
  if (recipientsAt >= 0) {
    let stop = recipientsAt < blockStart ? blockStart : lines.length;
    if (recipientsAt >= tailStart) {
      // After the signature, the list ends at the first line that is neither an item nor an item's run-on line.
      for (let i = recipientsAt + 1; i < lines.length; i++) {
        const t = lines[i].text.trim();
        if (isAppendixHeading(i) || !(/^[-–+•]\s*/.test(t) || startsLowercase(t) || !endsTerminal(lines[i - 1].text))) {
          stop = i;
          break;
        }
      }
      tailStart = stop;
    } else {
      blockStart = recipientsAt;
    }
    end.recipients = { start: recipientsAt, end: stop };
    report.found('recipients ("Nơi nhận")', lines[recipientsAt].n, lines[stop - 1].n);
  }
  // The closing formula: the paragraph right before the recipients and signature, if it reads as one.
  for (let k = 1; k <= 4 && blockStart - k >= bodyStart; k++) {
    const first = blockStart - k;
    const text = lines.slice(first, blockStart).map((l) => l.text.trim()).join(' ');
    const opens = !startsLowercase(lines[first].text) && (first === bodyStart || endsTerminal(lines[first - 1].text));
    if (opens && CLOSING.test(text)) {
      end.closing = { start: first, end: blockStart };
      report.found('closing formula', lines[first].n, lines[blockStart - 1].n);
      blockStart = first;
      break;
    }
  }
  end.bodyEnd = blockStart;

  // After the signature: an appendix is part of the document; anything else is not.
  if (tailStart < lines.length) {
    let appendixAt = -1;
    for (let i = tailStart; i < lines.length && appendixAt < 0; i++) if (isAppendixHeading(i)) appendixAt = i;
    const stop = appendixAt >= 0 ? appendixAt : lines.length;
    if (stop > tailStart) {
      end.trailing = { start: tailStart, end: stop };
      report.warn(`${stop - tailStart} lines after the signature are not part of the document (no appendix heading) and were left out: check they are web page furniture`, lines[tailStart].n, lines[stop - 1].n);
    }
    if (appendixAt >= 0) {
      end.appendix = { start: appendixAt, end: lines.length };
      report.found('appendix', lines[appendixAt].n, lines[lines.length - 1].n);
    }
  }
  return end;
}
