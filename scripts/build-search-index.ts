/**
 * Builds the Pagefind index after `astro build`: one record per clause (so every result lands on its clause
 * and loads only that clause's small fragment), one per document (title, number, summary) and one per
 * agency; one index per language. Nothing is indexed twice: parallel view, share pages, task tables and
 * navigation are not indexed, since the clause records already hold their text.
 * Filters: document type, issuer, agency (named in the clause, or leading or coordinating a task it
 * assigns) and year.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';
import { digestPath, readContentDigest } from '../src/lib/content-digest.ts';
import { createMentionIndex, linkMentions } from '../src/lib/agency-mentions.ts';
import { LANGS, type Lang, documentTypeLabels, formatDate } from '../src/lib/i18n.ts';
import { unitLabel } from '../src/lib/citation.ts';
import { paths } from '../src/lib/urls.ts';

const root = process.cwd();
// The validator's parse of every text, from the start of `astro build`: nothing is parsed twice.
const content = await readContentDigest(digestPath(root));
const matcherFor = createMentionIndex([...content.agencies.values()]);
const agencyName = (id: string, lang: Lang) => content.agencies.get(id)?.name[lang] ?? id;

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let records = 0;
const add = async (record: pagefind.CustomRecord) => {
  const r = await index.addCustomRecord(record);
  if (r.errors.length) throw new Error(`pagefind: ${r.errors.join('; ')}`);
  records++;
};

for await (const { id: docId, meta, texts, tasks } of content.documents()) {
  for (const lang of LANGS) {
    const title = texts?.[lang]?.title ?? meta.title?.[lang] ?? docId;
    const filters = {
      type: [documentTypeLabels[meta.type][lang]],
      issuer: meta.issuer.map((id) => agencyName(id, lang)),
      year: [meta.date ? meta.date.slice(0, 4) : lang === 'vi' ? 'Không rõ' : 'Unknown'],
    };
    await add({
      url: paths.document(lang, docId),
      language: lang,
      content: [title, meta.number, documentTypeLabels[meta.type][lang], meta.summary?.[lang]].filter(Boolean).join('. '),
      meta: { title, kind: 'document', number: meta.number ?? '', date: meta.date ? formatDate(lang, meta.date) : '' },
      filters,
    });
    const clauses = texts?.[lang]?.clauses ?? [];
    const parents = new Set(clauses.map((c) => c.parent).filter(Boolean));
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const matcher = matcherFor(lang, docId);
    for (const clause of clauses) {
      if (parents.has(clause.id)) continue;
      const parent = clause.parent ? byId.get(clause.parent) : undefined;
      const num = parent?.num !== undefined && clause.id === `${parent.id}__para-1` ? `${parent.num} ` : '';
      const assigned = tasks.filter((t) => t.clause === clause.id).flatMap((t) => [...t.lead, ...t.partners]);
      const named = matcher ? (linkMentions(clause.text, matcher, (a) => a)?.agencies ?? []) : [];
      const agencies = [...new Set([...named, ...assigned])].map((id) => agencyName(id, lang));
      await add({
        url: paths.clause(lang, docId, clause.id),
        language: lang,
        content: `${num}${clause.text}`,
        meta: { title, kind: 'clause', clause: unitLabel(lang, clause.id), number: meta.number ?? '' },
        filters: agencies.length ? { ...filters, agency: agencies } : filters,
      });
    }
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
