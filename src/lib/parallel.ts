import type { ClauseRecord } from './remark-clauses.ts';
import type { Lang } from './i18n.ts';

export interface ParallelCell {
  text: string;
  origin: ClauseRecord['origin'];
}

export interface ParallelRow {
  id: string;
  kind: ClauseRecord['kind'];
  /** The printed number of the unit this row opens ("2.1."), when the row is its first paragraph. */
  num?: string;
  depth: number;
  cells: Record<Lang, ParallelCell>;
}

/**
 * Pairs the smallest units of two language versions by clause id. Ids are equal in both languages (the
 * build enforces it), so alignment is exact; a unit missing on one side is an error, not a blank cell.
 */
export function alignClauses(vi: ClauseRecord[], en: ClauseRecord[]): ParallelRow[] {
  const enById = new Map(en.map((c) => [c.id, c]));
  const parents = new Set(vi.map((c) => c.parent).filter(Boolean));
  const byId = new Map(vi.map((c) => [c.id, c]));
  const rows: ParallelRow[] = [];
  for (const c of vi) {
    if (parents.has(c.id)) continue;
    const other = enById.get(c.id);
    if (!other) throw new Error(`clause "${c.id}" has no English counterpart`);
    const parent = c.parent ? byId.get(c.parent) : undefined;
    const opens = parent?.num !== undefined && c.id === `${parent.id}__para-1`;
    rows.push({
      id: c.id,
      kind: c.kind,
      num: opens ? parent!.num : undefined,
      depth: c.depth,
      cells: { vi: { text: c.text, origin: c.origin }, en: { text: other.text, origin: other.origin } },
    });
  }
  return rows;
}
