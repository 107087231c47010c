/**
 * One plain-text Vietnamese document to the site's metadata and vi.mdx: the steps in order (source, page
 * furniture, letterhead and title, end matter, structure, citations, metadata), each a module of its own.
 * planImport writes nothing; writeImport (write.ts) puts a plan in place.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { documentSchema, type Relation } from '../content/schemas.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../content/document-types.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { resolveCitations, type CitedOnly, type CitingText } from './citations.ts';
import { TYPE_ALTERNATION, typeOfWord } from './type-words.ts';
import { findEndMatter } from './endmatter.ts';
import { liftPageFurniture, withoutRefMarkers, type Footnote } from './footnotes.ts';
import { findLetterhead, findTitle, isoDate, NUMBER_SOURCE, recordedNumber } from './letterhead.ts';
import { citedOnlyMeta, documentId, knownNames, matchAgency, placeOf, signerOf, textVersionOf, toYaml } from './metadata.ts';
import { writeMdx } from './mdx-writer.ts';
import { ImportError, Report } from './report.ts';
import { documentsByNumber, type SiteIndex } from './site-index.ts';
import { isOrnament, readSource, type SourceLine } from './source.ts';
import { assignIds, breaks, parseBody, type Block, type Container, type TextBlock, type Unit } from './structure.ts';

export interface Localized {
  vi: string;
  en: string;
}

export interface ImportOptions {
  /** The source's file name (the raw file is kept under this name in provenance/sources/). */
  fileName: string;
  id?: string;
  type?: DocumentType;
  title?: string;
  titleEn?: string;
  /** Import only the lines from the one starting with `from` to the one starting with `to` (a page holding more than the document). */
  from?: string;
  to?: string;
  publisher?: Localized;
  url?: string;
}

export interface ImportPlan {
  id: string;
  title: string;
  meta: Record<string, unknown>;
  yaml: string;
  mdx: string;
  source: { file: string; sha256: string; bytes: Uint8Array };
  /** Cited-only entries to create (one per cited number the site did not have). */
  citedOnly: { id: string; yaml: string; entry: CitedOnly }[];
  /** A cited-only entry of the site for this very document, which the import replaces (its links move here). */
  replaces?: string;
  root: Container;
  footnotes: Footnote[];
  report: Report;
  /** Every clause id of the text, in order. */
  clauseIds: string[];
  counts: Record<string, number>;
  /** Source lines that are not text of the document, and why: what a fidelity check leaves out, and only that. */
  leftOut: { lines: [number, number]; reason: 'outside --from/--to' | 'page marker' | 'ornament' | 'before the letterhead' | 'after the signature' }[];
}

const UNKNOWN_PUBLISHER: Localized = { vi: 'Không rõ (nguồn không ghi)', en: 'Unknown (not given in the source)' };
const NORMATIVE: readonly DocumentType[] = ['law', 'code', 'ordinance'];
const NORMATIVE_ARTICLE = /^(?:Điều|ĐIỀU|Ðiều)\s*\d+[a-zđ]?\s*(?:[.:]|$|\s+\p{Lu})/u;

function sliceLines(lines: SourceLine[], from: string | undefined, to: string | undefined): SourceLine[] {
  if (!from && !to) return lines;
  const start = from ? lines.findIndex((l) => l.text.trim().startsWith(from)) : 0;
  if (start < 0) throw new ImportError(`no line starts with "${from}".`, 'give --from the start of the document\'s first line, as in the file.');
  const end = to ? lines.findIndex((l, i) => i >= start && l.text.trim().startsWith(to)) : lines.length - 1;
  if (end < 0) throw new ImportError(`no line after the --from line starts with "${to}".`, 'give --to the start of the document\'s last line, as in the file.');
  return lines.slice(start, end + 1);
}

