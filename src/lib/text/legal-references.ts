/**
 * References to legal units and documents inside a text, as Vietnamese and English legal writing makes
 * them: "khoản 1 Điều 12 của Luật này", "các khoản 21, 22 và 25 Điều 12", "điểm a khoản 2 Điều này",
 * "Luật số 25/2008/QH12", "Chỉ thị số 38-CT/TW", "Luật Bảo hiểm y tế"; "Clause 1, Article 12 of this Law",
 * "Points b, c, d and dd of Clause 2, Article 51", "the Law on Health Insurance", "Directive No. 38-CT/TW".
 * Finding them needs no catalogue except for references by a document's name; resolving them needs the
 * catalogue of the documents the site holds (documentCatalogue). Browser-safe.
 */
import type { Lang } from '../i18n/languages.ts';
import { normalizeToneMarks } from '../i18n/vietnamese.ts';
import { normalizeNumber } from './clause-ids.ts';
import { NORMATIVE_DOCUMENT_TYPES } from '../content/document-types.ts';
import { phraseIndex } from './phrase-index.ts';

/** One legal unit named in a text: an article, and the clause and point within it where the text says. */
export interface UnitTarget {
  /** Article number as in ids ("12", "6a"); undefined for "this Article" (the article the text stands in). */
  article?: string;
  clause?: string;
  point?: string;
}

/** How the text says which document it means. */
export type DocumentPointer =
  | { kind: 'self' }
  | { kind: 'number'; number: string; type?: string }
  | { kind: 'name'; entry: string };

export interface LegalReference {
  /** The span of the text to link. */
  start: number;
  end: number;
  /** The unit meant, when the reference names one; absent for a reference to a whole document. */
  unit?: UnitTarget;
  /** The document meant, when the text says; absent when it names units only ("khoản 1 Điều 12"). */
  document?: DocumentPointer;
}

const DOCUMENT_WORDS: Record<Lang, Record<string, string>> = {
  vi: { 'bộ luật': 'code', luật: 'law', 'pháp lệnh': 'ordinance', 'nghị định': 'decree', 'thông tư': 'circular', 'quyết định': 'decision', 'nghị quyết': 'resolution', 'chỉ thị': 'directive', 'kết luận': 'conclusion', 'hướng dẫn': 'guidance', 'thông báo': 'notice', 'kế hoạch': 'plan' },
  en: { code: 'code', law: 'law', ordinance: 'ordinance', decree: 'decree', circular: 'circular', decision: 'decision', resolution: 'resolution', directive: 'directive', conclusion: 'conclusion', guidance: 'guidance', notice: 'notice', plan: 'plan' },
};
const TYPE_WORDS: Record<Lang, string> = Object.fromEntries(
  (['vi', 'en'] as const).map((lang) => [lang, Object.keys(DOCUMENT_WORDS[lang]).sort((a, b) => b.length - a.length).join('|')]),
) as Record<Lang, string>;

/** A document number as Vietnamese documents print them: 25/2008/QH12, 52-CT/TW, 146/2018/NĐ-CP, 01-CT/TU. */
const NUMBER = String.raw`\d+(?:[/-][\p{Lu}\p{N}]+)+`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** The id form of a document number, for comparing numbers however they are spaced or cased. */
export function numberKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

interface Token {
  value: string;
  start: number;
  end: number;
}

/**
 * The numbers of a list ("21, 22, 23 và 25", "1 đến khoản 20", "b, c, d and dd"), each with its place in
 * `text`; an item's span takes in the unit word right before it ("khoản 1 và khoản 2": "khoản 1", "khoản 2").
 */
function listItems(text: string, list: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of list.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/^(và|đến|and|to|khoản|điểm|điều|clauses?|points?|articles?|của|of)$/iu.test(m[0])) continue;
    const at = offset + m.index!;
    const word = /(?:khoản|điểm|Điều|Clauses?|Points?|Articles?)\s+$/iu.exec(text.slice(Math.max(0, at - 12), at));
    out.push({ value: m[0], start: word ? at - word[0].length : at, end: at + m[0].length });
  }
  return out;
}

