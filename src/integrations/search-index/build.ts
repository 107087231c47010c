/**
 * Builds the Pagefind index beside `astro build` (src/integrations/search-index/index.ts), from the content
 * digest: one page per document and language, written as plain HTML in which every leaf clause (and every
 * chapter and article, with its title) is a heading with the clause's id (Pagefind makes each a sub-result,
 * so a result lands on its clause), and one record per agency. Nothing is indexed twice: parallel view,
 * share pages, task tables and navigation are not indexed. Beside the bundles: the reference index and the
 * abbreviation table (references.ts; src/lib/search/references.ts, abbreviations.ts).
 * Filters, per document: type, issuer, year, and the agencies it names or assigns tasks to.
 * Why per document and not per clause: Pagefind's page table (loaded whole by the first query) and its
 * build time grow with the number of pages; at 10,000 documents a page per clause means 480,000 pages per
 * language, a page table of about 2.5 MB and a build of about a quarter of an hour (BENCHMARKS.md).
 * The index is cut into period shards, newest first (src/lib/search/shards.ts), each built and written on
 * its own so that Pagefind holds one shard at a time; the shard list goes to /pagefind/shards.json.
 *
 * Each shard's word index is then re-cut into small chunks (src/lib/search/pagefind-chunks.ts), and its
 * smallest fragments are bundled into shared files and its largest cut into slices of whole clauses
 * (src/lib/search/pagefind-fragments.ts, slices.ts).
 *
 * Options (for tests and the benchmark): --out DIR (default dist/pagefind), --shard-documents N (the
 * largest shard), --first-shard-documents N (the newest shard).
 */
import * as pagefind from 'pagefind';
import fs from 'node:fs';
import path from 'node:path';
import { readContentDigest } from '../../lib/content/digest.ts';
import { textRecords } from '../../lib/content/compiled.ts';
import { LANGS, type Lang } from '../../lib/i18n/languages.ts';
import { documentTypeLabels } from '../../lib/i18n/labels.ts';
import { formatDate } from '../../lib/i18n/dates.ts';
import { isHeadedKind, opensNumberedUnit } from '../../lib/text/clause-ids.ts';
import type { ClauseRecord, TextRecords } from '../../lib/text/records.ts';
import { paths } from '../../lib/site/urls.ts';
import { documentWeight, FIRST_SHARD_DOCUMENTS, SHARD_DOCUMENTS, SHARD_MANIFEST, ShardPlanner, periodLabel, primaryPagesFile } from '../../lib/search/shards.ts';
import { chunkBytesFor, olderPeriodChunkBytes, rechunkBundle } from '../../lib/search/pagefind-chunks.ts';
import { groupSmallFragments, sliceLargeFragments } from '../../lib/search/pagefind-fragments.ts';
import { PagefindRequests } from '../../lib/search/pagefind-requests.ts';
import { pruneBundle } from '../../lib/search/pagefind-bundle.ts';
import { escapeHtml } from '../../lib/site/html.ts';
import { ABBREVIATIONS_FILE, AbbreviationCollector, type AbbreviationFile } from '../../lib/search/abbreviations.ts';
import { ReferenceIndexWriter, fragmentPages, primaryPages, readReviewedAbbreviations, type FragmentPage } from './references.ts';

const root = process.cwd();
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(option('out') ?? path.join(root, 'dist/pagefind'));
const planner = new ShardPlanner(Number(option('shard-documents') ?? SHARD_DOCUMENTS), Number(option('first-shard-documents') ?? FIRST_SHARD_DOCUMENTS));
// The validator's parse of every text, from the start of `astro build`: nothing is parsed twice.
const content = await readContentDigest(root);
const agencyName = (id: string, lang: Lang) => content.agencyById.get(id)?.name[lang] ?? id;

