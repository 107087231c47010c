/**
 * Writes the share page of every clause in both languages by filling in the template page Astro builds
 * for each language (src/lib/share-pages.ts) with the clause records of the content digest. A string
 * replacement and a file write per page, so a million pages take minutes, not the hours the page pipeline
 * would. Run by src/integrations/share-pages.ts during `astro build`.
 *
 * `--part I/N` writes only the documents at positions I, I+N, I+2N… of the digest (one part per core).
 * `--wait` first waits until Astro has written both templates whole. `--dist DIR` (default dist/).
 * The template pages themselves are removed by the integration once every part is done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContentDigest } from '../../lib/content/digest.ts';
import { textRecords } from '../../lib/content/compiled.ts';
import { documentCitationForms, shortForm } from '../../lib/text/document-citation.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { fillSharePage, shareTemplatePath, shareValues, type SharedDocument } from '../../lib/share/share-pages.ts';
import { paths } from '../../lib/site/urls.ts';

const root = process.cwd();
const partAt = process.argv.indexOf('--part');
const part = parsePart(partAt >= 0 ? process.argv[partAt + 1] ?? '' : '0/1');
const distAt = process.argv.indexOf('--dist');
const dist = path.resolve(distAt >= 0 ? process.argv[distAt + 1] : path.join(root, 'dist'));
if (process.argv.includes('--wait')) await templatesWritten();
const templates = Object.fromEntries(LANGS.map((lang) => [lang, fs.readFileSync(path.join(dist, shareTemplatePath(lang)), 'utf8')]));
const digest = await readContentDigest(root);
let pages = 0;
let position = 0;
for await (const doc of digest.documents()) {
  if (position++ % part.of !== part.index) continue;
  const { vi, en } = doc.texts;
  if (!vi) continue;
  // A Vietnamese-only document is shared in English too: the English citation, the Vietnamese text.
  const title = { vi: vi.title, en: en?.title ?? doc.meta.title?.en ?? vi.title };
  const shared: SharedDocument = {
    id: doc.id,
    citation: documentCitationForms(doc.meta, title, (id) => digest.agencyById.get(id)),
    short: { vi: shortForm(doc.meta, title.vi, 'vi'), en: shortForm(doc.meta, title.en, 'en') },
  };
  for (const lang of LANGS) {
    const textLang = doc.texts[lang] ? lang : 'vi';
    for (const clause of textRecords(doc.id, textLang, root).clauses) {
      const dir = path.join(dist, paths.share(lang, doc.id, clause.id));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), fillSharePage(templates[lang], shareValues(shared, { id: clause.id, text: clause.text, textLang }, lang)));
      pages++;
    }
  }
}
console.log(`share pages: ${pages} written from the templates${part.of > 1 ? ` (part ${part.index + 1} of ${part.of})` : ''}`);

/**
 * Until Astro has written both templates whole: each exists and its size held for a poll (Astro writes a
 * page in one call of a few kilobytes, but not atomically; its pages have no closing tag to look for).
 */
async function templatesWritten(): Promise<void> {
  const size = (file: string) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0;
    }
  };
  const files = LANGS.map((lang) => path.join(dist, shareTemplatePath(lang)));
  let before = files.map(size);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const now = files.map(size);
    if (now.every((n, i) => n > 0 && n === before[i])) return;
    before = now;
  }
}

function parsePart(value: string): { index: number; of: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const [index, of] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!(of >= 1 && index >= 0 && index < of)) {
    console.error(`build-share-pages: --part takes I/N with 0 <= I < N, as in 0/2; got "${value}".`);
    process.exit(2);
  }
  return { index, of };
}
