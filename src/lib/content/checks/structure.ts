/**
 * The two language versions of a document share their clause ids, so they must have the same structure:
 * the same clauses, in the same order, with the same number of paragraphs, bullets and footnotes in each.
 * They are compared parent by parent, and the first difference in the file is reported with both files'
 * lines, in words: a list of ids that differ says little, since one paragraph too many renumbers every
 * paragraph after it.
 */
import type { ClauseRecord } from '../../text/records.ts';
import { ContentError, relativeToProject } from '../errors.ts';

export interface StructureSide {
  file: string;
  clauses: readonly ClauseRecord[];
}

const FIX = 'give both language versions the same structure: the same <Clause> blocks in the same order, and the same number of paragraphs, bullets and footnotes in each (see CONTENT.md).';

/** The first difference between `here` and `there`, reported in `here`; undefined if they have the same structure. */
export function compareStructures(here: StructureSide, there: StructureSide): ContentError | undefined {
  const a = childrenByParent(here.clauses);
  const b = childrenByParent(there.clauses);
  const lineIn = (side: StructureSide) => new Map(side.clauses.map((c) => [c.id, c.line]));
  const hereLines = lineIn(here);
  const thereLines = lineIn(there);
  let first: { line: number; error: ContentError } | undefined;
  // Parents present in both versions, from the top down; a unit present in one only shows as a difference
  // among its parent's children.
  const queue: (string | undefined)[] = [undefined];
  while (queue.length) {
    const parent = queue.shift();
    const mine = a.get(parent) ?? [];
    const theirs = b.get(parent) ?? [];
    const difference = differenceAmong(parent, mine, theirs, here, there, hereLines, thereLines);
    if (difference && (!first || difference.line < first.line)) first = difference;
    // Units in both versions are compared within, even if their siblings differ: the difference that comes
    // first in the file may be inside one of them.
    for (const child of mine) if (thereLines.has(child.id) && (a.has(child.id) || b.has(child.id))) queue.push(child.id);
  }
  return first?.error;
}

function childrenByParent(clauses: readonly ClauseRecord[]): Map<string | undefined, ClauseRecord[]> {
  const out = new Map<string | undefined, ClauseRecord[]>();
  for (const c of clauses) {
    const list = out.get(c.parent);
    if (list) list.push(c);
    else out.set(c.parent, [c]);
  }
  return out;
}

/** What a unit is called in a message: paragraphs, bullets, <Clause kind="item"> blocks. */
function unitNoun(kind: string, n: number): string {
  const plural = n === 1 ? '' : 's';
  switch (kind) {
    case 'para':
      return `paragraph${plural}`;
    case 'bullet':
      return `bullet${plural}`;
    case 'heading':
      return `Markdown heading${plural}`;
    case 'footnote':
      return `footnote${plural}`;
    default:
      return `<Clause kind="${kind}"> block${plural}`;
  }
}

function differenceAmong(
  parent: string | undefined,
  mine: ClauseRecord[],
  theirs: ClauseRecord[],
  here: StructureSide,
  there: StructureSide,
  hereLines: Map<string, number | undefined>,
  thereLines: Map<string, number | undefined>,
): { line: number; error: ContentError } | undefined {
  const firstDiffering = mine.findIndex((c, i) => theirs[i]?.id !== c.id);
  const at = firstDiffering === -1 ? (mine.length < theirs.length ? mine.length : -1) : firstDiffering;
  if (at === -1) return undefined;
  // Where the difference shows: at the parent, whose content differs; at the top level, at the first unit
  // that differs (or the last one, if one version simply has fewer).
  const place = (side: StructureSide, lines: Map<string, number | undefined>, list: ClauseRecord[]) =>
    parent !== undefined ? lines.get(parent) : (list[at] ?? list.at(-1))?.line;
  const hereLine = place(here, hereLines, mine);
  const thereLine = place(there, thereLines, theirs);
  const where = (file: string, line: number | undefined) => `${file}${line ? `:${line}` : ''}`;
  const whose = parent === undefined ? 'outside any <Clause>, the text' : parent;

  const count = (list: ClauseRecord[]) => {
    const n = new Map<string, number>();
    for (const c of list) n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
    return n;
  };
  const mineCount = count(mine);
  const theirCount = count(theirs);
  const kinds = [...new Set([...mine, ...theirs].map((c) => c.kind))];
  const kind = kinds.find((k) => (mineCount.get(k) ?? 0) !== (theirCount.get(k) ?? 0));
  let problem: string;
  if (kind) {
    const m = mineCount.get(kind) ?? 0;
    const t = theirCount.get(kind) ?? 0;
    problem = `${whose} has ${m} ${unitNoun(kind, m)} here, but ${where(relativeToProject(there.file), thereLine)} has ${t}.`;
  } else {
    const label = (c: ClauseRecord) => `"${c.id}"${c.num !== undefined ? ` (num="${c.num}")` : ''}`;
    problem = `${whose} has ${label(mine[at])} here, where ${where(relativeToProject(there.file), theirs[at].line)} has ${label(theirs[at])}.`;
  }
  const line = (kind ? hereLine : mine[at]?.line) ?? hereLine ?? 0;
  return { line, error: new ContentError(here.file, line || undefined, problem, FIX) };
}
