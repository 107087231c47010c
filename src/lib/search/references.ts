/**
 * The reference index: what the search page needs to send a legal reference straight to its target, in small
 * files the build writes beside the search index and the page loads only for a query that looks like a
 * reference (legal-reference.ts). Pagefind cannot answer "which document is numbered 52-CT/TW" or "does this
 * law have a clause 1 in Article 12" without loading every matching page's fragment; these files answer it
 * for a few kilobytes whatever the size of the corpus:
 *   refs/number/<n>.json            documents whose number starts with n ("52-CT/TW", "52/2023/NĐ-CP" in 52)
 *   refs/title/<lang>-<letter>.json documents cited by title (laws, codes, ordinances) and documents with
 *                                   articles, by the first letter of their title's subject ("b" for "Luật Bảo
 *                                   hiểm y tế", "h" for "Law on Health Insurance")
 *   refs/cited/<page>.json          documents with articles, most cited first (relations pointing to them),
 *                                   newest first among equals, CITED_PAGE to a file: for an article cited
 *                                   without its document (the first CITED_PAGES_SEARCHED pages)
 *   refs/units/<doc>/<lang>-<bucket>.json  a document's numbered units in one language (ids, headings'
 *                                   titles, first words), its articles cut into buckets of ARTICLES_PER_BUCKET
 *                                   so a reference to one article loads its bucket only
 * Browser-safe: the build writes with these shapes and keys, the page reads with them.
 */
import type { Lang } from '../i18n/languages.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { parseClauseId } from '../text/clause-ids.ts';
import type { AbbreviationIndex } from './abbreviations.ts';
import { documentNumberKey, type LegalReference, type UnitStep } from './legal-reference.ts';
import type { DocumentType } from '../content/document-types.ts';
import { foldedKey, splitWords } from './words.ts';

export const REFERENCE_DIR = 'refs';
export const CITED_PAGE = 100;
/**
 * Articles per units file. 20 made 1,191 files for the 206 laws; 80 make about 450, each about 40 KB (10 KB
 * as served), loaded only by a reference to an article.
 */
export const ARTICLES_PER_BUCKET = 80;
/** Targets a reference to a named document shows; an article cited without its document shows more. */
export const NAMED_TARGETS = 3;
export const UNNAMED_TARGETS = 5;
/** Pages of the most cited documents an article cited without its document is looked for in. */
export const CITED_PAGES_SEARCHED = 3;

/** What a result needs to show a document. */
export interface DocumentInfo {
  id: string;
  type: DocumentType;
  number: string | null;
  title: Record<Lang, string>;
  date: string | null;
  /** Its Pagefind page in each language, so the word search need not fetch a document a reference already shows. */
  page?: Partial<Record<Lang, string>>;
}

export interface DocumentEntry extends DocumentInfo {
  /** Relations of other documents that point to it. */
  cited: number;
  /** Its articles, compact ("1-52,6a"), when it has any. */
  articles?: string;
}

export interface UnitEntry {
  id: string;
  /** A heading's title ("Mức hưởng bảo hiểm y tế"). */
  title?: string;
  /** The first words of a unit without a title. */
  text?: string;
}

export interface UnitsFile {
  /** Written while the build streams the documents, before citations are counted. */
  document: DocumentInfo;
  units: UnitEntry[];
}

/**
 * The file of one bucket of a document's units, in every language the document has: one file rather than
 * one per language, since every file is one more a static host must take.
 */
export interface UnitsBucketFile {
  document: DocumentInfo;
  units: Partial<Record<Lang, UnitEntry[]>>;
}

/** A language's units of a bucket file, as the reference resolver reads them. */
export function unitsInLanguage(file: UnitsBucketFile | undefined, lang: Lang): UnitsFile | undefined {
  const units = file?.units[lang];
  return file && units ? { document: file.document, units } : undefined;
}

export interface CitedPage {
  documents: DocumentEntry[];
  more: boolean;
}

