/**
 * The built site's open data (dist/data/: documents.json and tasks.json in parts, one file per document with
 * its clauses), typed as the README documents it, and the content facts the
 * tests and measuring scripts pick their subjects from. Everything here is read from the build and the
 * content of one project folder (the real one, or a copy with generated content), never written down: the
 * site grows, and a count or id that holds today is wrong tomorrow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../src/lib/i18n/languages.ts';
import type { TaskData as PublishedTask } from '../../src/lib/open-data/records.ts';

export type Localized = Record<Lang, string>;

/**
 * Rows on each page of a task list: TASKS_PER_PAGE of src/lib/site/registry.ts, which cannot be imported
 * outside Astro (it reads the content collections). A behaviour of the site, not a fact of the content.
 */
export const TASKS_PER_PAGE = 300;
/** Targets on each page of the timeline: TARGETS_PER_PAGE of src/lib/site/registry.ts (ibid.). */
export const TARGETS_PER_PAGE = 300;
/** Tasks an agency page shows per role before it links the agency's own task list (AGENCY_TASKS_SHOWN, ibid.). */
export const AGENCY_TASKS_SHOWN = 20;

export interface ClauseData {
  id: string;
  kind: string;
  num: string | null;
  parent: string | null;
  /** The clause's text in each language the document is held in; null for a clause that holds others (its words are theirs). */
  text: Partial<Localized> | null;
  /** Derived here as a reader of the data derives it: the document's `url` + "#" + the clause's id. */
  url: Localized;
  /** Its share pages, where the build writes them (the publisher's share mode). */
  share?: Localized;
}

export interface RelationData {
  type: string;
  target: string;
  clause?: string;
  from?: string;
}

export interface DocumentData {
  id: string;
  type: string;
  number: string | null;
  title: Localized;
  /** Its short name for lists ("Chỉ thị 52-CT/TW"). */
  short: Localized;
  /** How the document is cited at first mention, in each language. */
  citation: Localized;
  issuer: string[];
  signer: { name: Localized; role: Localized } | null;
  date: string | null;
  hasText: boolean;
  /** The languages the site holds its text in. */
  languages: Lang[];
  url: Localized;
  /** The document's own data file (with its clauses). */
  data: string;
  relations: RelationData[];
  sources: { file: string; sha256: string; languages: Lang[]; raw: string }[];
  /** From the document's own data file. */
  clauses: ClauseData[];
  /** From the document's own data file: the agencies its text names, clause by clause. */
  mentions: { clause: string; agency: string }[];
}

/**
 * A task as tasks.json publishes it (the open-data writer's own type, src/lib/open-data/records.ts), with the
 * address of its clause derived as for a clause.
 */
export type TaskData = PublishedTask & { url: Localized };

export interface AgencyData {
  id: string;
  name: Localized;
  abbr: string | null;
  aliases: string[];
  level: string;
  parent: string | null;
  url: Localized;
  /** The agency's calendar of dated tasks; an agency without any has none. */
  calendar: Localized | null;
  tasks: { lead: string[]; partner: string[]; directing: string[] };
  issued: string[];
  /** How many clauses name it (where: each document's own file, its "mentions"). */
  mentionCount: number;
}

export interface TargetData {
  id: string;
  document: string;
  clause: string;
  kind: string;
  label: Localized;
  value: string;
  year: number | null;
  period: { from: string; to: string } | null;
  quote: Localized;
  /** Derived, as a clause's. */
  url: Localized;
}

export interface SiteData {
  documents: DocumentData[];
  tasks: TaskData[];
  agencies: AgencyData[];
  targets: TargetData[];
}

/** A file of the built site, by its path or URL ("/data/documents/x.json", "http://…/data/tasks-2.json"). */
function readData<T>(root: string, url: string): T {
  const p = path.join(root, 'dist', new URL(url, 'http://site.invalid/data/').pathname);
  if (!fs.existsSync(p)) throw new Error(`${path.relative(process.cwd(), p) || p} is missing: run "npm run build" first`);
  return JSON.parse(fs.readFileSync(p, 'utf8')) as T;
}

/** A list the open data writes in parts (tasks.json, tasks-2.json, …, each naming the next): every record, in order. */
function readParts<T>(root: string, file: string, key: string): T[] {
  const out: T[] = [];
  for (let next: string | undefined = file; next; ) {
    const part: Record<string, unknown> & { next?: string } = readData(root, next);
    for (const record of part[key] as T[]) out.push(record);
    next = part.next;
  }
  return out;
}

/** The open data of the site built in `root`/dist: every document with its own file's clauses, every task, agency and target. */
export function readSiteData(root = process.cwd()): SiteData {
  const documents = readParts<Omit<DocumentData, 'clauses' | 'mentions'>>(root, 'documents.json', 'documents').map((d) => {
    const own = readData<{ clauses: Omit<ClauseData, 'url'>[]; mentions: DocumentData['mentions'] }>(root, d.data);
    return { ...d, clauses: own.clauses.map((c) => ({ ...c, url: clauseUrls(d.url, c.id) })), mentions: own.mentions };
  });
  const pageOf = new Map(documents.map((d) => [d.id, d.url]));
  const withUrl = <T extends { document: string; clause: string }>(x: T) => ({ ...x, url: clauseUrls(pageOf.get(x.document)!, x.clause) });
  return {
    documents,
    tasks: readParts<PublishedTask>(root, 'tasks.json', 'tasks').map(withUrl),
    agencies: readParts<AgencyData>(root, 'agencies.json', 'agencies'),
    targets: readParts<Omit<TargetData, 'url'>>(root, 'targets.json', 'targets').map(withUrl),
  };
}

/** A clause's address in each language: its document's page at the clause's id, as the open-data page says. */
function clauseUrls(page: Localized, clause: string): Localized {
  return { vi: `${page.vi}#${clause}`, en: `${page.en}#${clause}` };
}

/** The languages a document's text is held in (src/content/texts/<id>/<lang>.mdx): none for a cited-only document. */
export function textLanguages(documentId: string, root = process.cwd()): Lang[] {
  return LANGS.filter((lang) => fs.existsSync(path.join(root, 'src/content/texts', documentId, `${lang}.mdx`)));
}

/** A site URL as the file under dist/ that serves it ("…/vi/documents/x/#c" -> "vi/documents/x/index.html"). */
export function pageFile(url: string): string {
  return `${new URL(url, 'http://site.invalid').pathname.replace(/^\//, '')}index.html`;
}

/** The path and fragment of a site URL, for a browser whose base URL is the served site. */
export function sitePath(url: string): string {
  const u = new URL(url, 'http://site.invalid');
  return `${u.pathname}${u.search}${u.hash}`;
}