let index: pagefind.PagefindIndex | undefined;
// Beside the Pagefind bundles: the reference index (legal references go straight to their target) and the
// abbreviations found in the texts (src/lib/search/references.ts, abbreviations.ts).
const references = new ReferenceIndexWriter(out);
/** The primary (newest) bundle's pages, for pages.<lang>.json. */
let primary = new Map<string, FragmentPage>();
const abbreviations = new AbbreviationCollector();
/** Word chunks per shard and language, before and after the re-cut, for the closing log line. */
const chunkFigures: string[] = [];
/** Fragment files per shard and language, before and after small ones are grouped. */
const fragmentFigures: string[] = [];
const attribute = (key: string, value: string) => escapeHtml(`${key}:${value}`);
/** A clause heading's whole text: Pagefind keeps a heading as a sub-result only if it has some, and indexes no word of it. */
const CLAUSE_MARK = '§';

/** Four documents ahead of Pagefind's answers (pagefind-requests.ts). */
const requests = new PagefindRequests(4);

async function openShard(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  // Agencies are few and wanted whatever the period: they go to the primary (newest) shard.
  if (planner.shards.length === 1) await addAgencies(created.index);
  return created.index;
}

async function closeShard(shard: pagefind.PagefindIndex, number: number) {
  await requests.settled();
  const dir = number === 0 ? out : path.join(out, path.basename(planner.shards[number].path));
  const written = await shard.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  // Frees the shard in Pagefind's process before the next one is built.
  await shard.deleteIndex();
  // Pagefind's own chunks cost a query about 30 KB per word, whatever the word (src/lib/search/pagefind-chunks.ts).
  for (const f of rechunkBundle(dir, number === 0 ? chunkBytesFor : olderPeriodChunkBytes)) chunkFigures.push(`${f.language} ${f.chunksBefore}→${f.chunksAfter}`);
  const pages = fragmentPages(dir);
  references.addPages(pages);
  if (number === 0) primary = pages;
  // After the pages are read from their fragments: records of a few hundred bytes share files (a static host counts files).
  for (const f of groupSmallFragments(dir)) fragmentFigures.push(`${f.language} ${f.fragmentsBefore}→${f.fragmentsAfter}`);
  // And the largest (long laws) are cut into slices of whole clauses, fetched one at a time by the search page.
  const sliced = sliceLargeFragments(dir, planner.shards[number].path);
  if (sliced.sliced) fragmentFigures.push(`${sliced.sliced} sliced in ${sliced.slices}`);
  pruneBundle(dir, number === 0);
}

async function addAgencies(shard: pagefind.PagefindIndex) {
  for (const agency of content.agencies) {
    for (const lang of LANGS) {
      await requests.send(
        shard.addCustomRecord({
          url: paths.agency(lang, agency.id),
          language: lang,
          content: [agency.name[lang], agency.abbr, ...(lang === 'vi' ? agency.aliases : agency.aliasesEn)].filter(Boolean).join('. '),
          meta: { title: agency.name[lang], kind: 'agency' },
          filters: { agency: [agency.name[lang]] },
        }),
      );
    }
  }
}