/**
 * Leading numbers sharing one number file: one file per number made a file for most documents (600 at
 * 1,000 documents), and a static host counts files; ten to a file keep each file a few kilobytes.
 */
export const NUMBERS_PER_FILE = 10;

export const referencePaths = {
  /** The documents whose numbers lead with `lead` or its neighbours (NUMBERS_PER_FILE a file; callers match the number). */
  number: (lead: number) => `${REFERENCE_DIR}/number/${Math.floor(lead / NUMBERS_PER_FILE)}.json`,
  title: (lang: Lang, key: string) => `${REFERENCE_DIR}/title/${lang}-${key}.json`,
  cited: (page: number) => `${REFERENCE_DIR}/cited/${page}.json`,
  units: (document: string, bucket: string) => `${REFERENCE_DIR}/units/${document}/${bucket}.json`,
};

/** The words of a title after its type ("Luật Bảo hiểm y tế" -> "Bảo hiểm y tế"; "Law on Health Insurance", "Labour Code" -> "Health Insurance", "Labour"). */
export function titleSubject(title: string, type: DocumentType, lang: Lang): string[] {
  const words = splitWords(title);
  const label = splitWords(documentTypeLabels[type][lang]).map(foldedKey);
  const starts = label.every((w, i) => foldedKey(words[i] ?? '') === w);
  const ends = label.every((w, i) => foldedKey(words[words.length - label.length + i] ?? '') === w);
  let subject = starts ? words.slice(label.length) : ends ? words.slice(0, words.length - label.length) : words;
  if (starts && ['ve', 'on', 'of'].includes(foldedKey(subject[0] ?? ''))) subject = subject.slice(1);
  return subject;
}

/**
 * The file key of a subject: the first letter of its first word, folded ("Bảo" -> "b"); "_" when it has none.
 * By letter rather than by word: a file per first word was 127 files for the 206 laws, most of a few hundred
 * bytes; the resolver matches every word of the subject within the file anyway.
 */
export function subjectKey(subject: readonly string[]): string {
  return foldedKey(subject[0] ?? '').replace(/[^a-z0-9]/g, '').charAt(0) || '_';
}

/**
 * The bucket of units outside articles (chapters, the header, every unit of a text without articles) and of
 * articles not numbered by a whole number: the first articles' bucket. A file of their own had been one more
 * for nearly every law.
 */
export const FIRST_BUCKET = 'a0';

/** The bucket of a unit's id: its article's ("dieu-85__khoan-1" -> "a1"), or FIRST_BUCKET for units outside articles. */
export function unitBucket(id: string): string {
  const first = parseClauseId(id)[0];
  return first.kind === 'dieu' ? articleBucket(first.value) : FIRST_BUCKET;
}

export function articleBucket(value: string): string {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? FIRST_BUCKET : `a${Math.floor(n / ARTICLES_PER_BUCKET)}`;
}

/** "1","2",…,"52","6a" -> "1-52,6a": runs of whole numbers, other numbers as they are. */
export function compactArticles(values: readonly string[]): string {
  const whole = [...new Set(values.filter((v) => /^\d+$/.test(v)).map(Number))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < whole.length; i++) {
    let j = i;
    while (j + 1 < whole.length && whole[j + 1] === whole[j] + 1) j++;
    parts.push(i === j ? String(whole[i]) : `${whole[i]}-${whole[j]}`);
    i = j;
  }
  return [...parts, ...values.filter((v) => !/^\d+$/.test(v))].join(',');
}

export function hasArticle(compact: string | undefined, values: readonly string[]): boolean {
  if (!compact) return false;
  return compact.split(',').some((part) => {
    const range = /^(\d+)-(\d+)$/.exec(part);
    return values.some((v) => (range && /^\d+$/.test(v) ? Number(v) >= Number(range[1]) && Number(v) <= Number(range[2]) : part.toLowerCase() === v.toLowerCase()));
  });
}

