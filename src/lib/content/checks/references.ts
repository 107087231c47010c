/**
 * References a text makes that the site cannot follow: a document it does not hold, a unit of the same
 * document that does not exist, a unit of another document that it does not have (that link is cut back
 * to the document, in the compiled HTML and records). They build: the text reads the same either way, so
 * they are warnings. A text with mistakes is skipped, as is a reference into one: the build fails anyway.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../i18n/languages.ts';
import { paths } from '../../site/urls.ts';
import { ContentError } from '../errors.ts';
import { clausesOf, type TextSet } from './texts.ts';

export function checkReferences(texts: TextSet, compileTo: string | undefined): ContentError[] {
  const warnings: ContentError[] = [];
  for (const [docId, entry] of texts) {
    for (const lang of LANGS) {
      const text = entry.byLang[lang];
      if (text === undefined || text === 'failed') continue;
      let cut = false;
      for (const ref of text.references) {
        if (ref.document === null) {
          warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" cites ${ref.missing}, which the site does not hold.`, 'import it (npm run import) or add it as a document without text, and the reference becomes a link.'));
          continue;
        }
        if (ref.dangling) {
          warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" names ${ref.target}, which this document does not have.`, 'check the reference against the source; it stays unlinked.'));
          continue;
        }
        const target = ref.document !== docId && ref.target ? clausesOf(texts, ref.document) : 'unchecked';
        if (target === 'unchecked' || target?.has(ref.target!)) continue;
        // A document the site cites but has no text of has no unit to land on: the link goes to its page.
        if (target !== undefined) warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" names ${ref.target} of "${ref.document}", which that document does not have.`, 'check the reference; it links to the document instead.'));
        if (compileTo) {
          const html = path.join(compileTo, docId, `${lang}.html`);
          fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replaceAll(`href="${paths.document(lang, ref.document)}#${ref.target}"`, `href="${paths.document(lang, ref.document)}"`));
        }
        delete ref.target;
        cut = true;
      }
      if (cut && compileTo) fs.writeFileSync(path.join(compileTo, docId, `${lang}.json`), JSON.stringify({ clauses: text.clauses, mentions: text.mentions, references: text.references }));
    }
  }
  return warnings;
}
