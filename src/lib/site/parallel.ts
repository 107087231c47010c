import type { ClauseRecord, NoteRun } from '../text/records.ts';
import { isHeadedKind, opensNumberedUnit } from '../text/clause-ids.ts';
import { ui } from '../i18n/ui.ts';
import type { Lang } from '../i18n/languages.ts';
import { escapeHtml } from './html.ts';
import { unitLabel } from '../text/citation.ts';

export interface ParallelCell {
  text: string;
  origin: ClauseRecord['origin'];
  /** The printed number of the unit this row opens ("2.1.", "Điều 2."), in this cell's language. */
  num?: string;
  /** A headed unit's title (an article's, a chapter's), in this cell's language. */
  title?: string;
  /** Translator's notes on this unit. */
  notes?: NoteRun[][];
}

export interface ParallelRow {
  id: string;
  kind: ClauseRecord['kind'];
  depth: number;
  /** A row that is a unit's heading (its number and title) rather than text. */
  heading?: boolean;
  cells: Record<Lang, ParallelCell>;
}

const isHeaded = (c: ClauseRecord) => c.title !== undefined || isHeadedKind(c.kind);

/**
 * Pairs the units of two language versions by clause id: the smallest units (paragraphs, bullets, points
 * without parts) as text rows, and the headed units of a normative text (chapters, articles) as heading
 * rows. Ids are equal in both languages (the build enforces it), so alignment is exact; a unit missing on
 * one side is an error, not a blank cell. Each cell carries its own language's numbers and titles.
 */
export function alignClauses(vi: ClauseRecord[], en: ClauseRecord[]): ParallelRow[] {
  const records = { vi: new Map(vi.map((c) => [c.id, c])), en: new Map(en.map((c) => [c.id, c])) };
  const parents = new Set(vi.map((c) => c.parent).filter(Boolean));
  const rows: ParallelRow[] = [];
  for (const c of vi) {
    const other = records.en.get(c.id);
    if (!other) throw new Error(`clause "${c.id}" has no English counterpart`);
    const pair = { vi: c, en: other };
    if (isHeaded(c)) {
      const cell = (r: ClauseRecord): ParallelCell => ({ text: '', origin: r.origin, num: r.num, title: r.title });
      rows.push({ id: c.id, kind: c.kind, depth: c.depth, heading: true, cells: { vi: cell(c), en: cell(other) } });
      continue;
    }
    if (parents.has(c.id)) continue;
    const cell = (lang: Lang): ParallelCell => {
      const r = pair[lang];
      const parent = r.parent ? records[lang].get(r.parent) : undefined;
      return { text: r.text, origin: r.origin, ...(opensNumberedUnit(r, parent) && { num: parent!.num }), ...(r.notes?.length && { notes: r.notes }) };
    };
    rows.push({ id: c.id, kind: c.kind, depth: c.depth, cells: { vi: cell('vi'), en: cell('en') } });
  }
  return rows;
}

/**
 * The rows of the parallel view as one HTML string, cells in `order`. Written here rather than as Astro
 * markup: a document has about 50 rows of two cells, the view exists per document and language (20,000
 * pages at 10,000 documents), and Astro rendering every link, note and text of them took the longest share
 * of the page stage (136 s of 422); one string per page takes a fraction of that. Every value is escaped.
 * `pageLang` is the language of the page the rows are on.
 */
export function parallelRowsHtml(
  rows: readonly ParallelRow[],
  order: readonly Lang[],
  pageLang: Lang,
  clauseHref: (lang: Lang, id: string) => string,
): string {
  let html = '';
  for (const row of rows) {
    // No class: the row's role is all the stylesheet needs, and a class on each of a law's thousands of rows
    // was a thirtieth of the page.
    html += `<div id="${escapeHtml(row.id)}" role="row">`;
    for (const l of order) {
      const cell = row.cells[l];
      const unofficial = cell.origin === 'unofficial';
      // A cell in the page's language takes it from <html lang>; only the other language's cells say theirs.
      html += `<div role="cell"${l === pageLang ? '' : ` lang="${l}"`}${unofficial ? ' class="unofficial"' : ''}>`;
      // Named by its unit alone: the column says the language, the page's introduction what § opens
      // (link purpose in context); the same words before every name were a tenth of the page.
      html += `<a href="${escapeHtml(clauseHref(l, row.id))}" aria-label="${escapeHtml(unitLabel(l, row.id))}">§</a> `;
      if (unofficial) html += `<span class="origin-note">${escapeHtml(ui[l].unofficialClause)}</span> `;
      if (row.heading) {
        html += `<strong>${[cell.num, cell.title].filter((v) => v !== undefined).map((v) => escapeHtml(v!)).join(' ')}</strong></div>`;
        continue;
      }
      if (cell.num) html += `<span class="clause-num">${escapeHtml(cell.num)} </span>`;
      html += escapeHtml(cell.text);
      for (const note of cell.notes ?? []) {
        const words = note.map((run) => (run.lang ? `<span lang="${run.lang}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('');
        html += ` <span class="editorial-note" role="note"><span class="note-label">${escapeHtml(ui[l].translatorNote)}: </span>${words}</span>`;
      }
      html += '</div>';
    }
    html += '</div>\n';
  }
  return html;
}
