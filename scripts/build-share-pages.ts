/**
 * Writes the share page of every clause in both languages after `astro build`, by filling in the template
 * page Astro built for each language (src/lib/share-pages.ts) with the clause records of the content
 * digest. A string replacement and a file write per page, so a million pages take seconds, not the hours
 * the page pipeline would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { digestPath, readContentDigest } from '../src/lib/content-digest.ts';
import { documentCitationForms } from '../src/lib/document-citation.ts';
import { clauseCitation } from '../src/lib/citation.ts';
import { LANGS } from '../src/lib/i18n.ts';
import { fillSharePage, shareTemplatePath, SHARE_TOKENS } from '../src/lib/share-pages.ts';
import { paths } from '../src/lib/urls.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
const templates = Object.fromEntries(LANGS.map((lang) => [lang, fs.readFileSync(path.join(dist, shareTemplatePath(lang)), 'utf8')]));
const digest = await readContentDigest(digestPath(root));
let pages = 0;
for await (const doc of digest.documents()) {
  const { vi, en } = doc.texts;
  if (!vi || !en) continue;
  const cite = documentCitationForms(doc.meta, { vi: vi.title, en: en.title }, doc.meta.issuer.map((id) => digest.agencies.get(id)!));
  for (const lang of LANGS) {
    for (const clause of doc.texts[lang]!.clauses) {
      const dir = path.join(dist, paths.share(lang, doc.id, clause.id));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'index.html'),
        fillSharePage(templates[lang], {
          doc: doc.id,
          clause: clause.id,
          citation: clauseCitation(lang, clause.id, cite[lang]),
          text: clause.text,
          citationVi: clauseCitation('vi', clause.id, cite.vi),
          citationEn: clauseCitation('en', clause.id, cite.en),
        }),
      );
      pages++;
    }
  }
}
for (const lang of LANGS) fs.rmSync(path.join(dist, lang, 'share', SHARE_TOKENS.doc), { recursive: true });
console.log(`share pages: ${pages} written from the templates`);
