/**
 * Result items of the search page, built as DOM nodes: everything from the index or the query is text,
 * never HTML, and every link stays on this site.
 */
import type { Lang } from '../../lib/i18n/languages.ts';
import { documentTypeLabels } from '../../lib/i18n/labels.ts';
import { excerptRuns, type ExcerptRun } from '../../lib/search/excerpt.ts';
import type { ReferenceTarget } from '../../lib/search/references.ts';
import { unitLabel } from '../../lib/text/citation.ts';
import { paths } from '../../lib/site/urls.ts';
import type { LoadedDocument } from './results.ts';

// Besides its best clause, a result links up to this many other matching clauses of the same document.
const MORE_CLAUSES = 2;

export interface ResultLabels {
  document: string;
  agency: string;
  alsoIn: string;
  reference: string;
}

/** Only this site's own paths: the index is ours, but a result is never a way off the site. */
const safe = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url : '#');
const pageOf = (url: string) => url.split('#')[0];

function item(href: string, title: string, where: string, excerpt: ExcerptRun[]): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = safe(href);
  const name = document.createElement('span');
  name.className = 'result-title';
  name.textContent = title;
  a.append(name);
  const place = document.createElement('span');
  place.className = 'result-where';
  place.textContent = where;
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  for (const run of excerpt) {
    if (run.mark) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      p.append(mark);
    } else p.append(run.text);
  }
  li.append(a, place, p);
  return li;
}

/** A document found by its words: its best clause, with its excerpt, and links to its next best clauses. */
export function renderDocument(doc: LoadedDocument, lang: Lang, labels: ResultLabels): HTMLLIElement {
  const [best, ...others] = doc.regions;
  const page = pageOf(doc.data.url);
  const id = best?.region.id;
  const where = id ? unitLabel(lang, id) : doc.data.meta.kind === 'agency' ? labels.agency : labels.document;
  const li = item(id ? `${page}#${id}` : page, doc.data.meta.title ?? page, where, best ? excerptRuns(doc.words, best.region, best.occurrences) : []);
  const more = others.map((r) => r.region.id).filter((c): c is string => Boolean(c)).slice(0, MORE_CLAUSES);
  if (more.length) {
    const also = document.createElement('p');
    also.className = 'result-also';
    also.append(`${labels.alsoIn} `);
    more.forEach((c, i) => {
      const link = document.createElement('a');
      link.href = safe(`${page}#${c}`);
      link.textContent = unitLabel(lang, c);
      also.append(...(i ? ['; ', link] : [link]));
    });
    li.append(also);
  }
  return li;
}

/** A legal reference's target: the unit named (its title, or its first words), or the document. */
export function renderReference(target: ReferenceTarget, lang: Lang, labels: ResultLabels): HTMLLIElement {
  const { document: doc, unit } = target;
  const href = unit ? paths.clause(lang, doc.id, unit.id) : paths.document(lang, doc.id);
  const type = documentTypeLabels[doc.type]?.[lang] ?? '';
  const where = unit ? unitLabel(lang, unit.id) : [type, doc.number].filter(Boolean).join(' ');
  const text = unit?.title ?? (unit?.text ? `${unit.text} …` : labels.reference);
  const li = item(href, doc.title[lang], where, [{ text, mark: false }]);
  li.dataset.reference = '';
  return li;
}

/** The page URL a reference target lands on, to leave its document out of the word results. */
export function referencePage(target: ReferenceTarget, lang: Lang): string {
  return paths.document(lang, target.document.id);
}