for await (const { id: docId, meta, texts, tasks } of content.documents()) {
  // The records of this document's texts only, read now and dropped after: memory stays flat over the corpus.
  const none: Pick<TextRecords, 'clauses' | 'mentions'> = { clauses: [], mentions: [] };
  const textsOf: Record<Lang, Pick<TextRecords, 'clauses' | 'mentions'>> = { vi: texts.vi ? textRecords(docId, 'vi', root) : none, en: texts.en ? textRecords(docId, 'en', root) : none };
  const placed = planner.place({ id: docId, date: meta.date }, documentWeight(Math.max(...LANGS.map((lang) => textsOf[lang].clauses.length))));
  if (placed.opens) {
    if (index) await closeShard(index, placed.shard - 1);
    index = await openShard();
  }
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, texts[lang]?.title ?? meta.title?.[lang] ?? docId])) as Record<Lang, string>;
  const clausesByLang: Partial<Record<Lang, ClauseRecord[]>> = {};
  for (const lang of LANGS) {
    const title = titles[lang];
    const text = textsOf[lang];
    const clauses = text.clauses;
    if (texts[lang]) clausesByLang[lang] = clauses;
    const parents = new Set(clauses.map((c) => c.parent).filter(Boolean));
    const byId = new Map(clauses.map((c) => [c.id, c]));
    // Filters hold for the whole document: its type, issuer, year, and every agency it names or tasks.
    const named = text.mentions.map((m) => m.agency);
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
    // document (its page table and build time grow with documents, not with clauses). A headed unit (a
    // chapter, an article) is a heading too, its title its text, so "phạm vi điều chỉnh" lands on Điều 1.
    // The heading holds a sign, not the clause's label: "đoạn 1 mục 2", "gạch đầu dòng thứ 5", "khoản 1
    // Điều 12" are the site's words, not the text's, and would match "mục tiêu", "đầu tư", "văn bản" in
    // every clause (the page labels each result from its id; legal references have their own index).
    const heading = (clause: ClauseRecord) => `<h2 id="${escapeHtml(clause.id)}">${CLAUSE_MARK}</h2>`;
    const body = clauses
      .filter((c) => !parents.has(c.id) || (isHeadedKind(c.kind) && c.title))
      .map((clause) => {
        if (parents.has(clause.id)) return `${heading(clause)}<p>${escapeHtml(clause.title!)}</p>`;
        const parent = clause.parent ? byId.get(clause.parent) : undefined;
        const num = opensNumberedUnit(clause, parent) ? `${parent!.num} ` : '';
        return `${heading(clause)}<p>${escapeHtml(`${num}${clause.text}`)}</p>`;
      })
      .join('\n');
    if (lang === 'vi' && texts.vi) {
      abbreviations.startDocument(docId);
      for (const c of clauses) if (!parents.has(c.id) || c.title) abbreviations.addText(parents.has(c.id) ? c.title! : c.text);
      abbreviations.endDocument();
    }
    const head = [title, meta.number, documentTypeLabels[meta.type][lang], meta.summary?.[lang]].filter(Boolean).join('. ');
    const html = `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>
<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1>
${metas.map(([k, v]) => `<span data-pagefind-meta="${attribute(k, v)}"></span>`).join('')}
${filters.map(([k, v]) => `<span data-pagefind-filter="${attribute(k, v)}"></span>`).join('')}
<p>${escapeHtml(head)}</p>
${body}
</main></body></html>`;
    await requests.send(index!.addHTMLFile({ url: paths.document(lang, docId), content: html }));
  }
  references.add(docId, meta, titles, clausesByLang);
}

if (!index) {
  // No documents at all: one shard, for the agencies.
  planner.shards.push({ path: '/pagefind/', documents: 0, from: null, to: null });
  index = await openShard();
}
await closeShard(index, planner.shards.length - 1);
// Periods are written out per language here, so the search page needs no date code of its own.
const manifest = planner.shards.map((shard) => ({
  ...shard,
  period: shard.from && shard.to ? Object.fromEntries(LANGS.map((lang) => [lang, periodLabel(lang, shard.from, shard.to)])) : null,
  since: shard.from ? Object.fromEntries(LANGS.map((lang) => [lang, formatDate(lang, shard.from!)])) : null,
}));
fs.writeFileSync(path.join(out, SHARD_MANIFEST), JSON.stringify(manifest));
const referenceSummary = references.finish();
for (const lang of LANGS) {
  const pages = primaryPages(primary, lang, content.agencies.map((a) => paths.agency(lang, a.id)));
  fs.writeFileSync(path.join(out, primaryPagesFile(lang)), JSON.stringify(pages));
}
const table = abbreviations.result(readReviewedAbbreviations());
fs.writeFileSync(path.join(out, ABBREVIATIONS_FILE), JSON.stringify({ abbreviations: table } satisfies AbbreviationFile));
await pagefind.close();
console.log(
  `search index: ${requests.sent} records in ${LANGS.length} languages, ${planner.shards.length} period shard(s) (${planner.shards.map((s) => s.documents).join(', ')} documents; word chunks ${chunkFigures.join(', ')}; fragment files ${fragmentFigures.join(', ')}); ` +
    `${referenceSummary}; ${table.length} abbreviations (${['reviewed', 'defined', 'used'].map((k) => `${table.filter((a) => a.from.some((f) => f.startsWith(k))).length} ${k}`).join(', ')}) -> ${path.relative(root, out)}`,
);