/**
 * The segments of an id a reader names: "item-2__item-2.2__point-2" is "điểm (2) mục 2.2" (the item 2.2
 * extends, so mục 2 is not said), as citation.ts writes it.
 */
function namedSegments(id: string) {
  const segments = parseClauseId(id);
  return segments.filter((s, i) => {
    const child = segments[i + 1];
    return !(child && child.kind === s.kind && child.value.startsWith(`${s.value}.`));
  });
}

/** How well a unit's id fits the steps typed: the lower the better; undefined when it does not. */
export function unitFit(id: string, steps: readonly UnitStep[]): number | undefined {
  const segments = namedSegments(id);
  if (segments.length !== steps.length) return undefined;
  const free = [...segments];
  let fit = 0;
  for (const step of steps) {
    let found = -1;
    let rank = Infinity;
    free.forEach((s, k) => {
      if (!step.kinds.includes(s.kind)) return;
      const r = step.values.findIndex((v) => v.toLowerCase() === s.value.toLowerCase());
      if (r >= 0 && r < rank) [found, rank] = [k, r];
    });
    if (found < 0) return undefined;
    fit += rank;
    free.splice(found, 1);
  }
  return fit;
}

/** The steps a reference resolves by: an article is unique in its document, so a chapter named with it is not needed. */
function resolvingSteps(steps: readonly UnitStep[]): UnitStep[] {
  const hasArticleStep = steps.some((s) => s.kinds.includes('dieu'));
  return hasArticleStep ? steps.filter((s) => s.kinds.includes('dieu') || s.kinds.includes('khoan') || s.kinds.includes('diem')) : [...steps];
}

function stepsBucket(steps: readonly UnitStep[]): string {
  const article = steps.find((s) => s.kinds.includes('dieu'));
  return article ? articleBucket(article.values[0]) : FIRST_BUCKET;
}

export interface ReferenceLoader {
  /** The documents whose number leads with `lead`, and maybe others (a number file holds several leads). */
  byNumber(lead: number): Promise<DocumentEntry[]>;
  byTitle(lang: Lang, key: string): Promise<DocumentEntry[]>;
  mostCited(page: number): Promise<CitedPage>;
  units(document: string, lang: Lang, bucket: string): Promise<UnitsFile | undefined>;
}

export interface ReferenceTarget {
  document: DocumentInfo;
  /** The unit named; none when the reference names the document only. */
  unit?: UnitEntry;
}

export interface ResolveOptions {
  lang: Lang;
  loader: ReferenceLoader;
  abbreviations?: AbbreviationIndex;
  /** The document the reader came from, which an article cited without its document is looked up in first. */
  context?: string;
}

const byCitedThenNewest = (a: DocumentEntry, b: DocumentEntry) => b.cited - a.cited || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/** The documents a reference names, best first. */
export async function namedDocuments(ref: LegalReference, options: ResolveOptions): Promise<DocumentEntry[]> {
  const { loader, lang } = options;
  const inYear = (d: DocumentEntry) => ref.year === undefined || d.date?.startsWith(String(ref.year));
  if (ref.number) {
    const key = ref.number.key;
    return (await loader.byNumber(ref.number.lead)).filter((d) => d.number && documentNumberKey(d.number)?.key === key && inYear(d)).sort(byCitedThenNewest);
  }
  if (ref.type && ref.typeNumber !== undefined) {
    const lead = ref.typeNumber;
    return (await loader.byNumber(lead)).filter((d) => d.type === ref.type && d.number && documentNumberKey(d.number)?.lead === lead && inYear(d)).sort(byCitedThenNewest);
  }
  if (!ref.subject?.length) return [];
  // "Luật BHYT": an abbreviation in a title stands for its expansion.
  const subject = ref.subject.flatMap((w) => {
    const a = options.abbreviations?.abbreviation(w);
    return a ? splitWords(a.expansions[0]) : [w];
  });
  const wanted = subject.map(foldedKey);
  for (const l of [lang, lang === 'vi' ? 'en' : 'vi'] as Lang[]) {
    const entries = await loader.byTitle(l, subjectKey(subject));
    const scored = entries
      .filter((d) => (!ref.type || d.type === ref.type) && inYear(d))
      .map((d) => {
        const own = titleSubject(d.title[l], d.type, l).map(foldedKey);
        // Every word typed stands at the start of the title's subject, in order ("Luật bảo hiểm" names both
        // Bảo hiểm y tế and Bảo hiểm xã hội); the fewer left over, the better.
        const fits = wanted.every((w, i) => own[i] === w);
        return { d, fits, extra: own.length - wanted.length };
      })
      .filter((s) => s.fits)
      .sort((a, b) => a.extra - b.extra || byCitedThenNewest(a.d, b.d));
    if (scored.length) return scored.map((s) => s.d);
  }
  return [];
}

