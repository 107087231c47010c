/**
 * Clause ids come from a document's own numbering, never from its words, so that the Vietnamese and
 * English versions of a document share them and a link keeps its place when the reader switches language.
 * Unnumbered units (paragraphs, bullets, captions) take their position among siblings of the same kind.
 */

export const CLAUSE_KINDS = [
  'part',
  'item',
  'point',
  'header',
  'title',
  'recipients',
  'signature',
  'caption',
] as const;
export type AuthoredClauseKind = (typeof CLAUSE_KINDS)[number];

/** Units that get an id without markup. */
export type AutomaticClauseKind = 'para' | 'bullet' | 'heading' | 'footnote';
export type ClauseKind = AuthoredClauseKind | AutomaticClauseKind;

/** Kinds a document has at most once per parent: their segment is the bare kind. */
const SINGLETON_KINDS = new Set<ClauseKind>(['header', 'title', 'recipients', 'signature']);

export const ID_SEPARATOR = '__';

export function isAuthoredKind(kind: string): kind is AuthoredClauseKind {
  return (CLAUSE_KINDS as readonly string[]).includes(kind);
}

/**
 * "2.1." -> "2.1", "(1)" -> "1", "I-" -> "I", "a)" -> "a". Keeps only ASCII letters, digits and inner dots,
 * so the id is safe in a URL fragment and a CSS selector.
 */
export function normalizeNumber(printed: string): string {
  const core = printed
    .normalize('NFC')
    .trim()
    .replace(/^[(\[]+/, '')
    .replace(/[)\].:\-–\s]+$/, '');
  if (!/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/.test(core)) {
    throw new Error(
      `the number "${printed}" cannot become a clause id (use digits, roman numerals or ASCII letters, e.g. "2.1." or "(3)" or "II-")`,
    );
  }
  return core;
}

export function clauseSegment(kind: ClauseKind, options: { num?: string; position: number }): string {
  if (options.num !== undefined) return `${kind}-${normalizeNumber(options.num)}`;
  if (SINGLETON_KINDS.has(kind)) return kind;
  if (kind === 'footnote') return `fn-${options.position}`;
  return `${kind}-${options.position}`;
}

export function joinClauseId(parentId: string | undefined, segment: string): string {
  return parentId ? `${parentId}${ID_SEPARATOR}${segment}` : segment;
}

/** The printed number a reader sees for an automatic unit id, e.g. "item-2__para-3" -> ["item", "2"]. */
export function lastSegment(id: string): { kind: string; value: string } {
  const seg = id.split(ID_SEPARATOR).at(-1) ?? id;
  const dash = seg.indexOf('-');
  return dash === -1 ? { kind: seg, value: '' } : { kind: seg.slice(0, dash), value: seg.slice(dash + 1) };
}
