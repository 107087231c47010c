/**
 * Writes the open data that grows with the corpus (run by ./index.ts beside Astro's pages), from the
 * compiled content, one document at a time:
 *   documents/{id}.json    each document whole: metadata, every clause with its text, its tasks and targets
 *   documents.json         the list of documents (metadata, counts, the address of each one's file)
 *   tasks.json, tasks.csv  every task (the CSV for spreadsheets)
 *   bulk/documents-N.ndjson.gz   everything, one document a line, gzipped
 *   bulk.json              the parts of each of these
 * Lists past the per-file limit of static hosts go on in parts (src/lib/open-data/parts.ts).
 * Options: --out DIR (default .astro/open-data). Clauses name their share pages where the site has them
 * (the share mode, resolved from SHARE_PAGES and the corpus as the share-pages integration resolves it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContentDigest } from '../../lib/content/digest.ts';
import { textRecords } from '../../lib/content/compiled.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { LOCAL_ORIGIN } from '../../lib/site/origin.ts';
import { csvLine } from '../../lib/open-data/csv.ts';
import { documentData, documentEntry, taskCsvLine, TASK_CSV_HEADER, type RecordContext } from '../../lib/open-data/records.ts';
import { requestedShareMode, resolveShareMode } from '../../lib/share/mode.ts';
import { BulkWriter, PartedWriter, csvFormat, jsonListFormat } from '../../lib/open-data/parts.ts';

const root = process.cwd();
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(option('out') ?? path.join(root, '.astro/open-data'));
const digest = await readContentDigest(root);
const ctx: RecordContext = {
  site: process.env.SITE_URL ?? LOCAL_ORIGIN,
  agencyById: (id) => digest.agencyById.get(id),
  sharePages: resolveShareMode(requestedShareMode(), digest.clauses * LANGS.length) !== 'none',
};
const nameOf = (id: string) => digest.agencyById.get(id)?.name.vi;

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'documents'), { recursive: true });
fs.mkdirSync(path.join(out, 'bulk'), { recursive: true });
const documents = new PartedWriter(out, '/data', 'documents', jsonListFormat('documents'));
const tasks = new PartedWriter(out, '/data', 'tasks', jsonListFormat('tasks'));
const csv = new PartedWriter(out, '/data', 'tasks', csvFormat(csvLine(TASK_CSV_HEADER)));
const bulk = new BulkWriter(path.join(out, 'bulk'), '/data/bulk', 'documents');

let count = 0;
for await (const doc of digest.documents()) {
  const data = documentData(
    {
      id: doc.id,
      meta: doc.meta,
      titles: Object.fromEntries(LANGS.flatMap((l) => (doc.texts[l] ? [[l, doc.texts[l]!.title]] : []))),
      origins: Object.fromEntries(LANGS.flatMap((l) => (doc.texts[l] ? [[l, doc.texts[l]!.origin]] : []))),
      clauses: Object.fromEntries(LANGS.flatMap((l) => (doc.texts[l] ? [[l, textRecords(doc.id, l, root).clauses]] : []))),
      mentions: doc.texts.vi ? textRecords(doc.id, 'vi', root).mentions : [],
      tasks: doc.tasks,
      targets: doc.targets,
    },
    ctx,
  );
  const json = JSON.stringify(data);
  fs.writeFileSync(path.join(out, 'documents', `${doc.id}.json`), json);
  documents.add(JSON.stringify(documentEntry(data)));
  for (const task of data.tasks) {
    tasks.add(JSON.stringify(task));
    csv.add(taskCsvLine(task, nameOf, ctx.site));
  }
  await bulk.add(json);
  count++;
}
const manifest = {
  documents: documents.close(),
  tasks: tasks.close(),
  tasksCsv: csv.close(),
  bulk: await bulk.close(),
};
fs.writeFileSync(path.join(out, 'bulk.json'), `${JSON.stringify(manifest, null, 1)}\n`);
const parts = (list: { path: string }[]) => list.length;
console.log(`open data: ${count} documents; documents.json in ${parts(manifest.documents)} part(s), tasks in ${parts(manifest.tasks)}, bulk in ${parts(manifest.bulk)} -> ${path.relative(root, out)}`);