const UNIT_PATTERNS: Record<Lang, RegExp> = {
  // [points] [clauses] (article | "Điều này") | [points] "khoản này"
  vi: new RegExp(
    String.raw`${B}(?:(?:các\s+)?điểm\s+(?<points>[a-zđ]\d*(?:\s*(?:,|và|đến)\s*(?:điểm\s+)?[a-zđ]\d*)*)\s+(?:của\s+)?)?` +
      String.raw`(?:(?:các\s+|từ\s+)?khoản\s+(?<clauses>\d+[a-z]?(?:\s*(?:,|và|đến)\s*(?:khoản\s+)?\d+[a-z]?)*)\s+(?:của\s+)?)?` +
      String.raw`(?<anchor>(?:các\s+)?Điều\s+(?<article>\d+[a-z]?(?:\s*(?:,|và|đến)\s*(?:Điều\s+)?\d+[a-z]?)*)${E}|(?<thisArticle>Điều\s+này)|(?<=điểm\s+\S+\s+)(?<thisClause>khoản\s+này))`,
    'giu',
  ),
  // [points (,| of)] [clauses (,| of)] (Article N | this Article)
  en: new RegExp(
    String.raw`${B}(?:Points?\s+(?<points>[a-z]{1,2}\d*(?:\s*(?:,|and|to)\s*[a-z]{1,2}\d*)*)(?:,\s*|\s+of\s+))?` +
      String.raw`(?:Clauses?\s+(?<clauses>\d+[a-z]?(?:\s*(?:,|and|to)\s*\d+[a-z]?)*)(?:,\s*|\s+of\s+))?` +
      String.raw`(?<anchor>Articles?\s+(?<article>\d+[a-z]?(?:\s*(?:,|and|to)\s*\d+[a-z]?)*)${E}|(?<thisArticle>this\s+Article))`,
    'gu',
  ),
};

