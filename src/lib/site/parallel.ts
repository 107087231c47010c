import type { ClauseRecord } from '../text/records.ts';
import { opensNumberedUnit } from '../text/clause-ids.ts';
import { ui } from '../i18n/ui.ts';
import { type Lang } from '../i18n/languages.ts';
import { escapeHtml } from './html.ts';

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
    const opens = opensNumberedUnit(c, parent);
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

/**
 * The rows of the parallel view as one HTML string, cells in `order`. Written here rather than as Astro
 * markup: a document has about 50 rows of two cells, the view exists per document and language (20,000
 * pages at 10,000 documents), and Astro rendering every link, note and text of them took the longest share
 * of the page stage (136 s of 422); one string per page takes a fraction of that. Every value is escaped.
 */
export function parallelRowsHtml(rows: readonly ParallelRow[], order: readonly Lang[], clauseHref: (lang: Lang, id: string) => string): string {
  let html = '';
  for (const row of rows) {
    html += `<div class="parallel-row parallel-${escapeHtml(row.kind)}" id="${escapeHtml(row.id)}" role="row">`;
    for (const l of order) {
      const cell = row.cells[l];
      const unofficial = cell.origin === 'unofficial';
      html += `\n  <div role="cell" lang="${l}"${unofficial ? ' class="unofficial"' : ''}>`;
      html += `<a class="parallel-link" href="${escapeHtml(clauseHref(l, row.id))}" aria-label="${escapeHtml(`${ui[l].openClause} ${row.id}`)}">§</a> `;
      if (unofficial) html += `<span class="origin-note">${escapeHtml(ui[l].unofficialClause)}</span> `;
      if (row.num) html += `<span class="clause-num">${escapeHtml(row.num)} </span>`;
      html += `${escapeHtml(cell.text)}</div>`;
    }
    html += '\n</div>\n';
  }
  return html;
}
