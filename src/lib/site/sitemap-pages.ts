/** Every page the sitemap lists, derived once per build from the documents and the registry. */
import { getCollection } from 'astro:content';
import { LANGS } from '../i18n/languages.ts';
import type { SitemapPage } from '../open-data/sitemap.ts';
import { allDocuments, DOCUMENTS_PER_PAGE, textLanguages } from './documents.ts';
import { AGENCY_TASKS_PER_PAGE, allTasksOf, hasAgencyTaskList, hasDocumentTaskList, registry, TARGETS_PER_PAGE, TASKS_PER_PAGE } from './registry.ts';
import { listPage, paths } from './urls.ts';

let pages: Promise<SitemapPage[]> | undefined;

/** Every page that exists in each language (share pages are left out: their canonical is the document). */
export function sitemapPages(): Promise<SitemapPage[]> {
  pages ??= (async () => {
    const list: SitemapPage[] = [paths.home, paths.news, paths.agencies, paths.search, paths.tasksByDocumentIndex];
    // The site's own pages exist in every language under one slug.
    for (const slug of new Set((await getCollection('sitePages')).map((p) => p.id.split('/')[1]))) list.push((lang) => paths.sitePage(lang, slug));
    const { agencies, tasks, targets, tasksByDocument } = await registry();
    for (const a of agencies) list.push((lang) => paths.agency(lang, a.id));
    // Every page of every list cut into pages.
    const pagesOf = (base: SitemapPage, count: number, perPage = TASKS_PER_PAGE) => {
      for (let n = 1; n <= Math.max(1, Math.ceil(count / perPage)); n++) list.push((lang) => listPage(base(lang), n));
    };
    pagesOf(paths.tasks, tasks.length);
    pagesOf(paths.documents, (await allDocuments()).length, DOCUMENTS_PER_PAGE);
    pagesOf(paths.timeline, targets.length, TARGETS_PER_PAGE);
    for (const [d, l] of tasksByDocument) if (hasDocumentTaskList(l.length)) pagesOf((lang) => paths.tasksBy(lang, 'document', d), l.length);
    for (const a of agencies) if (await hasAgencyTaskList(a.id)) pagesOf((lang) => paths.tasksBy(lang, 'agency', a.id), (await allTasksOf(a.id)).length, AGENCY_TASKS_PER_PAGE);
    for (const d of await allDocuments()) {
      list.push((lang) => paths.document(lang, d.id));
      if (textLanguages(d).length === LANGS.length) list.push((lang) => paths.parallel(lang, d.id));
    }
    return list;
  })();
  return pages;
}