/** Finds the unit the steps name in a document, or undefined. */
async function findUnit(loader: ReferenceLoader, document: string, lang: Lang, steps: readonly UnitStep[]): Promise<{ file: UnitsFile; unit: UnitEntry } | undefined> {
  // A document without this language's text still has its units in the other.
  const file = (await loader.units(document, lang, stepsBucket(steps))) ?? (await loader.units(document, lang === 'vi' ? 'en' : 'vi', stepsBucket(steps)));
  if (!file) return undefined;
  let best: { unit: UnitEntry; fit: number } | undefined;
  for (const unit of file.units) {
    const fit = unitFit(unit.id, steps);
    if (fit !== undefined && (!best || fit < best.fit)) best = { unit, fit };
  }
  return best && { file, unit: best.unit };
}

/**
 * The targets of a reference, best first. A named document: the unit named in it (or the document when it
 * has no such unit, or no unit was named). An article named without its document ("khoản 1 điều 12",
 * "Article 22"): the document the reader came from if it has that unit, then the documents with articles
 * that have it, most cited first; only when the query is the reference alone, since other words may say
 * which document is meant better than citations do.
 */
export async function resolveReference(ref: LegalReference, options: ResolveOptions): Promise<ReferenceTarget[]> {
  const { loader } = options;
  const named = await namedDocuments(ref, options);
  const steps = resolvingSteps(ref.units);
  if (named.length || ref.number || ref.typeNumber !== undefined || ref.subject?.length) {
    if (!steps.length) return named.slice(0, NAMED_TARGETS).map((document) => ({ document }));
    const found = await Promise.all(named.slice(0, NAMED_TARGETS).map((d) => findUnit(loader, d.id, options.lang, steps)));
    const targets = named.slice(0, NAMED_TARGETS).map((document, i) => ({ document, unit: found[i]?.unit }));
    // A document that has the unit before one that does not.
    return targets.sort((a, b) => Number(Boolean(b.unit)) - Number(Boolean(a.unit)));
  }
  if (!ref.pure || !steps.some((s) => s.kinds.includes('dieu') || s.kinds.includes('chuong'))) return [];
  const targets: ReferenceTarget[] = [];
  if (options.context) {
    const own = await findUnit(loader, options.context, options.lang, steps);
    if (own) targets.push({ document: own.file.document, unit: own.unit });
  }
  const article = steps.find((s) => s.kinds.includes('dieu'));
  const holders: DocumentEntry[] = [];
  for (let page = 0; holders.length < UNNAMED_TARGETS && page < CITED_PAGES_SEARCHED; page++) {
    const { documents, more } = await loader.mostCited(page);
    holders.push(...documents.filter((d) => d.id !== options.context && (!article || hasArticle(d.articles, article.values))));
    if (!more) break;
  }
  const found = await Promise.all(holders.slice(0, UNNAMED_TARGETS).map((d) => findUnit(loader, d.id, options.lang, steps)));
  holders.slice(0, UNNAMED_TARGETS).forEach((document, i) => {
    const unit = found[i]?.unit;
    if (unit) targets.push({ document, unit });
  });
  return targets.slice(0, UNNAMED_TARGETS);
}
