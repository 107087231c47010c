/**
 * The records of the open data, in one place: what /data/documents.json lists for each document, what each
 * document's own file (/data/documents/{id}.json) holds, and a task as tasks.json and tasks.csv give it.
 * The open-data build stage writes them (src/integrations/open-data/); the server share pages read a
 * document's file. Absolute URLs use the site's origin (SITE_URL).
 */
import type { Agency, DocumentMeta, Relation, Target, Task } from '../content/schemas.ts';
import { LANGS, type Lang } from '../i18n/languages.ts';
import type { ClauseRecord } from '../text/records.ts';
import { documentCitationForms, shortForm } from '../text/document-citation.ts';
import { absoluteUrl } from '../site/origin.ts';
import { paths } from '../site/urls.ts';
import { csvLine } from './csv.ts';

type ByLang<T> = Record<Lang, T>;

/** A document as the list of documents gives it. */
export interface DocumentEntry {
  id: string;
  type: DocumentMeta['type'];
  number: string | null;
  title: ByLang<string>;
  /** A short name for lists ("Chỉ thị 52-CT/TW"). */
  short: ByLang<string>;
  /** The first-mention citation ("Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về …"). */
  citation: ByLang<string>;
  issuer: string[];
  issuerPrinted?: string;
  signer: DocumentMeta['signer'];
  date: string | null;
  dateNote?: DocumentMeta['dateNote'];
  place: DocumentMeta['place'];
  field: DocumentMeta['field'];
  status: DocumentMeta['status'];
  textVersion?: DocumentMeta['textVersion'];
  summary?: DocumentMeta['summary'];
  hasText: boolean;
  /** The languages the text can be read in ([] for a document the site only cites). */
  languages: Lang[];
  url: ByLang<string>;
  /** This document's own file, with every clause, task and target. */
  data: string;
  relations: Relation[];
  sources: { file: string; sha256: string; publisher: ByLang<string>; url: string | null; languages: Lang[]; raw: string }[];
  clauseCount: number;
  taskCount: number;
}

export interface ClauseData {
  id: string;
  kind: ClauseRecord['kind'];
  num: string | null;
  title?: Partial<ByLang<string>>;
  parent: string | null;
  /**
   * The text in each language the document has it in, verbatim; null for a clause that holds others, whose
   * words are its sub-units' (clauseText joins them): stored once, a document's file was a third smaller.
   */
  text: Partial<ByLang<string>> | null;
  origin: Partial<ByLang<ClauseRecord['origin']>>;
  // No address of its own: a clause is at its document's `url` + "#" + its id (clauseUrl). Written out, the
  // addresses were a ninth of every document's file.
  /** The clause's share page, where the site has share pages. */
  share?: ByLang<string>;
}

export interface TaskData {
  id: string;
  document: string;
  clause: string;
  lead: string[];
  partners: string[];
  directedBy: string[];
  due: string | null;
  period: { from: string; to: string } | null;
  recurrence: Task['recurrence'] | null;
  /** The assigning text, verbatim, in both languages (at clauseUrl of its document and clause). */
  text: ByLang<string>;
}

export interface TargetData extends Omit<Target, 'value' | 'year' | 'period'> {
  document: string;
  value: string | null;
  year: number | null;
  period: { from: number; to: number } | null;
}

/** A document's own file. */
export interface DocumentData extends DocumentEntry {
  clauses: ClauseData[];
  /** The agencies the text names, clause by clause (agency ids of /data/agencies.json). */
  mentions: { clause: string; agency: string }[];
  tasks: TaskData[];
  targets: TargetData[];
}

export interface RecordContext {
  site: string | URL | undefined;
  agencyById: (id: string) => Pick<Agency, 'name'> | undefined;
  /** Whether share pages exist (static or on request), so clauses name theirs. */
  sharePages: boolean;
}

const byLang = <T>(f: (lang: Lang) => T): ByLang<T> => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as ByLang<T>;

/** Where a clause is read: its document's page in `lang`, at the clause's id. */
export function clauseUrl(lang: Lang, document: string, clause: string, site: RecordContext['site']): string {
  return absoluteUrl(paths.clause(lang, document, clause), site);
}

export function taskData(task: Task, document: string): TaskData {
  return {
    id: task.id,
    document,
    clause: task.clause,
    lead: task.lead,
    partners: task.partners,
    directedBy: task.directedBy,
    due: task.due,
    period: task.period ?? null,
    recurrence: task.recurrence ?? null,
    text: task.quote,
  };
}

export function targetData(target: Target, document: string): TargetData {
  return { ...target, document, value: target.value ?? null, year: target.year ?? null, period: target.period ?? null };
}

export interface DocumentSource {
  id: string;
  meta: DocumentMeta;
  /** Titles of the texts the site holds, by language. */
  titles: Partial<ByLang<string>>;
  /** Whether each text is the source's or the site's translation (a whole text's origin). */
  origins: Partial<ByLang<ClauseRecord['origin']>>;
  /** Clause records of each text the site holds. */
  clauses: Partial<ByLang<ClauseRecord[]>>;
  /** The registry's agencies each clause names (read in the Vietnamese text, as the registry is). */
  mentions: { clause: string; agency: string }[];
  tasks: Task[];
  targets: Target[];
}

