import type { Lang } from '../i18n/languages.ts';

/** Every internal URL is built here, so a route change is one edit. Paths end with "/" (trailingSlash: always). */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  documents: (lang: Lang) => `/${lang}/documents/`,
  document: (lang: Lang, doc: string) => `/${lang}/documents/${doc}/`,
  clause: (lang: Lang, doc: string, clause: string) => `/${lang}/documents/${doc}/#${clause}`,
  parallel: (lang: Lang, doc: string) => `/${lang}/documents/${doc}/parallel/`,
  /** A clause of the text in the parallel view's own language, linked from that view (the text is one level up). */
  clauseFromParallel: (clause: string) => `../#${clause}`,
  /** A clause linked from its own document's page: the fragment alone, no reload and 30 bytes less a link. */
  clauseOnPage: (clause: string) => `#${clause}`,
  shareBase: (lang: Lang, doc: string) => `/${lang}/share/${doc}/`,
  share: (lang: Lang, doc: string, clause: string) => `/${lang}/share/${doc}/${clause}/`,
  news: (lang: Lang) => `/${lang}/news/`,
  agencies: (lang: Lang) => `/${lang}/agencies/`,
  agency: (lang: Lang, id: string) => `/${lang}/agencies/${id}/`,
  tasks: (lang: Lang) => `/${lang}/tasks/`,
  tasksBy: (lang: Lang, facet: 'document' | 'agency', value: string) => `/${lang}/tasks/${facet}/${value}/`,
  /** The tasks due in a year: where their run starts in the list of all tasks (page `page`, in deadline order). */
  tasksDue: (lang: Lang, year: string, page: number) => `${listPage(`/${lang}/tasks/`, page)}#due-${year}`,
  tasksByDocumentIndex: (lang: Lang) => `/${lang}/tasks/document/`,
  /** A document's tasks: the table on its page, or (`ownList`, past one list page) their own list. */
  documentTasks: (lang: Lang, doc: string, ownList: boolean) => (ownList ? `/${lang}/tasks/document/${doc}/` : `/${lang}/documents/${doc}/#tasks`),
  timeline: (lang: Lang) => `/${lang}/timeline/`,
  search: (lang: Lang) => `/${lang}/search/`,
  sitePage: (lang: Lang, page: string) => `/${lang}/${page}/`,
  calendar: (lang: Lang, agency: string) => `/data/calendars/${lang}/${agency}.ics`,
  source: (file: string) => `/sources/${file}`,
  data: (name: string) => `/data/${name}`,
  /** One document's open data: metadata, every clause with its text, tasks and targets. */
  documentData: (doc: string) => `/data/documents/${doc}.json`,
};

/**
 * A document's own task list, at an address the site published before its tasks moved to the document's page
 * (hasDocumentTaskList): the not-found page sends it on to `documentTasks(lang, doc, false)`.
 */
export const DOCUMENT_TASKS_PATH = /^\/(vi|en)\/tasks\/document\/([a-z0-9-]+)\/(?:\d+\/?)?$/;

/**
 * The tasks due in a year at the address of the pages they had before the list of all tasks was put in
 * deadline order: the not-found page sends it on to `tasksDue`.
 */
export const DUE_TASKS_PATH = /^\/(vi|en)\/tasks\/due\/(\d{4}|none)\/(?:\d+\/?)?$/;

/** Page n of a list whose first page is at `base` (".../2/", ".../3/", …). */
export function listPage(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The same page in the other language: routes differ only in their language prefix. */
export function counterpartPath(pathname: string, to: Lang): string {
  const m = /^\/(vi|en)(\/.*)?$/.exec(pathname);
  if (!m) return `/${to}/`;
  return `/${to}${m[2] ?? '/'}`;
}

/**
 * A text's compiled HTML with its site links moved to the reader's language: a text shown in another
 * language than the page (a Vietnamese-only document on its English page) links agencies and documents as
 * the reader's interface does. Every page has its counterpart in each language, with the same fragments.
 */
export function linksInLanguage(html: string, to: Lang): string {
  return html.replace(/(\shref=")\/(vi|en)\//g, (_, attr: string) => `${attr}/${to}/`);
}
