/**
 * Builds the Pagefind index after `astro build`, from the content digest: one page per document and
 * language, written as plain HTML in which every leaf clause is a heading with the clause's id (Pagefind
 * makes each a sub-result, so a result lands on its clause), and one record per agency. Nothing is indexed
 * twice: parallel view, share pages, task tables and navigation are not indexed.
 * Filters, per document: type, issuer, year, and the agencies it names or assigns tasks to.
 * Why per document and not per clause: Pagefind's page table (loaded whole by the first query) and its
 * build time grow with the number of pages; at 10,000 documents a page per clause means 480,000 pages per
 * language, a page table of about 2.5 MB and a build of about a quarter of an hour (BENCHMARKS.md).
 */
import * as pagefind from 'pagefind';
import path from 'node:path';
import { digestPath, readContentDigest } from '../src/lib/content-digest.ts';
import { LANGS, type Lang, documentTypeLabels, formatDate } from '../src/lib/i18n.ts';
import { unitLabel } from '../src/lib/citation.ts';
import { paths } from '../src/lib/urls.ts';

const root = process.cwd();
// The validator's parse of every text, from the start of `astro build`: nothing is parsed twice.
const content = await readContentDigest(digestPath(root));
const agencyName = (id: string, lang: Lang) => content.agencies.get(id)?.name[lang] ?? id;

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let records = 0;
const add = async (record: pagefind.CustomRecord) => {
  const r = await index.addCustomRecord(record);
  if (r.errors.length) throw new Error(`pagefind: ${r.errors.join('; ')}`);
  records++;
};
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const attribute = (key: string, value: string) => escapeHtml(`${key}:${value}`);

for await (const { id: docId, meta, texts, tasks } of content.documents()) {
  for (const lang of LANGS) {
    const title = texts?.[lang]?.title ?? meta.title?.[lang] ?? docId;
    const clauses = texts?.[lang]?.clauses ?? [];
    const parents = new Set(clauses.map((c) => c.parent).filter(Boolean));
    const byId = new Map(clauses.map((c) => [c.id, c]));
    // Filters hold for the whole document: its type, issuer, year, and every agency it names or tasks.
    const named = (texts?.[lang]?.mentions ?? []).map((m) => m.agency);
    const assigned = tasks.flatMap((t) => [...t.lead, ...t.partners]);
    const filters: [string, string][] = [
      ['type', documentTypeLabels[meta.type][lang]],
      ...meta.issuer.map((id): [string, string] => ['issuer', agencyName(id, lang)]),
      ['year', meta.date ? meta.date.slice(0, 4) : lang === 'vi' ? 'Không rõ' : 'Unknown'],
      ...[...new Set([...named, ...assigned])].map((id): [string, string] => ['agency', agencyName(id, lang)]),
    ];
    const metas: [string, string][] = [
      ['kind', 'document'],
      ['number', meta.number ?? ''],
      ['date', meta.date ? formatDate(lang, meta.date) : ''],
    ];
    // One record per document and language; every leaf clause is a heading with its id, which Pagefind
    // turns into a sub-result, so a result still lands on its clause while the index has one page per
    // document (its page table and build time grow with documents, not with clauses).
    const body = clauses
      .filter((c) => !parents.has(c.id))
      .map((clause) => {
        const parent = clause.parent ? byId.get(clause.parent) : undefined;
        const num = parent?.num !== undefined && clause.id === `${parent.id}__para-1` ? `${parent.num} ` : '';
        return `<h2 id="${escapeHtml(clause.id)}">${escapeHtml(unitLabel(lang, clause.id))}</h2><p>${escapeHtml(`${num}${clause.text}`)}</p>`;
      })
      .join('\n');
    const head = [title, meta.number, documentTypeLabels[meta.type][lang], meta.summary?.[lang]].filter(Boolean).join('. ');
    const html = `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>
<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1>
${metas.map(([k, v]) => `<span data-pagefind-meta="${attribute(k, v)}"></span>`).join('')}
${filters.map(([k, v]) => `<span data-pagefind-filter="${attribute(k, v)}"></span>`).join('')}
<p>${escapeHtml(head)}</p>
${body}
</main></body></html>`;
    const r = await index.addHTMLFile({ url: paths.document(lang, docId), content: html });
    if (r.errors.length) throw new Error(`pagefind: ${r.errors.join('; ')}`);
    records++;
  }
}

for (const agency of content.agencies.values()) {
  for (const lang of LANGS) {
    await add({
      url: paths.agency(lang, agency.id),
      language: lang,
      content: [agency.name[lang], agency.abbr, ...(lang === 'vi' ? agency.aliases : agency.aliasesEn)].filter(Boolean).join('. '),
      meta: { title: agency.name[lang], kind: 'agency' },
      filters: { agency: [agency.name[lang]] },
    });
  }
}

const written = await index.writeFiles({ outputPath: path.join(root, 'dist/pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${records} records in ${LANGS.length} languages -> dist/pagefind`);