/** After a unit: "của Luật này" / "of this Law" (this document), or a document by number. */
const QUALIFIERS: Record<Lang, { self: RegExp; number: RegExp }> = {
  vi: {
    self: new RegExp(String.raw`^\s+(?:của\s+)?(?:${TYPE_WORDS.vi})\s+này${E}`, 'iu'),
    number: new RegExp(String.raw`^\s+(?:của\s+)?(?<type>${TYPE_WORDS.vi})\s+(?:số\s+)?(?<number>${NUMBER})`, 'iu'),
  },
  en: {
    self: new RegExp(String.raw`^\s+of\s+this\s+(?:${TYPE_WORDS.en})${E}`, 'iu'),
    number: new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?<type>${TYPE_WORDS.en})\s+(?:No\.\s*)?(?<number>${NUMBER})`, 'iu'),
  },
};

/** A document by type and number, on its own: "Luật số 25/2008/QH12", "Chỉ thị 52-CT/TW", "Directive No. 38-CT/TW". */
const DOCUMENT_NUMBER: Record<Lang, RegExp> = {
  vi: new RegExp(String.raw`${B}(?<type>${TYPE_WORDS.vi})\s+(?:số\s+)?(?<number>${NUMBER})`, 'giu'),
  en: new RegExp(String.raw`${B}(?<type>${TYPE_WORDS.en})\s+(?:No\.\s*)?(?<number>${NUMBER})`, 'giu'),
};

const typeOf = (lang: Lang, word: string) => DOCUMENT_WORDS[lang][word.toLocaleLowerCase(lang)];

/** Finds names of documents in a text (built from the catalogue's titles); see nameMatcher. */
export interface NameMatcher {
  find(text: string): { start: number; end: number; entry: string }[];
  /** Whether a document's name starts exactly at `at` (after a unit: "Điều 22 Luật Bảo hiểm y tế"). */
  at(text: string, at: number): { end: number; entry: string } | undefined;
}

/**
 * Every reference in a text, in order, without overlaps. A unit reference ("khoản 1 Điều 12") is linked
 * number by number when it lists several ("các khoản 21, 22 và 25 Điều 12": each number, then the article).
 */
export function findLegalReferences(text: string, lang: Lang, names?: NameMatcher): LegalReference[] {
  const refs: LegalReference[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (r: LegalReference) => {
    if (r.end > r.start && free(r.start, r.end)) {
      refs.push(r);
      taken.push([r.start, r.end]);
    }
  };

  for (const m of text.matchAll(UNIT_PATTERNS[lang])) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    // Which document: the words after the unit.
    const rest = text.slice(end);
    let document: DocumentPointer | undefined;
    let qualifierEnd = end;
    const self = QUALIFIERS[lang].self.exec(rest);
    const byNumber = !self && QUALIFIERS[lang].number.exec(rest);
    if (self) {
      document = { kind: 'self' };
      qualifierEnd = end + self[0].length;
    } else if (byNumber) {
      document = { kind: 'number', number: byNumber.groups!.number, type: typeOf(lang, byNumber.groups!.type) };
      qualifierEnd = end + byNumber[0].length;
    } else if (names) {
      const of = /^\s*(?:của\s+|of\s+(?:the\s+)?)?/iu.exec(rest)![0].length;
      const named = names.at(text, end + of);
      if (named) {
        document = { kind: 'name', entry: named.entry };
        qualifierEnd = named.end;
      }
    }
    // Several articles ("các điều 26, 27 và 28 của Luật này"): each number links to its article.
    const articleItems = g.article ? listItems(text, g.article, end - g.anchor.length + g.anchor.indexOf(g.article)) : [];
    if (articleItems.length > 1) {
      for (const a of articleItems) add({ start: a.start, end: a.end, unit: { article: a.value }, document });
      continue;
    }
    const article = g.article;
    const relative = g.thisArticle !== undefined || g.thisClause !== undefined;
    const normalize = (v: string) => {
      try {
        return normalizeNumber(v);
      } catch {
        return undefined;
      }
    };
    const clauseItems = g.clauses ? listItems(text, g.clauses, start + m[0].indexOf(g.clauses)) : [];
    const pointItems = g.points ? listItems(text, g.points, start + m[0].indexOf(g.points)) : [];
    const base: UnitTarget = relative ? {} : { article };
    if (g.thisClause !== undefined) base.clause = 'this';
    // One chain ("điểm a khoản 1 Điều 12"): the whole phrase, up to its document, is one link.
    if (clauseItems.length <= 1 && pointItems.length <= 1) {
      const unit: UnitTarget = { ...base };
      if (clauseItems[0]) unit.clause = normalize(clauseItems[0].value);
      if (pointItems[0]) unit.point = normalize(pointItems[0].value);
      add({ start, end: qualifierEnd, unit, document });
      continue;
    }
    // Lists: each number links to its own unit; the article (or the single clause of listed points) last.
    const single = clauseItems.length === 1 ? normalize(clauseItems[0].value) : undefined;
    for (const p of pointItems) add({ start: p.start, end: p.end, unit: { ...base, clause: single ?? base.clause, point: normalize(p.value) }, document });
    if (pointItems.length) {
      if (single && clauseItems[0]) add({ start: clauseItems[0].start, end: clauseItems[0].end, unit: { ...base, clause: single }, document });
    } else {
      for (const c of clauseItems) add({ start: c.start, end: c.end, unit: { ...base, clause: normalize(c.value) }, document });
    }
    add({ start: end - g.anchor.length, end: qualifierEnd, unit: { ...base }, document });
  }

  for (const m of text.matchAll(DOCUMENT_NUMBER[lang])) {
    add({ start: m.index!, end: m.index! + m[0].length, document: { kind: 'number', number: m.groups!.number, type: typeOf(lang, m.groups!.type) } });
  }
  for (const n of names?.find(text) ?? []) add({ start: n.start, end: n.end, document: { kind: 'name', entry: n.entry } });
  return refs.sort((a, b) => a.start - b.start);
}

/** What the catalogue knows of a document, to resolve references to it. */
export interface CatalogueEntry {
  id: string;
  type: string;
  number: string | null;
  date: string | null;
  /** Titles by language; names are matched for laws and codes, which are cited by name. */
  titles: Partial<Record<Lang, string>>;
}

/** Documents cited by name as well as by number (laws, codes, ordinances: "Luật Bảo hiểm y tế"). */
const NAMED_TYPES = new Set<string>(NORMATIVE_DOCUMENT_TYPES);

/** Lower case and one tone convention, keeping every character's place (offsets map back to the text). */
const fold = (s: string, lang: Lang) => normalizeToneMarks(s.normalize('NFC')).toLocaleLowerCase(lang);

/** A matcher of the catalogue's document names in one language, longest name first. */
export function nameMatcher(entries: CatalogueEntry[], lang: Lang): NameMatcher | undefined {
  // A name names the group of documents of that title; resolve() picks one by date.
  const byName = new Map<string, string>();
  for (const e of entries) {
    const title = e.titles[lang];
    if (!title || !NAMED_TYPES.has(e.type)) continue;
    const name = fold(title, lang).replace(/\s+/g, ' ').trim();
    byName.set(name, `name:${name}`);
  }
  const index = phraseIndex(byName);
  if (!index) return undefined;
  return {
    find(text) {
      const folded = fold(text, lang);
      if (folded.length !== text.length) return [];
      return index.find(folded).map(({ start, end, value }) => ({ start, end, entry: value }));
    },
    at(text, at) {
      const folded = fold(text, lang);
      if (folded.length !== text.length) return undefined;
      const m = index.at(folded, at);
      return m ? { end: m.end, entry: m.value } : undefined;
    },
  };
}

/** The documents the site holds, for resolving references. */
export interface DocumentCatalogue {
  entries: CatalogueEntry[];
  byNumber: Map<string, CatalogueEntry[]>;
  byName: Record<Lang, Map<string, CatalogueEntry[]>>;
  names: Partial<Record<Lang, NameMatcher>>;
}

export function documentCatalogue(entries: CatalogueEntry[]): DocumentCatalogue {
  const byNumber = new Map<string, CatalogueEntry[]>();
  for (const e of entries) if (e.number) byNumber.set(numberKey(e.number), [...(byNumber.get(numberKey(e.number)) ?? []), e]);
  const byName = { vi: new Map<string, CatalogueEntry[]>(), en: new Map<string, CatalogueEntry[]>() };
  for (const e of entries) {
    if (!NAMED_TYPES.has(e.type)) continue;
    for (const lang of ['vi', 'en'] as const) {
      const title = e.titles[lang];
      if (!title) continue;
      const key = `name:${fold(title, lang).replace(/\s+/g, ' ').trim()}`;
      byName[lang].set(key, [...(byName[lang].get(key) ?? []), e]);
    }
  }
  return { entries, byNumber, byName, names: { vi: nameMatcher(entries, 'vi'), en: nameMatcher(entries, 'en') } };
}

/** Where a text stands, for relative references ("Điều này") and for choosing among same-named laws. */
export interface ReferenceContext {
  document: string;
  /** Whether the citing document is normative: there, a unit without a document means its own. */
  normative: boolean;
  date: string | null;
  /** The article and clause ids the reference stands in, if any. */
  article?: string;
  clause?: string;
}

export interface ResolvedReference {
  document: string;
  /** The clause id meant, when the reference names a unit. */
  clause?: string;
}

/**
 * The document and clause a reference means, or undefined when the text does not say (a unit in a
 * non-normative text without a document) — those are left as text. `missing` reports references that name
 * a document the catalogue does not hold.
 */
export function resolveReference(ref: LegalReference, context: ReferenceContext, catalogue: DocumentCatalogue, lang: Lang): ResolvedReference | { missing: string } | undefined {
  let document: string | undefined;
  const pointer = ref.document;
  if (!pointer) {
    if (!ref.unit || !context.normative) return undefined;
    document = context.document;
  } else if (pointer.kind === 'self') {
    document = context.document;
  } else {
    const candidates = pointer.kind === 'number' ? (catalogue.byNumber.get(numberKey(pointer.number)) ?? []).filter((e) => !pointer.type || e.type === pointer.type) : (catalogue.byName[lang].get(pointer.entry) ?? []);
    // Several laws of one name (a law and the law that replaced it): the latest issued by the citing date.
    const dated = candidates.filter((e) => !context.date || !e.date || e.date <= context.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const chosen = dated[0] ?? candidates[0];
    if (!chosen) return { missing: pointer.kind === 'number' ? pointer.number : pointer.entry.slice('name:'.length) };
    document = chosen.id;
  }
  if (!ref.unit) return document === context.document ? undefined : { document };
  const unit = ref.unit;
  const article = unit.article !== undefined ? `dieu-${unit.article}` : document === context.document ? context.article : undefined;
  if (!article) return undefined;
  let clause = article;
  const khoan = unit.clause === 'this' ? context.clause?.split('__').find((s) => s.startsWith('khoan-')) : unit.clause && `khoan-${unit.clause}`;
  if (unit.clause === 'this' && !khoan) return undefined;
  if (khoan) clause += `__${khoan}`;
  if (unit.point) clause += `__diem-${unit.point}`;
  return { document, clause };
}
