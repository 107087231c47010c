/**
 * What the browser tests read, chosen by rule from the site they are served (its dist/data/*.json and
 * src/content/texts/), never by id: "a document with footnotes", "an agency that leads a task". The same
 * specs then run on the real content and on a generated fixture (npm run test:fixture), and keep running as
 * documents are added. Read when a spec file loads, before the browser starts, from the project the spec
 * file is in (the real project or its fixture copy).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { TASKS_PER_PAGE, pageFile, readSiteData, sitePath, textLanguages, type ClauseData, type DocumentData } from '../../scripts/lib/built-site.ts';
import { textRecords } from '../../src/lib/content/compiled.ts';
import { isNormativeKind } from '../../src/lib/text/clause-ids.ts';
import { clauseCitation } from '../../src/lib/text/citation.ts';
import { tocEntries } from '../../src/lib/site/toc.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/languages.ts';
import { paths } from '../../src/lib/site/urls.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const site = readSiteData(ROOT);
export { sitePath };

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const withText = site.documents.filter((d) => d.hasText);
if (!withText.length) throw new Error(`${ROOT}: the site has no document with a text to test`);

export const languagesOf = (d: DocumentData): Lang[] => textLanguages(d.id, ROOT);
const bilingual = withText.filter((d) => languagesOf(d).length === LANGS.length);
const isNormative = (d: DocumentData) => d.clauses.some((c) => isNormativeKind(c.kind));

const hasNumbers = (d: DocumentData) => d.clauses.some((c) => c.num !== null);
/** A document with numbered clauses in both languages: the ordinary subject of reading, citing and sharing. */
export const readingDocument: DocumentData = bilingual.find(hasNumbers) ?? bilingual[0] ?? withText[0];
/** A document with footnotes, if there is one. */
export const footnoteDocument = withText.find((d) => d.clauses.some((c) => c.kind === 'footnote'));
/** A law or another text in articles (Điều), if there is one: the shortest, since axe takes long over a long one. */
export const normativeDocument = withText.filter(isNormative).sort((a, b) => a.clauses.length - b.clauses.length)[0];
/** A document the site holds in Vietnamese only, if there is one. */
export const vietnameseOnlyDocument = withText.find((d) => languagesOf(d).join() === 'vi');
/** A document the sources cite but the site holds no text of, if there is one. */
export const citedOnlyDocument = site.documents.find((d) => !d.hasText);
/** The number of links in a document's table of contents. */
export function tocSize(d: DocumentData, lang: Lang): number {
  const count = (entries: ReturnType<typeof tocEntries>): number => entries.reduce((n, e) => n + 1 + count(e.children), 0);
  return count(tocOf(d, lang));
}

/**
 * One document with a table of contents of each structure that exists: articles (a law) and numbered items
 * (every other text); of each, the one with the shortest table, so the time to follow every link stays bounded.
 */
export const structureDocuments: DocumentData[] = [withText.filter((d) => !isNormative(d)), withText.filter(isNormative)]
  .map((list) => list.filter((d) => tocSize(d, 'vi') > 0).sort((a, b) => tocSize(a, 'vi') - tocSize(b, 'vi'))[0])
  .filter((d) => d !== undefined);

/** The entries of a document's table of contents, as the page builds them from its compiled clauses. */
export function tocOf(d: DocumentData, lang: Lang) {
  return d.hasText ? tocEntries(textRecords(d.id, languagesOf(d).includes(lang) ? lang : 'vi', ROOT).clauses, lang) : [];
}

/** A clause that assigns a task, the one furthest down its page (so that landing on it means scrolling), with the task's text; else the last numbered clause of the reading document. */
export const taskClause: { document: DocumentData; clause: ClauseData; text?: Record<Lang, string> } = (() => {
  const placed = site.tasks
    .map((t) => {
      const document = site.documents.find((d) => d.id === t.document)!;
      const index = document.clauses.findIndex((c) => c.id === t.clause);
      return { document, clause: document.clauses[index], text: t.text, depth: index / document.clauses.length };
    })
    .filter((t) => t.clause && languagesOf(t.document).length === LANGS.length)
    .sort((a, b) => b.depth - a.depth);
  if (placed.length) return placed[0];
  const numbered = readingDocument.clauses.filter((c) => c.num !== null && c.kind !== 'footnote');
  return { document: readingDocument, clause: numbered.at(-1) ?? readingDocument.clauses.at(-1)! };
})();

/** A clause with a printed number, whose number links it (the clause tools open from it). */
export const numberedClause: ClauseData = readingDocument.clauses.find((c) => c.num !== null && c.kind !== 'footnote') ?? readingDocument.clauses[0];

/** An agency that leads a task, if any does; else the first agency. */
export const leadAgency = site.agencies.find((a) => a.tasks.lead.length > 0) ?? site.agencies[0];

/** A year a task is due in, if any task has a deadline. */
export const dueYear = site.tasks.map((t) => t.due?.slice(0, 4) ?? t.period?.to.slice(0, 4)).find((y) => y !== undefined);

/** A word the search finds in each language: the longest word of a task's text, else of a document title. */
export function searchWord(lang: Lang): string {
  const sentence = site.tasks.find((t) => languagesOf(site.documents.find((d) => d.id === t.document)!).includes(lang))?.text[lang] ?? readingDocument.title[lang];
  return sentence.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The site's own pages (About, How to cite, …: src/content/site/<lang>/<page>.mdx), each a kind of its own. */
export function sitePages(lang: Lang): string[] {
  const dir = path.join(ROOT, 'src/content/site', lang);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => paths.sitePage(lang, f.replace(/\.mdx$/, ''))) : [];
}

/** One page of every kind, in one language: the page kinds the site has, with subjects chosen by rule. */
export function pageKinds(lang: Lang): string[] {
  const documents = [readingDocument, footnoteDocument, normativeDocument, vietnameseOnlyDocument, citedOnlyDocument].filter((d) => d !== undefined);
  return [
    `/${lang}/`,
    `/${lang}/documents/`,
    ...[...new Set(documents.map((d) => sitePath(d.url[lang])))],
    ...(languagesOf(readingDocument).length === LANGS.length ? [`/${lang}/documents/${readingDocument.id}/parallel/`] : []),
    `/${lang}/news/`,
    `/${lang}/agencies/`,
    sitePath(leadAgency.url[lang]),
    `/${lang}/tasks/`,
    ...(site.tasks.length > TASKS_PER_PAGE ? [`/${lang}/tasks/2/`] : []),
    `/${lang}/tasks/document/`,
    `/${lang}/timeline/`,
    `/${lang}/search/?q=${encodeURIComponent(searchWord(lang))}`,
    ...sitePages(lang),
  ];
}

/**
 * A clause's citation as the build states it: the heading of its share page where the build writes share
 * pages, else the unit's label (citation.ts) with the document's form as the open data gives it.
 */
export function buildCitation(document: DocumentData, clause: ClauseData, lang: Lang): string {
  if (clause.share) return toText(select('h1', fromHtml(fs.readFileSync(path.join(ROOT, 'dist', pageFile(clause.share[lang])), 'utf8')))!).trim();
  return clauseCitation(lang, clause.id, document.citation[lang]);
}

/** Whether this build wrote share pages (the publisher's share mode, and its size, decide). */
export const hasSharePages = withText.some((d) => d.clauses.some((c) => c.share));

/** A clause's share address: its share page, or where one would be (an old link the 404 page sends on). */
export const shareAddress = (document: DocumentData, clause: ClauseData, lang: Lang): string => (clause.share ? sitePath(clause.share[lang]) : paths.share(lang, document.id, clause.id));
