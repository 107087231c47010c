import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../lib/i18n/languages.ts';
import { allDocuments } from '../lib/site/documents.ts';
import { listPage, paths } from '../lib/site/urls.ts';
import { registry, TASKS_PER_PAGE } from '../lib/site/registry.ts';
import { siteOrigin } from '../lib/site/origin.ts';

/**
 * Every readable page, each with its counterpart in the other language as an hreflang alternate. Share
 * pages are left out: their canonical is the document.
 */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const pages: ((lang: Lang) => string)[] = [paths.home, paths.documents, paths.news, paths.agencies, paths.timeline, paths.search, paths.tasksByDocumentIndex];
  const { agencies, tasks, tasksByDocument, tasksByDue } = await registry();
  for (const a of agencies) pages.push((lang) => paths.agency(lang, a.id));
  // Every page of every task list.
  const list = (base: (lang: Lang) => string, count: number) => {
    for (let n = 1; n <= Math.max(1, Math.ceil(count / TASKS_PER_PAGE)); n++) pages.push((lang) => listPage(base(lang), n));
  };
  list(paths.tasks, tasks.length);
  for (const [d, l] of tasksByDocument) list((lang) => paths.tasksBy(lang, 'document', d), l.length);
  for (const [y, l] of tasksByDue) list((lang) => paths.tasksBy(lang, 'due', y), l.length);
  for (const d of await allDocuments()) {
    pages.push((lang) => paths.document(lang, d.id));
    if (d.texts.vi && d.texts.en) pages.push((lang) => paths.parallel(lang, d.id));
  }
  const abs = (p: string) => new URL(p, origin).href;
  const entries = pages.flatMap((page) =>
    LANGS.map((lang) => {
      const alternates = [...LANGS.map((l) => [l, page(l)]), ['x-default', page('vi')]]
        .map(([l, p]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(p)}"/>`)
        .join('');
      return `<url><loc>${abs(page(lang))}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
