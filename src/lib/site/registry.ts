/**
 * Agencies, tasks, targets and mentions for pages and data files, derived once per build. Mentions come
 * from the mention file the validator writes from the texts' records (compiled.ts: readMentions); every other
 * list is read from data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readMentions } from '../content/compiled.ts';
import type { Agency, Target, Task } from '../content/schemas.ts';
import { allDocuments } from './documents.ts';
import { byDeadline, dueYearRuns } from './deadlines.ts';

export { deadlineDay, dueYear, NO_DEADLINE } from './deadlines.ts';

export type DocumentTask = Task & { document: string };

/**
 * Tasks on one page of a task list. At 10,000 documents the list of all tasks was a 170 MB page, and
 * rendering it took Astro's process past 4 GB. Pages of 300 (about 240 KB, 35 KB gzipped, since a row is
 * written without indentation: task-rows.ts) rather than 50: each page is a file, and a static host counts
 * files (at 10,000 documents, 158,000 tasks in pages of 50 were over 6,000 files in each language).
 */
export const TASKS_PER_PAGE = 300;
/**
 * Whether a document's tasks have a list of their own (/tasks/document/<id>/) rather than the table on the
 * document's page: only past one list page. A page per document and language was 16,000 of a 10,000-document
 * site's files, each repeating a table its document page can hold.
 */
export function hasDocumentTaskList(taskCount: number): boolean {
  return taskCount > TASKS_PER_PAGE;
}
/** Targets and milestones on a page of the timeline (about 200 KB of HTML). */
export const TARGETS_PER_PAGE = 300;
/** The timeline's group of targets without a year or period: named, and last. */
export const NO_YEAR = 'no-year';
/** The timeline group of a target: its year, its period ("2026–2030"), or NO_YEAR. */
export function targetWhen(x: Target): string {
  return x.year ? String(x.year) : x.period ? `${x.period.from}–${x.period.to}` : NO_YEAR;
}
/** Documents named in the filters of a task list; the rest are on the page of all documents with tasks. */
export const DOCUMENTS_IN_TASK_FILTERS = 20;
export type DocumentTarget = Target & { document: string };

interface Registry {
  agencies: Agency[];
  byId: Map<string, Agency>;
  /** Every task in deadline order (byDeadline): the list of all tasks, and each agency's. */
  tasks: DocumentTask[];
  targets: DocumentTarget[];
  mentions: Map<string, { document: string; clause: string }[]>;
  /** Tasks by document, in the document's order, so no page filters the whole list. */
  tasksByDocument: Map<string, DocumentTask[]>;
  /**
   * Each due year (NO_DEADLINE without one), in list order: its count and its first task's place in `tasks`.
   * The list of all tasks is in deadline order, so a year is a run of it: the filter by deadline links to the
   * run's start rather than copying it to pages of its own (which were a fifth of a 10,000-document site).
   */
  dueYears: { year: string; count: number; start: number }[];
  /** Tasks by agency and role; an agency page and its calendar read their lists instead of scanning. */
  tasksByAgency: Map<string, AgencyTasks>;
}

export interface AgencyTasks {
  lead: DocumentTask[];
  partner: DocumentTask[];
  directing: DocumentTask[];
}

let cache: Promise<Registry> | undefined;

