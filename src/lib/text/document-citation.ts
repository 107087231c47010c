/** A document's first-mention citation in both languages, from its metadata (pages and share pages). */
import { NORMATIVE_DOCUMENT_TYPES, type Agency, type DocumentMeta } from '../content/schemas.ts';
import { documentCitation } from './citation.ts';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { documentTypeLabels } from '../i18n/labels.ts';
import { formatDate } from '../i18n/dates.ts';

export function documentCitationForms(meta: DocumentMeta, title: Record<Lang, string>, issuers: Pick<Agency, 'name'>[]): Record<Lang, string> {
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      documentCitation(lang, {
        typeLabel: documentTypeLabels[meta.type][lang],
        normative: NORMATIVE_DOCUMENT_TYPES.includes(meta.type),
        number: meta.number,
        date: meta.date ? formatDate(lang, meta.date) : null,
        issuer: issuers.map((a) => a.name[lang]).join(lang === 'vi' ? ', ' : ', the '),
        title: title[lang],
      }),
    ]),
  ) as Record<Lang, string>;
}
