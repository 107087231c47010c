/**
 * Imports one plain-text Vietnamese document into the site (CONTENT.md, "Importing a document"):
 *
 *   npm run import -- <file.txt> [--id <slug>] [--dry-run] [--force] [--type <type>] [--title "…"] [--title-en "…"]
 *                    [--publisher "vi" --publisher-en "en"] [--url <url>] [--from "<first line>" --to "<last line>"]
 *                    [--no-link-back]
 *
 * It prints what it found, what it guessed and what needs a person, then the files it wrote (none with
 * --dry-run); its last line is the new document's id. Bad input ends with an error and writes nothing.
 */
import fs from 'node:fs';
import { DOCUMENT_TYPES, type DocumentType } from '../src/lib/content/document-types.ts';
import { planImport } from '../src/lib/import/importer.ts';
import { ImportError } from '../src/lib/import/report.ts';
import { loadSiteIndex } from '../src/lib/import/site-index.ts';
import { writeImport } from '../src/lib/import/write.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const VALUED = new Set(['id', 'type', 'title', 'title-en', 'publisher', 'publisher-en', 'url', 'from', 'to']);
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.has(args[i - 1].slice(2))));
const usage = 'usage: npm run import -- <file.txt> [--id <slug>] [--dry-run] [--force] [--type <type>] [--title "…"] [--title-en "…"] [--publisher "…" --publisher-en "…"] [--url <url>] [--from "…" --to "…"] [--no-link-back]';

function fail(message: string, fix?: string): never {
  console.error(`import: ${message}${fix ? `\nFix: ${fix}` : ''}`);
  process.exit(1);
}

if (!file) fail('no file given.', usage);
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`${file} is not a file.`, usage);
const type = value('type');
if (type !== undefined && !(DOCUMENT_TYPES as readonly string[]).includes(type)) fail(`unknown type "${type}".`, `use one of: ${DOCUMENT_TYPES.join(', ')}.`);
if ((value('publisher') === undefined) !== (value('publisher-en') === undefined)) fail('--publisher and --publisher-en go together.', 'name the publisher in both languages.');

try {
  const site = loadSiteIndex(process.cwd());
  const plan = await planImport(
    fs.readFileSync(file),
    {
      fileName: file,
      id: value('id'),
      type: type as DocumentType | undefined,
      title: value('title'),
      titleEn: value('title-en'),
      from: value('from'),
      to: value('to'),
      url: value('url'),
      ...(value('publisher') && { publisher: { vi: value('publisher')!, en: value('publisher-en')! } }),
    },
    site,
  );
  console.log(plan.report.format());
  console.log(`Clauses: ${plan.clauseIds.length}`);
  if (flag('dry-run')) {
    console.log(`Dry run: nothing written (would write src/content/documents/${plan.id}.yaml, src/content/texts/${plan.id}/vi.mdx, ${plan.citedOnly.length} cited-only entries).`);
  } else {
    const result = writeImport(plan, site, { force: flag('force'), linkBack: !flag('no-link-back') });
    for (const b of result.backlinks) console.log(`Linked from ${b.document} (${b.relation.from}): ${b.relation.type} ${plan.id}`);
    console.log(`Wrote:\n${result.files.map((f) => `  ${f}`).join('\n')}`);
  }
  console.log(plan.id);
} catch (e) {
  if (e instanceof ImportError) fail(`${e.message}`, e.fix);
  throw e;
}
