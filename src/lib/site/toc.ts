import type { ClauseRecord } from '../text/records.ts';
import { isHeadedKind, leadParagraphId } from '../text/clause-ids.ts';
import { type Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';

export interface TocEntry {
  id: string;
  label: string;
  children: TocEntry[];
}

const LABEL_LENGTH = 70;

/** A short label: the printed number and the start of the unit's text, cut at a word boundary. */
export function clauseLabel(clause: Pick<ClauseRecord, 'num' | 'text'>): string {
  const text = clause.text.replace(/\s+/g, ' ').trim();
  const short = text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH).replace(/\s+\S*$/, '')} …` : text;
  return clause.num ? `${clause.num} ${short}` : short;
}

/**
 * The table of contents: the places a reader jumps to. In a normative text, its headed units at every level
 * (part, chapter, section, article, each with its title: chapter → article); elsewhere the numbered units
 * (parts, items, points) two levels deep. Then recipients, signature and footnotes. Paragraphs, bullets,
 * clauses (khoản) and points (điểm) of articles stay out of it.
 */
export function tocEntries(clauses: ClauseRecord[], lang: Lang): TocEntry[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const headed = clauses.filter((c) => c.title !== undefined || isHeadedKind(c.kind));
  // A numbered unit is labelled by its own title or first paragraph, not by the text of everything it contains.
  const label = (c: ClauseRecord) =>
    c.title !== undefined ? [c.num, c.title].filter(Boolean).join(' ') : clauseLabel({ num: c.num, text: byId.get(leadParagraphId(c.id))?.text ?? c.text });
  const listed = headed.length ? headed : clauses.filter((c) => c.num !== undefined || c.kind === 'heading');
  const maxDepth = headed.length ? Infinity : 2;
  const ids = new Set(listed.map((c) => c.id));
  const childrenOf = new Map<string | undefined, ClauseRecord[]>();
  for (const c of listed) {
    const key = c.parent && ids.has(c.parent) ? c.parent : undefined;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), c]);
  }
  const tree = (parent: string | undefined, depth: number): TocEntry[] =>
    depth > maxDepth ? [] : (childrenOf.get(parent) ?? []).map((c) => ({ id: c.id, label: label(c), children: tree(c.id, depth + 1) }));
  const entries = tree(undefined, 1);
  for (const c of clauses) {
    if (c.kind === 'recipients' || c.kind === 'signature') {
      entries.push({ id: c.id, label: label(c), children: [] });
    }
  }
  if (clauses.some((c) => c.kind === 'footnote')) {
    entries.push({ id: 'footnote-label', label: t(lang, 'footnotesHeading'), children: [] });
  }
  return entries;
}