/** "Luật này", "Nghị định này": how a text names itself, when it prints no title. */
function selfReferenceType(lines: SourceLine[]): DocumentType | undefined {
  const counts = new Map<DocumentType, number>();
  const re = new RegExp(`${TYPE_ALTERNATION}\\s+này(?![\\p{L}])`, 'gu');
  for (const l of lines) for (const m of l.text.matchAll(re)) if (m[0].charAt(0) === m[0].charAt(0).toLocaleUpperCase('vi')) {
    const type = typeOfWord(m[1]);
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const para = (text: string, from: number, to = from): TextBlock => ({ type: 'para', text, lines: [from, to] });

/** Lines joined into paragraphs: one per line, or by the hard-wrapped rules. */
function paragraphs(lines: SourceLine[], hardWrapped: boolean, width: number): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    const last = out[out.length - 1];
    if (last && hardWrapped && !breaks(lines[i - 1], lines[i], width, false)) {
      last.text += ` ${t}`;
      last.lines[1] = lines[i].n;
    } else out.push(para(t, lines[i].n));
  }
  return out;
}

function unit(kind: Unit['kind'], id: string, line: number, children: Block[]): Unit {
  return { type: 'unit', kind, id, line, children };
}

function* textBlocks(container: Container, inTitle = false): Generator<{ block: TextBlock; parent: Container; index: number; inTitle: boolean }> {
  let index = 0;
  for (const b of container.children) {
    if (b.type === 'unit') yield* textBlocks(b, inTitle || b.kind === 'title');
    else yield { block: b, parent: container, index: index++, inTitle };
  }
}

function allIds(container: Container, out: string[] = []): string[] {
  for (const b of container.children) {
    if (b.id) out.push(b.id);
    if (b.type === 'unit') allIds(b, out);
  }
  return out;
}

/** The bodies a document names as its author: who signs for it, whose title it carries, who passes or notifies it. */
function issuerCandidates(signatureRole: string[], titleParagraphs: string[], closing: string, letterhead: string | undefined): { text: string; from: string }[] {
  const out: { text: string; from: string }[] = [];
  for (const r of signatureRole) {
    const m = /^(?:\*\*)?(?:T\/M|TM\.?)\s+(.+?)\**$/iu.exec(r.trim());
    if (m) out.push({ text: m[1], from: 'signature' });
  }
  for (const p of titleParagraphs) {
    // "CỦA BAN BÍ THƯ" on a line of its own, or right after the type ("LUẬT CỦA QUỐC HỘI SỐ …").
    const m = new RegExp(`^(?:${TYPE_ALTERNATION}\\s+)?CỦA\\s+(.+?)(?=\\s+(?:SỐ|NGÀY|VỀ)(?:\\s|$)|$)`, 'u').exec(p.replace(/\*+/g, '').trim());
    if (m) out.push({ text: m[2], from: 'title' });
  }
  const notice = /^(.+?)\s+xin\s+thông\s+báo/iu.exec(closing);
  if (notice) out.push({ text: notice[1], from: 'closing formula' });
  const passed = /(?:đã\s+được|được)\s+(.+?)\s+(?:nước|khoá|khóa|kỳ|thông\s+qua)/iu.exec(closing);
  if (passed) out.push({ text: passed[1], from: 'closing formula' });
  // "T/M BAN THƯỜNG VỤ" under the letterhead "TỈNH ỦY AN GIANG": the Standing Committee of that Provincial Committee.
  const onBehalf = out.filter((c) => c.from === 'signature');
  if (letterhead) out.unshift(...onBehalf.map((c) => ({ text: `${c.text} ${letterhead}`, from: 'signature and letterhead' })));
  if (letterhead) out.push({ text: letterhead, from: 'letterhead' });
  // A body's formal name adds the country ("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") or the session ("KHOÁ XII, KỲ HỌP THỨ 5").
  return out.map((c) => ({ ...c, text: c.text.replace(/\s+nước\s+cộng\s+h(?:oà|òa)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam.*$/iu, '').replace(/,?\s+(?:khoá|khóa|kỳ\s+họp)\s.*$/iu, '').trim() }));
}

