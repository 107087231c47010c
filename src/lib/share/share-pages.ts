/**
 * What a clause's share page says: its preview title (the clause and a short form of the document, short
 * enough for chat apps, which cut titles after 60–110 characters), its description (the clause's text, then
 * the document's full citation), and the citations in both languages. One description for both ways a share
 * page is made: filled into a template per language for static share pages (at scale, a million pages cost
 * minutes as string replacements and hours through the page pipeline), or rendered on request.
 */
import type { Lang } from '../i18n/languages.ts';
import { LANGS } from '../i18n/languages.ts';
import { escapeHtml } from '../site/html.ts';
import { clauseCitation, isNormativeId, unitLabel } from '../text/citation.ts';

/** The site's card, the image every preview shows (public/share-card.png). */
export const SHARE_CARD = { path: '/share-card.png', width: 1200, height: 630 } as const;

/** Placeholders of the template: lower-case ASCII for those in URLs (kept as they are by every URL and HTML step). */
export const SHARE_TOKENS = {
  doc: 'sharetokendocument',
  clause: 'sharetokenclause',
  previewTitle: 'SHARETOKENPREVIEWTITLE',
  citation: 'SHARETOKENCITATION',
  description: 'SHARETOKENDESCRIPTION',
  text: 'SHARETOKENTEXT',
  textLang: 'sharetokentextlang',
  citationVi: 'SHARETOKENCITEVI',
  citationEn: 'SHARETOKENCITEEN',
} as const;

/** What the share pages of one document need to know of it. */
export interface SharedDocument {
  id: string;
  /** Its first-mention citation in each language (documentCitationForms). */
  citation: Record<Lang, string>;
  /** Its short form in each language (shortForm). */
  short: Record<Lang, string>;
}

export interface ShareValues {
  doc: string;
  clause: string;
  previewTitle: string;
  /** The clause's citation in the page's language. */
  citation: string;
  description: string;
  /** The clause's text in the page's language, or in Vietnamese when the document has no English text. */
  text: string;
  textLang: Lang;
  citations: Record<Lang, string>;
}

const DESCRIPTION_LENGTH = 300;
const PREVIEW_TITLE_LENGTH = 110;

/** Cut at a word before `max` characters, with an ellipsis. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3).replace(/\s+\S*$/, '')}…` : text;
}

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function shareValues(doc: SharedDocument, clause: { id: string; text: string; textLang: Lang }, lang: Lang): ShareValues {
  const citations = Object.fromEntries(LANGS.map((l) => [l, clauseCitation(l, clause.id, doc.citation[l])])) as Record<Lang, string>;
  // A law's clause reads as one short reference ("Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12"); any other
  // document's full citation runs to hundreds of characters and goes to the description.
  // Chat apps cut a title after about 60–110 characters: a long law's name is cut at a word, and the whole
  // citation stays in the description.
  const previewTitle = cut(isNormativeId(clause.id) ? capitalized(citations[lang]) : `${capitalized(unitLabel(lang, clause.id))} · ${doc.short[lang]}`, PREVIEW_TITLE_LENGTH);
  return {
    doc: doc.id,
    clause: clause.id,
    previewTitle,
    citation: citations[lang],
    description: cut(`${clause.text} (${doc.citation[lang]})`, DESCRIPTION_LENGTH),
    text: clause.text,
    textLang: clause.textLang,
    citations,
  };
}

const TOKEN = new RegExp(Object.values(SHARE_TOKENS).join('|'), 'g');

/** The template with every token replaced; values are escaped for both text and attribute positions. */
export function fillSharePage(template: string, v: ShareValues): string {
  const values: Record<string, string> = {
    [SHARE_TOKENS.doc]: v.doc,
    [SHARE_TOKENS.clause]: v.clause,
    [SHARE_TOKENS.previewTitle]: v.previewTitle,
    [SHARE_TOKENS.citation]: v.citation,
    [SHARE_TOKENS.description]: v.description,
    [SHARE_TOKENS.text]: v.text,
    [SHARE_TOKENS.textLang]: v.textLang,
    [SHARE_TOKENS.citationVi]: v.citations.vi,
    [SHARE_TOKENS.citationEn]: v.citations.en,
  };
  return template.replace(TOKEN, (t) => escapeHtml(values[t]));
}

export function shareTemplatePath(lang: Lang): string {
  return `${lang}/share/${SHARE_TOKENS.doc}/${SHARE_TOKENS.clause}/index.html`;
}