async function load(): Promise<Registry> {
  const docs = await allDocuments();
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const agencies = (await getCollection('agencies')).map((a: CollectionEntry<'agencies'>) => a.data);
  const inDocumentOrder = (await getCollection('tasks'))
    .flatMap((f) => f.data.tasks.map((t) => ({ ...t, document: f.id })))
    .sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0));
  const tasks = byDeadline(inDocumentOrder);
  const targets = (await getCollection('targets'))
    .flatMap((f) => f.data.targets.map((t) => ({ ...t, document: f.id })))
    .sort((a, b) => (a.year ?? a.period?.from ?? 0) - (b.year ?? b.period?.from ?? 0) || a.id.localeCompare(b.id));
  const mentions = new Map<string, { document: string; clause: string }[]>();
  const mentionsByDocument = readMentions();
  for (const doc of docs) {
    if (!doc.texts.vi) continue;
    for (const m of mentionsByDocument[doc.id] ?? []) {
      const list = mentions.get(m.agency) ?? [];
      list.push({ document: doc.id, clause: m.clause });
      mentions.set(m.agency, list);
    }
  }
  const group = (key: (t: DocumentTask) => string) => {
    const m = new Map<string, DocumentTask[]>();
    for (const t of inDocumentOrder) {
      const k = key(t);
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    }
    return m;
  };
  const tasksByAgency = new Map<string, AgencyTasks>(agencies.map((a) => [a.id, { lead: [], partner: [], directing: [] }]));
  for (const t of inDocumentOrder) {
    // A Set, so that an agency named twice in one role lists the task once.
    for (const id of new Set(t.lead)) tasksByAgency.get(id)?.lead.push(t);
    for (const id of new Set(t.partners)) tasksByAgency.get(id)?.partner.push(t);
    for (const id of new Set(t.directedBy)) tasksByAgency.get(id)?.directing.push(t);
  }
  return {
    agencies,
    byId: new Map(agencies.map((a) => [a.id, a])),
    tasks,
    targets,
    mentions,
    tasksByDocument: group((t) => t.document),
    dueYears: dueYearRuns(tasks),
    tasksByAgency,
  };
}

export function registry(): Promise<Registry> {
  cache ??= load();
  return cache;
}

let leadCounts: Promise<[string, number][]> | undefined;
/** Agencies by the number of tasks they lead, most first (counted once per build). */
export function tasksByLead(): Promise<[string, number][]> {
  leadCounts ??= registry().then(({ tasks }) => {
    const counts = new Map<string, number>();
    for (const id of tasks.flatMap((t) => t.lead)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  });
  return leadCounts;
}

/**
 * The units of an agency: the bodies under it (by parent, at any depth) and its Party committee with the
 * bodies under that. An agency page shows their tasks apart: the Ministry of Health leads few tasks itself,
 * its departments and its Party committee many.
 */
export async function unitsOf(agencyId: string): Promise<Agency[]> {
  const { agencies } = await registry();
  const children = new Map<string, Agency[]>();
  for (const a of agencies) if (a.parent) children.set(a.parent, [...(children.get(a.parent) ?? []), a]);
  const units: Agency[] = [];
  const seen = new Set([agencyId]);
  const add = (a: Agency) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    units.push(a);
    for (const c of children.get(a.id) ?? []) add(c);
  };
  for (const c of children.get(agencyId) ?? []) add(c);
  for (const a of agencies) if (a.partyCommitteeOf === agencyId) add(a);
  return units;
}

/** Every task an agency leads, coordinates or directs, once each, in the order of the documents. */
export async function allTasksOf(agencyId: string): Promise<DocumentTask[]> {
  const { lead, partner, directing } = await tasksOf(agencyId);
  const ids = new Set([...lead, ...partner, ...directing].map((t) => t.id));
  return (await registry()).tasks.filter((t) => ids.has(t.id));
}

/**
 * Tasks an agency page shows per role; the rest are on the agency's own task list, in pages of
 * AGENCY_TASKS_PER_PAGE. At 10,000 documents an agency page listing every task passed 11 MB.
 */
export const AGENCY_TASKS_SHOWN = 20;
export const AGENCY_TASKS_PER_PAGE = 300;

/** Whether an agency has more tasks than its page shows, and so a task list of its own. */
export async function hasAgencyTaskList(agencyId: string): Promise<boolean> {
  const { lead, partner, directing } = await tasksOf(agencyId);
  return [lead, partner, directing].some((l) => l.length > AGENCY_TASKS_SHOWN);
}

export async function tasksOf(agencyId: string): Promise<AgencyTasks> {
  return (await registry()).tasksByAgency.get(agencyId) ?? { lead: [], partner: [], directing: [] };
}

export async function documentsIssuedBy(agencyId: string) {
  // allDocuments() is newest first already.
  return (await allDocuments()).filter((d) => d.meta.issuer.includes(agencyId));
}

/** The page of the list of all tasks (in pages of TASKS_PER_PAGE) that holds the task at `index`. */
export function taskListPage(index: number): number {
  return Math.floor(index / TASKS_PER_PAGE) + 1;
}
