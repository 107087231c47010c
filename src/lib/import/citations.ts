/**
 * The documents a text cites, as relations. By number ("Luật số 25/2008/QH12", "Nghị định số
 * 146/2018/NĐ-CP", "Chỉ thị số 38-CT/TW", "Luật dược số 34/2005/QH11"): linked to the site's document with
 * that type and number, or else to a cited-only entry (reused if an earlier import made it, created if not).
 * By name ("Luật Dược"): linked when the site holds exactly one document of that name that the citing text
 * can cite (not one made after it). The relation is "replaces" where the text says the cited one ends
 * ("… hết hiệu lực"), "implements" where its title says it carries it out ("Kế hoạch thực hiện Chỉ thị …"),
 * else "cites"; it is stated in the first clause that names it.
 */
import type { Relation } from '../content/schemas.ts';
import type { DocumentType } from '../content/document-types.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { nameKey } from '../i18n/vietnamese.ts';
import { TYPE_ALTERNATION, typeOfWord } from './type-words.ts';
import { NUMBER_SOURCE, isoDate, numberKey, recordedNumber } from './letterhead.ts';
import { slugify } from './names.ts';
import type { Report } from './report.ts';
import { documentsByNumber, type SiteIndex } from './site-index.ts';

/** A piece of text and the clause that holds it. */
export interface CitingText {
  clause: string;
  text: string;
  line: number;
  /** Text of the title block: a citation there preceded by "thực hiện" is what the document implements. */
  inTitle?: boolean;
}

export interface CitedOnly {
  id: string;
  type: DocumentType;
  number: string;
  title: { vi: string; en: string };
  issuer: string[];
  date: string | null;
}

export interface Self {
  id: string;
  type: DocumentType;
  number: string | null;
  title: string;
  date: string | null;
}

/** Issuer codes of state document numbers that name one body ("…/QH12", "…/NĐ-CP"), and the registry id. */
const CODE_ISSUERS: [RegExp, string][] = [
  [/^QH\d*$/, 'national-assembly'],
  [/^(NĐ|NQ)-CP$/, 'government'],
  [/^(QĐ|CT)-TTg$/, 'prime-minister'],
  [/^(TT|QĐ|CT)-BYT$/, 'ministry-of-health'],
  [/^(TT|QĐ)-BTC$/, 'ministry-of-finance'],
];

function issuerOfNumber(number: string, site: SiteIndex): string | undefined {
  const code = numberKey(number).split('/').pop() ?? '';
  const id = CODE_ISSUERS.find(([re]) => re.test(code.replace(/Ð/g, 'Đ')))?.[1];
  return id && site.agencies.some((a) => a.id === id) ? id : undefined;
}