export async function planImport(buffer: Uint8Array, options: ImportOptions, site: SiteIndex): Promise<ImportPlan> {
  const report = new Report();
  const source = readSource(buffer);
  const leftOut: ImportPlan['leftOut'] = [];
  const all = source.lines;
  source.lines = sliceLines(source.lines, options.from, options.to);
  if (source.lines[0].n > 1) leftOut.push({ lines: [1, source.lines[0].n - 1], reason: 'outside --from/--to' });
  if (source.lines[source.lines.length - 1].n < all.length) leftOut.push({ lines: [source.lines[source.lines.length - 1].n + 1, all.length], reason: 'outside --from/--to' });
  if (options.from || options.to) report.found(`imported lines ${source.lines[0].n}-${source.lines[source.lines.length - 1].n} only (--from/--to)`);
  report.found(source.hardWrapped ? `hard-wrapped lines (a paragraph runs over several lines; full line about ${source.width} characters)` : 'one paragraph per line');
  const { lines: cleaned, footnotes, pageMarkers } = liftPageFurniture(source, report);
  for (const n of pageMarkers) leftOut.push({ lines: [n, n], reason: 'page marker' });
  const ornaments = cleaned.filter((l) => l.text.trim() !== '' && isOrnament(l.text));
  for (const l of ornaments) leftOut.push({ lines: [l.n, l.n], reason: 'ornament' });
  if (ornaments.length) report.found(`${ornaments.length} lines without letters or digits (letterhead ornaments such as "-----", "*") left out`);
  const lines = cleaned.filter((l) => l.text.trim() !== '' && !isOrnament(l.text));
  if (lines.length === 0) throw new ImportError('the file has no lines of text.', 'give the plain-text file of the document.');
  const names = knownNames(site.agencies);
  const normative = lines.filter((l) => NORMATIVE_ARTICLE.test(l.text.trim())).length >= 2;
  report.found(normative ? 'a normative text (articles: Điều)' : 'a text without articles (numbered parts, items and points)');

  // Front: furniture, letterhead, title.
  const letterhead = findLetterhead(lines, report);
  if (letterhead && letterhead.start > 0) {
    leftOut.push({ lines: [lines[0].n, lines[letterhead.start - 1].n], reason: 'before the letterhead' });
    report.warn(`${letterhead.start} lines before the letterhead are not part of the document and were left out: check they are web page furniture`, lines[0].n, lines[letterhead.start - 1].n);
  }
  const afterLetterhead = letterhead?.end ?? 0;
  const title = findTitle(lines, afterLetterhead, names, report);
  const bodyStart = title?.end ?? afterLetterhead;
  const end = findEndMatter(lines, bodyStart, normative, report);
  if (end.bodyEnd <= bodyStart && !title) throw new ImportError('no recognisable structure: no letterhead, title or body text was found.', 'check the file is the text of one document.');

  const type = options.type ?? title?.type ?? selfReferenceType(lines.slice(bodyStart));
  if (!type) throw new ImportError('the document type cannot be told: the text prints no type ("LUẬT", "CHỈ THỊ", …) and never names itself ("Luật này").', `pass --type (one of: ${DOCUMENT_TYPES.join(', ')}).`);
  if (!options.type && !title) report.guessed(`document type ${type}, from how the text names itself ("${documentTypeLabels[type].vi} này")`);

  // The tree: header, text before the title, title, body, closing formula, recipients, signature, appendix.
  const root: Container = { children: [] };
  const usedIds = new Set<string>(['header', 'title', 'recipients', 'signature']);
  if (letterhead) root.children.push(unit('header', 'header', lines[letterhead.start].n, lines.slice(letterhead.start, letterhead.end).map((l) => para(l.text.trim(), l.n))));
  if (title) {
    root.children.push(...paragraphs(lines.slice(afterLetterhead, title.start), source.hardWrapped, source.width));
    root.children.push(unit('title', 'title', title.paragraphs[0].lines[0], title.paragraphs.map((p) => para(p.text, p.lines[0], p.lines[1]))));
  }
  if (end.trailing) leftOut.push({ lines: [lines[end.trailing.start].n, lines[end.trailing.end - 1].n], reason: 'after the signature' });
  const body = lines.slice(bodyStart, end.bodyEnd);
  const parsed = parseBody(body, root, { normative, hardWrapped: source.hardWrapped, width: source.width, captions: type === 'news-article' || type === 'interview' }, usedIds, report);
  const bases = body.filter((l) => /^Căn cứ/u.test(l.text.trim()));
  for (const b of bases) report.found(`legal basis: ${b.text.trim().slice(0, 90)}${b.text.trim().length > 90 ? '…' : ''}`, b.n);

  const closingText = end.closing ? lines.slice(end.closing.start, end.closing.end).map((l) => l.text.trim()).join(' ') : '';
  const frame: { at: number; block: Block }[] = [];
  if (end.closing) frame.push({ at: end.closing.start, block: para(closingText, lines[end.closing.start].n, lines[end.closing.end - 1].n) });
  if (end.recipients) {
    const children: TextBlock[] = [];
    for (const l of lines.slice(end.recipients.start, end.recipients.end)) {
      const t = l.text.trim();
      const bullet = /^[-–+•]\s+(\S.*)$/.exec(t);
      const last = children[children.length - 1];
      if (bullet) children.push({ type: 'bullet', text: bullet[1], lines: [l.n, l.n] });
      else if (last?.type === 'bullet') {
        last.text += ` ${t}`;
        last.lines[1] = l.n;
      } else children.push(para(t, l.n));
    }
    frame.push({ at: end.recipients.start, block: unit('recipients', 'recipients', lines[end.recipients.start].n, children) });
  }
  if (end.signature) {
    const s = end.signature;
    const children: TextBlock[] = [];
    const roleLines = lines.slice(s.start, s.start + s.role.length);
    if (roleLines.length) children.push(para(roleLines.map((l) => l.text.trim()).join(' '), roleLines[0].n, roleLines[roleLines.length - 1].n));
    for (const l of lines.slice(s.start + s.role.length, s.end)) children.push(para(l.text.trim(), l.n));
    frame.push({ at: s.start, block: unit('signature', 'signature', lines[s.start].n, children) });
  }
  frame.sort((a, b) => a.at - b.at);
  root.children.push(...frame.map((f) => f.block));
  if (end.appendix) root.children.push(...paragraphs(lines.slice(end.appendix.start, end.appendix.end), source.hardWrapped, source.width));
  for (const f of footnotes.filter((f) => !f.referenced)) root.children.push(para(`${f.label} ${f.text}`, f.lines[0], f.lines[1]));
  assignIds(root);
  const bodyBlocks = root.children.filter((b) => !(b.type === 'unit' && ['header', 'title', 'recipients', 'signature'].includes(b.kind)));
  if (bodyBlocks.length === 0) throw new ImportError('no recognisable structure: the document has no body text.', 'check the file is the whole text of the document.');
  const counts = { ...parsed.counts };
  const structure = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
  report.found(`structure: ${structure || 'paragraphs only'}`);

  // Metadata.
  const titleText = title?.paragraphs.map((p) => p.text).join(' ') ?? '';
  // A title may carry the document's own number and date ("LUẬT CỦA QUỐC HỘI SỐ 21-LCT/HĐNN8 NGÀY 30/06/1989 VỀ …"),
  // right after its type and issuer; a number further on is a document it names ("KẾ HOẠCH thực hiện Chỉ thị số …").
  const own = new RegExp(`^\\**${TYPE_ALTERNATION}\\s+(?:CỦA\\s+[^,]+?\\s+)?SỐ\\s*:?\\s*(${NUMBER_SOURCE})(?:\\s+NGÀY\\s+(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}))?`, 'iu').exec(titleText);
  let number: string | null = letterhead?.number ? recordedNumber(letterhead.number.printed) : null;
  if (!number && own) {
    number = recordedNumber(own[2]);
    report.found(`number from the title: ${own[2]}`, title!.paragraphs[0].lines[0]);
  }
  let date: string | null = letterhead?.date?.iso ?? null;
  const passedAt = /thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(closingText);
  const passedIso = passedAt ? isoDate(passedAt[1], passedAt[2], passedAt[3]) : undefined;
  const titleIso = own?.[3] ? isoDate(own[3], own[4], own[5]) : undefined;
  if (!date && titleIso) {
    date = titleIso;
    report.found(`date from the title: ${titleIso}`, title!.paragraphs[0].lines[0]);
  }
  if (!date && passedIso) {
    date = passedIso;
    report.found(`date from the closing formula (passed on ${passedIso})`, lines[end.closing!.start].n);
  }
  if (letterhead?.date && passedIso && letterhead.date.iso.length === 10 && passedIso !== letterhead.date.iso) {
    report.warn(`the letterhead dates the document ${letterhead.date.iso} but the closing formula says it was passed on ${passedIso}; the letterhead's date is recorded`, letterhead.date.line);
  }
  if (!date) report.warn('the source gives no date of issue; the date is left unknown');
  if (!number) report.found('the source gives no number; the number is left unknown');

  const agencies = site.agencies;
  const candidates = issuerCandidates(end.signature?.role ?? [], title?.paragraphs.map((p) => p.text) ?? [], closingText, letterhead?.issuerPrinted?.text);
  const matched = candidates.map((c) => ({ ...c, agency: matchAgency(c.text, agencies) })).find((c) => c.agency);
  let issuer: string[] = [];
  let issuerPrinted: string | undefined;
  if (matched) {
    issuer = [matched.agency!.id];
    report.found(`issuer: ${matched.text} (${matched.from}) = ${matched.agency!.id}`);
  } else {
    issuerPrinted = (letterhead?.issuerPrinted?.text ?? candidates[0]?.text)?.replace(/\*+/g, '').trim();
    if (issuerPrinted) report.warn(`the issuing body "${issuerPrinted}" is not in the agency registry: the document says so until a person adds it to src/content/agencies.yaml and sets issuer`, letterhead?.issuerPrinted?.line);
    else report.warn('the source names no issuing body; the issuer is left unknown');
  }
  // Only when no name matched are the others worth a person's look: a matched issuer makes "BAN THƯỜNG VỤ" beside it a short form.
  if (!matched) for (const c of candidates) if (c.text !== issuerPrinted) report.warn(`the body "${c.text}" (${c.from}) is not in the agency registry`);

  const typeLabel = documentTypeLabels[type].vi;
  let docTitle = options.title ?? (title && title.title !== typeLabel ? title.title : undefined);
  if (!docTitle) {
    // A law that prints no name names itself where it is enacted ("Quốc hội ban hành Luật dược") or says what it governs ("Luật này quy định về …").
    const enacted = new RegExp(`(?:^|;\\s*)[^.;]{0,40}?ban\\s+hành\\s+(${TYPE_ALTERNATION}\\s+(?!này)[^.;]{1,120}?)\\.?$`, 'iu');
    const governs = new RegExp(`(?:^|;\\s*)${TYPE_ALTERNATION}\\s+này\\s+quy\\s+định\\s+về\\s+([^.;]{3,150})\\.?$`, 'u');
    const window = lines.slice(bodyStart, Math.min(end.bodyEnd, bodyStart + 15));
    const byEnacting = window.map((l) => ({ l, m: enacted.exec(l.text.trim()) })).find((x) => x.m && typeOfWord(x.m[2]) === type);
    const byScope = window.map((l) => ({ l, m: governs.exec(l.text.trim()) })).find((x) => x.m && typeOfWord(x.m[1]) === type);
    const name = byEnacting ? byEnacting.m![1].slice(byEnacting.m![2].length).trim() : byScope?.m![2].trim();
    if (name) {
      docTitle = `${typeLabel} ${name.charAt(0).toLocaleUpperCase('vi')}${name.slice(1)}`;
      const at = (byEnacting ?? byScope)!.l.n;
      report.guessed(`title "${docTitle}" from ${byEnacting ? 'the enacting words ("ban hành …")' : 'what the text says it governs ("… này quy định về …")'}: the text prints no name`, at);
    } else {
      docTitle = `${typeLabel}${number ? ` số ${number}` : ''}`;
      report.warn(`the text prints no title; it is called "${docTitle}" until a person gives it one`);
    }
  }
  const id = options.id ?? documentId({ type, number, title: docTitle, date });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new ImportError(`"${id}" cannot be a document id.`, 'an id is lower-case ASCII words joined by "-" (--id luat-duoc-2016).');

  // Citations, stated in the clause that names them: a unit's lead paragraph states it for the unit.
  const texts: CitingText[] = [];
  for (const { block, parent, index, inTitle } of textBlocks(root)) {
    const lead = index === 0 && (parent as Unit).num !== undefined && (parent as Unit).type === 'unit';
    texts.push({ clause: lead ? parent.id! : block.id!, text: withoutRefMarkers(block.text).replace(/\*\*/g, ''), line: block.lines[0], inTitle });
  }
  const unitTitles = (c: Container) => {
    for (const b of c.children) if (b.type === 'unit') {
      if (b.title) texts.push({ clause: b.id, text: b.title, line: b.line });
      unitTitles(b);
    }
  };
  unitTitles(root);
  for (const f of footnotes.filter((f) => f.referenced)) texts.push({ clause: `fn-${f.label}`, text: withoutRefMarkers(f.text), line: f.lines[0] });
  const { relations, citedOnly } = resolveCitations(texts, { id, type, number, title: docTitle, date }, site, report);

  // The site may have this document already as a cited-only entry: this import gives it its text.
  const replaces = number ? documentsByNumber(site, number, type).find((d) => !d.hasText && d.id !== id)?.id : undefined;
  if (replaces) report.found(`the site cites this document as "${replaces}" (no text): that entry is replaced and its links and URL move to ${id}`);

  const sha256 = createHash('sha256').update(buffer).digest('hex');
  // The raw file keeps its name, unless the site holds another file of that name.
  let file = sourceFileName(options.fileName);
  const held = path.join(site.root, 'provenance/sources', file);
  if (fs.existsSync(held) && createHash('sha256').update(fs.readFileSync(held)).digest('hex') !== sha256) file = file.replace(/\.txt$/, `-${sha256.slice(0, 8)}.txt`);
  const titleEn = options.titleEn ?? `${documentTypeLabels[type].en}${number ? ` No. ${number}` : ''}`;
  if (!options.titleEn) report.warn(`English title: "${titleEn}" stands in until a person writes the English title (and a summary) in the metadata`);
  const passedBody = matched?.from === 'closing formula' ? matched.agency : candidates.map((c) => matchAgency(c.text, agencies)).find(Boolean);
  const meta: Record<string, unknown> = {
    type,
    number,
    title: { vi: docTitle, en: titleEn },
    issuer,
    ...(issuerPrinted && { issuerPrinted }),
    signer: end.signature ? signerOf(end.signature.role, end.signature.name, agencies, end.signature.lines[0], report) : null,
    date,
    place: letterhead?.place ? placeOf(letterhead.place.text) : null,
    field: [],
    status: null,
    ...(NORMATIVE.includes(type) && passedIso && { textVersion: textVersionOf({ date: passedIso, body: passedBody }) }),
    sourceLanguage: 'vi',
    hasText: true,
    sources: [{ file, sha256, publisher: options.publisher ?? UNKNOWN_PUBLISHER, ...(options.url && { url: options.url }), languages: ['vi'] }],
    relations: relations satisfies Relation[],
  };
  if (!options.publisher) report.warn('the publisher of the source is not known to the importer (--publisher): it reads "unknown" until a person names it');
  if (meta.place) report.guessed(`place in English: ${(meta.place as Localized).en}`);
  const check = documentSchema.safeParse(meta);
  if (!check.success) throw new Error(`the importer made metadata the schema refuses: ${check.error.message}`);

  const mdx = writeMdx(docTitle, root, footnotes);
  return {
    id,
    title: docTitle,
    meta,
    yaml: toYaml(meta),
    mdx,
    source: { file, sha256, bytes: buffer },
    citedOnly: citedOnly.map((entry) => ({ id: entry.id, entry, yaml: toYaml(citedOnlyMeta(entry)) })),
    ...(replaces && { replaces }),
    root,
    footnotes,
    report,
    clauseIds: [...allIds(root), ...footnotes.filter((f) => f.referenced).map((f) => `fn-${f.label}`)],
    counts,
    leftOut,
  };
}

/** The raw file keeps its name where that is a safe file name; otherwise an ASCII form of it. */
function sourceFileName(name: string): string {
  const base = path.basename(name);
  if (/^[\w.-]+\.txt$/.test(base)) return base;
  return `${base.replace(/\.txt$/i, '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'source'}.txt`;
}

