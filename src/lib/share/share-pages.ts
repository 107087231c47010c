/**
 * Share pages (one per clause and language) are too many for the page pipeline at scale: 10,000 documents
 * make about a million of them. Astro builds one template per language with placeholder tokens
 * (src/pages/[lang]/share/[doc]/[clause]/index.astro); src/integrations/share-pages/build.ts fills it in for every
 * clause from the content digest. The layout, styles and CSP hashes are the template's, so a share page is
 * exactly what Astro would have rendered, at the cost of a string replacement.
 */
import type { Lang } from '../i18n/languages.ts';
import { escapeHtml } from '../site/html.ts';

/** Placeholders: lower-case ASCII for those in URLs (kept as they are by every URL and HTML step). */
export const SHARE_TOKENS = {
  doc: 'sharetokendocument',
  clause: 'sharetokenclause',
  citation: 'SHARETOKENCITATION',
  description: 'SHARETOKENDESCRIPTION',
  text: 'SHARETOKENTEXT',
  textLang: 'sharetokentextlang',
  citationVi: 'SHARETOKENCITEVI',
  citationEn: 'SHARETOKENCITEEN',
} as const;

export interface ShareValues {
  doc: string;
  clause: string;
  /** The clause's citation in the page's language. */
  citation: string;
  /** The clause's full text in the page's language, or in Vietnamese when the document has no English text. */
  text: string;
  /** The language of `text`. */
  textLang: Lang;
  citationVi: string;
  citationEn: string;
}

/** The preview text link previewers show: the clause, cut at a word near 300 characters. */
export function shareDescription(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297).replace(/\s+\S*$/, '')}…` : text;
}

const TOKEN = new RegExp(Object.values(SHARE_TOKENS).join('|'), 'g');

/** The template with every token replaced; values are escaped for both text and attribute positions. */
export function fillSharePage(template: string, v: ShareValues): string {
  const values: Record<string, string> = {
    [SHARE_TOKENS.doc]: v.doc,
    [SHARE_TOKENS.clause]: v.clause,
    [SHARE_TOKENS.citation]: v.citation,
    [SHARE_TOKENS.description]: shareDescription(v.text),
    [SHARE_TOKENS.text]: v.text,
    [SHARE_TOKENS.textLang]: v.textLang,
    [SHARE_TOKENS.citationVi]: v.citationVi,
    [SHARE_TOKENS.citationEn]: v.citationEn,
  };
  return template.replace(TOKEN, (t) => escapeHtml(values[t]));
}

export function shareTemplatePath(lang: Lang): string {
  return `${lang}/share/${SHARE_TOKENS.doc}/${SHARE_TOKENS.clause}/index.html`;
}