/**
 * A clause's words in one language as the page shows them: its own text, or for a clause that holds others
 * its sub-units' texts in order (the compiled records join them the same way). Undefined if the document
 * has no text in that language or no such clause.
 */
export function clauseText(clauses: readonly Pick<ClauseData, 'id' | 'parent' | 'text'>[], id: string, lang: Lang): string | undefined {
  const at = clauses.findIndex((c) => c.id === id);
  if (at < 0) return undefined;
  const own = clauses[at].text;
  if (own) return own[lang];
  // Descendants follow their parent in document order, so the subtree is the run after it.
  const inside = new Set([id]);
  const words: string[] = [];
  for (const c of clauses.slice(at + 1)) {
    if (!c.parent || !inside.has(c.parent)) break;
    inside.add(c.id);
    const text = c.text?.[lang];
    if (c.text && text === undefined) return undefined;
    if (text) words.push(text);
  }
  return words.length ? words.join(' ') : undefined;
}

export function documentData(d: DocumentSource, ctx: RecordContext): DocumentData {
  const { meta } = d;
  const languages = LANGS.filter((l) => d.clauses[l]);
  const title = byLang((l) => d.titles[l] ?? meta.title?.[l] ?? d.titles.vi ?? d.id);
  const records = byLang((l) => new Map((d.clauses[l] ?? []).map((c) => [c.id, c])));
  const base = d.clauses.vi ?? [];
  const parents = new Set(base.map((c) => c.parent).filter(Boolean));
  const clauses: ClauseData[] = base.map((c) => {
    const titles = Object.fromEntries(languages.flatMap((l) => (records[l].get(c.id)?.title !== undefined ? [[l, records[l].get(c.id)!.title]] : [])));
    return {
      id: c.id,
      kind: c.kind,
      num: c.num ?? null,
      ...(Object.keys(titles).length && { title: titles }),
      parent: c.parent ?? null,
      text: parents.has(c.id) ? null : Object.fromEntries(languages.map((l) => [l, records[l].get(c.id)?.text ?? ''])),
      // A text the site translated is the site's in every clause; a source text may have translated clauses.
      origin: Object.fromEntries(languages.map((l) => [l, d.origins[l] === 'unofficial' ? 'unofficial' : (records[l].get(c.id)?.origin ?? 'source')])),
      ...(ctx.sharePages && { share: byLang((l) => absoluteUrl(paths.share(l, d.id, c.id), ctx.site)) }),
    };
  });
  return {
    id: d.id,
    type: meta.type,
    number: meta.number,
    title,
    short: byLang((l) => shortForm(meta, title[l], l)),
    citation: documentCitationForms(meta, title, ctx.agencyById),
    issuer: meta.issuer,
    ...(meta.issuerPrinted && { issuerPrinted: meta.issuerPrinted }),
    signer: meta.signer,
    date: meta.date,
    ...(meta.dateNote && { dateNote: meta.dateNote }),
    place: meta.place,
    field: meta.field,
    status: meta.status,
    ...(meta.textVersion && { textVersion: meta.textVersion }),
    ...(meta.summary && { summary: meta.summary }),
    hasText: meta.hasText,
    languages,
    url: byLang((l) => absoluteUrl(paths.document(l, d.id), ctx.site)),
    data: absoluteUrl(paths.documentData(d.id), ctx.site),
    relations: meta.relations.map((r) => ({ type: r.type, target: r.target, ...(r.clause && { clause: r.clause }), ...(r.from && { from: r.from }) })),
    sources: meta.sources.map((s) => ({ file: s.file, sha256: s.sha256, publisher: s.publisher, url: s.url ?? null, languages: s.languages, raw: absoluteUrl(paths.source(s.file), ctx.site) })),
    clauseCount: clauses.length,
    taskCount: d.tasks.length,
    clauses,
    mentions: d.mentions,
    tasks: d.tasks.map((t) => taskData(t, d.id)),
    targets: d.targets.map((t) => targetData(t, d.id)),
  };
}

/** The list entry of a document: its file without clauses, tasks and targets. */
export function documentEntry(data: DocumentData): DocumentEntry {
  const { clauses: _c, mentions: _m, tasks: _t, targets: _g, ...entry } = data;
  return entry;
}

export const TASK_CSV_HEADER = ['id', 'document', 'clause', 'lead', 'lead_names', 'partners', 'partner_names', 'directed_by', 'due', 'period_from', 'period_to', 'recurrence', 'text_vi', 'text_en', 'url_vi', 'url_en'];

/** A task as a spreadsheet row: agencies by id and by Vietnamese name, and the clause's address to click. */
export function taskCsvLine(t: TaskData, nameOf: (id: string) => string | undefined, site: RecordContext['site']): string {
  const names = (ids: string[]) => ids.map((id) => nameOf(id) ?? id).join('; ');
  return csvLine([
    t.id, t.document, t.clause, t.lead.join(';'), names(t.lead), t.partners.join(';'), names(t.partners), t.directedBy.join(';'),
    t.due, t.period?.from, t.period?.to, t.recurrence, t.text.vi, t.text.en, clauseUrl('vi', t.document, t.clause, site), clauseUrl('en', t.document, t.clause, site),
  ]);
}