const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${NUMBER_SOURCE})(?![\\p{N}])`, 'gu');
const TYPE = new RegExp(`(?<![\\p{L}])${TYPE_ALTERNATION}(?![\\p{L}])`, 'giu');
const CITED_DATE = /^,?\s*(?:ban hành\s+)?ngày\s+(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;

function relationType(text: string, at: number, end: number, inTitle: boolean | undefined): Relation['type'] {
  const sentenceEnd = text.slice(end).search(/[.;](\s|$)/);
  const after = text.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd);
  if (/hết\s+hiệu\s+lực/iu.test(after)) return 'replaces';
  if (inTitle && /thực\s+hiện\s*$/iu.test(text.slice(0, at))) return 'implements';
  return 'cites';
}

export interface CitationResult {
  relations: Relation[];
  citedOnly: CitedOnly[];
}

export function resolveCitations(texts: CitingText[], self: Self, site: SiteIndex, report: Report): CitationResult {
  const relations = new Map<string, Relation>();
  const citedOnly = new Map<string, CitedOnly>();
  const unresolved = new Set<string>();
  const relate = (target: string, type: Relation['type'], clause: string) => {
    if (target === self.id) return;
    const existing = relations.get(target);
    // A stronger relation found later (replaces, implements) wins over a mere citation; the clause is the first.
    if (!existing) relations.set(target, { type, target, from: clause });
    else if (existing.type === 'cites' && type !== 'cites') existing.type = type;
  };

  for (const { clause, text, line, inTitle } of texts) {
    // By number.
    for (const m of text.matchAll(NUMBER)) {
      const number = recordedNumber(m[0]);
      if (self.number && numberKey(number) === numberKey(self.number)) continue;
      const window = text.slice(Math.max(0, m.index! - 160), m.index!);
      const types = [...window.matchAll(TYPE)].filter((t) => t[0].charAt(0) === t[0].charAt(0).toLocaleUpperCase('vi'));
      const typeMatch = types[types.length - 1];
      let type: DocumentType | undefined;
      let printedFrom = m.index!;
      if (typeMatch) {
        const between = window.slice(typeMatch.index! + typeMatch[0].length);
        // "Luật số 25/2008/QH12", "Chỉ thị 52-CT/TW", "Luật Bảo hiểm y tế số 25/2008/QH12": a name needs "số".
        if (/^\s*(?:số\s*:?\s*)?$/iu.test(between) || /^\s+[^.;:“”"()]{1,120}?\s+số\s*:?\s*$/iu.test(between)) {
          type = typeOfWord(typeMatch[1]);
          printedFrom = Math.max(0, m.index! - 160) + typeMatch.index!;
        }
      }
      const printed = text.slice(printedFrom, m.index! + m[0].length).replace(/\s+/g, ' ');
      const relType = relationType(text, printedFrom, m.index! + m[0].length, inTitle);
      const held = documentsByNumber(site, number, type);
      if (held.length === 1) {
        relate(held[0].id, relType, clause);
        continue;
      }
      if (held.length > 1) {
        report.warn(`"${printed}" matches ${held.length} documents of the site (${held.map((d) => d.id).join(', ')}); not linked`, line);
        continue;
      }
      if (!type) {
        if (!unresolved.has(number)) report.warn(`the number ${number} is cited without a document type the importer knows; not linked`, line);
        unresolved.add(number);
        continue;
      }
      const key = `${type}|${numberKey(number)}`;
      let entry = citedOnly.get(key);
      if (!entry) {
        const d = CITED_DATE.exec(text.slice(m.index! + m[0].length));
        const date = d ? (isoDate(d[1] ?? d[4], d[2] ?? d[5], d[3] ?? d[6]) ?? null) : null;
        let id = slugify(`${documentTypeLabels[type].vi} ${number}`, 80);
        for (let k = 2; site.documents.has(id) || [...citedOnly.values()].some((c) => c.id === id); k++) id = `${slugify(`${documentTypeLabels[type].vi} ${number}`, 80)}-${k}`;
        const issuer = issuerOfNumber(number, site);
        entry = {
          id,
          type,
          number,
          title: { vi: printed, en: `${documentTypeLabels[type].en} No. ${number}` },
          issuer: issuer ? [issuer] : [],
          date,
        };
        citedOnly.set(key, entry);
        report.found(`cites "${printed}", not on the site: new cited-only entry ${id}${issuer ? ` (issuer ${issuer} from the number)` : ''}${date ? ` (date ${date})` : ''}`, line);
      }
      relate(entry.id, relType, clause);
    }
  }

  // By name: the site's laws and codes, cited by their title without a number.
  // A cited-only entry's title is its citation as printed ("Luật Thương mại số 36/2005/QH11"): found by its number, not here.
  const named = [...site.documents.values()].filter((d) => d.id !== self.id && d.title && !/\ssố\s*:?\s*\d/u.test(d.title) && ['law', 'code', 'ordinance'].includes(d.type) && nameKey(d.title) !== nameKey(self.title));
  const byName = new Map<string, typeof named>();
  for (const d of named) byName.set(nameKey(d.title!), [...(byName.get(nameKey(d.title!)) ?? []), d]);
  for (const docs of byName.values()) {
    const title = docs[0].title!;
    const [typeWord] = title.split(/\s+(?=\p{Lu})/u);
    const rest = title.slice(typeWord.length).trim();
    const re = new RegExp(`(?<![\\p{L}])${typeWord.replace(/ /g, '\\s+')}\\s+${rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])(?!\\s+số\\s)(?=\\s*(?:[,.;:)”"]|$|\\s(?:và|hoặc|năm|của|đã|được|có|thì|theo|về|tại|với|để|hiện|hết|sửa|mà|do|trong|nhưng|cũng|không|là|gồm|quy|ngày|khóa|khoá|\\d{4})(?![\\p{L}\\p{N}])))`, 'iu');
    for (const { clause, text, line } of texts) {
      const m = re.exec(text);
      if (!m || m[0].charAt(0) !== m[0].charAt(0).toLocaleUpperCase('vi')) continue;
      const year = /^\s*(?:năm\s+)?(\d{4})/u.exec(text.slice(m.index + m[0].length))?.[1];
      const candidates = docs.filter((d) => (!year || d.date?.startsWith(year)) && (!self.date || !d.date || d.date <= self.date));
      if (candidates.length === 1) {
        relate(candidates[0].id, 'cites', clause);
        report.guessed(`"${m[0]}" named without a number: linked to ${candidates[0].id}`, line);
      } else {
        report.warn(`"${m[0]}" is named without a number and ${candidates.length === 0 ? 'the site holds no version of it that this text can cite' : `the site holds ${candidates.length} versions of it`}; not linked`, line);
      }
      break;
    }
  }
  return { relations: [...relations.values()], citedOnly: [...citedOnly.values()] };
}
