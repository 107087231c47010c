/** The kinds of documents the site holds, and how each is cited. Browser-safe (schemas.ts builds on it). */

export const DOCUMENT_TYPES = [
  'directive',
  'resolution',
  'conclusion',
  'notice',
  'plan',
  'guidance',
  'law',
  'code',
  'ordinance',
  'decree',
  'circular',
  'decision',
  'news-article',
  'interview',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Types cited by their title and number ("Luật Bảo hiểm y tế số 25/2008/QH12"), and referred to by their
 * name in other texts ("theo quy định của Luật Bảo hiểm y tế"), as laws are.
 */
export const NORMATIVE_DOCUMENT_TYPES: readonly DocumentType[] = ['law', 'code', 'ordinance'];

/**
 * Types written in articles (Điều, khoản, điểm): inside one of them, "khoản 1 Điều 12" without a document
 * means the document itself.
 */
export const ARTICLED_DOCUMENT_TYPES: readonly DocumentType[] = ['law', 'code', 'ordinance', 'decree', 'circular', 'decision'];
