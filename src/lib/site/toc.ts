import type { ClauseRecord } from '../text/records.ts';
import { leadParagraphId } from '../text/clause-ids.ts';
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
 * The table of contents lists the numbered units (parts, items, points) two levels deep, then recipients,
 * signature and footnotes: the places a reader jumps to. Paragraphs and bullets stay out of it.
 */
export function tocEntries(clauses: ClauseRecord[], lang: Lang): TocEntry[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // A numbered unit is labelled by its own first paragraph, not by the text of everything it contains.
  const label = (c: ClauseRecord) => clauseLabel({ num: c.num, text: byId.get(leadParagraphId(c.id))?.text ?? c.text });
  const numbered = clauses.filter((c) => c.num !== undefined || c.kind === 'heading');
  const top = numbered.filter((c) => !numbered.some((p) => p.id === c.parent));
  const entries: TocEntry[] = top.map((c) => ({
    id: c.id,
    label: label(c),
    children: numbered.filter((k) => k.parent === c.id).map((k) => ({ id: k.id, label: label(k), children: [] })),
  }));
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
