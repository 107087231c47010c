/** A document's first-mention citation in both languages, from its metadata (pages and share pages). */
import type { Agency, DocumentMeta } from '../content/schemas.ts';
import { NORMATIVE_DOCUMENT_TYPES } from '../content/document-types.ts';
import { documentCitation } from './citation.ts';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { formatDate } from '../i18n/dates.ts';

/**
 * The issuing bodies' names in a language: the registry's names, or the body as the document prints it
 * when the registry has no entry for it yet.
 */
export function issuerNames(meta: Pick<DocumentMeta, 'issuer' | 'issuerPrinted'>, agencyById: (id: string) => Pick<Agency, 'name'> | undefined, lang: Lang): string {
  if (!meta.issuer.length) return meta.issuerPrinted ?? '';
  return meta.issuer.map((id) => agencyById(id)?.name[lang] ?? id).join(lang === 'vi' ? ', ' : ', the ');
}

export function documentCitationForms(meta: DocumentMeta, title: Record<Lang, string>, agencyById: (id: string) => Pick<Agency, 'name'> | undefined): Record<Lang, string> {
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      documentCitation(lang, {
        typeLabel: documentTypeLabels[meta.type][lang],
        normative: NORMATIVE_DOCUMENT_TYPES.includes(meta.type),
        number: meta.number,
        date: meta.date ? formatDate(lang, meta.date) : null,
        issuer: issuerNames(meta, agencyById, lang),
        title: title[lang],
      }),
    ]),
  ) as Record<Lang, string>;
}

/**
 * How a list or a link preview names a document in one short line: its own short title where the metadata
 * gives one, else type and number ("Chỉ thị 52-CT/TW"; a law by its title and number, "Luật Bảo hiểm y tế
 * 25/2008/QH12"), else its title.
 */
export function shortForm(meta: Pick<DocumentMeta, 'shortTitle' | 'number' | 'type'>, title: string, lang: Lang): string {
  if (meta.shortTitle) return meta.shortTitle[lang];
  if (meta.number) return NORMATIVE_DOCUMENT_TYPES.includes(meta.type) ? `${title} ${meta.number}` : `${documentTypeLabels[meta.type][lang]} ${meta.number}`;
  return title;
}
