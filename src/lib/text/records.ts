/**
 * What compiling a text yields besides its HTML: the clause records (every addressable unit) and the
 * agency mentions. Browser-safe types; the two functions are the one channel between the remark plugins
 * and the text compiler.
 */
import type { VFile } from 'vfile';
import type { ClauseKind } from './clause-ids.ts';
import type { Lang } from '../i18n/languages.ts';

export type ClauseOrigin = 'source' | 'unofficial';

/** One addressable unit of a document text, as the build extracts it from the MDX. */
export interface ClauseRecord {
  id: string;
  kind: ClauseKind;
  /** The number as printed in the document ("2.1.", "(3)", "II-", "Điều 22."), when it has one. */
  num?: string;
  /** The unit's own heading where the document gives one (an article's title). */
  title?: string;
  parent?: string;
  depth: number;
  /** Plain text of the whole unit, nested units included. */
  text: string;
  origin: ClauseOrigin;
  /** Translator's notes written at this unit (<Note>), which are not part of its text. */
  notes?: NoteRun[][];
  line?: number;
}

/** A stretch of a translator's note; `lang` marks words in another language than the note's (<Vi>). */
export interface NoteRun {
  text: string;
  lang?: Lang;
}

/** A body the text names, and the clause that names it. */
export interface Mention {
  clause: string;
  agency: string;
}

/** A legal reference in the text (remark-references.ts), resolved or not. */
export interface ReferenceRecord {
  /** The clause the reference stands in. */
  clause: string;
  /** The words of the reference. */
  text: string;
  /** The document meant; null when the site does not hold it (`missing` says what was cited). */
  document: string | null;
  /** The clause meant, when the reference names a unit. */
  target?: string;
  missing?: string;
  /** A unit of this same document that it does not have. */
  dangling?: boolean;
  line?: number;
}

export interface TextRecords {
  clauses: ClauseRecord[];
  mentions: Mention[];
  references: ReferenceRecord[];
}

/** A mistake in a text, found while compiling it: the line, what is wrong, what to do about it. */
export interface TextProblem {
  line?: number;
  problem: string;
  fix: string;
}

declare module 'vfile' {
  interface DataMap {
    clauses: { lang: Lang; clauses: ClauseRecord[] };
    /** The problems of the file found so far (remark-clauses.ts collects them). */
    textProblems: TextProblem[];
  }
}

/**
 * Astro's Markdown renderer (@astrojs/markdown-remark) returns HTML and `metadata.frontmatter`, taken from
 * `file.data.astro.frontmatter`; it passes nothing else of the file on. So the plugins publish their records
 * there, under these keys, and the compiler reads them back with readRecords.
 */
export function publishRecords(file: VFile, records: Partial<TextRecords>): void {
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...(astro.frontmatter ?? {}), ...records };
}

/** The text's mistakes, published the same way: the renderer passes them on, and the compiler reports them. */
export function publishProblems(file: VFile, problems: TextProblem[]): void {
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...(astro.frontmatter ?? {}), problems };
}

export function readProblems(frontmatter: Record<string, unknown>): TextProblem[] {
  return (frontmatter.problems ?? []) as TextProblem[];
}

export function readRecords(frontmatter: Record<string, unknown>): TextRecords {
  return { clauses: (frontmatter.clauses ?? []) as ClauseRecord[], mentions: (frontmatter.mentions ?? []) as Mention[], references: (frontmatter.references ?? []) as ReferenceRecord[] };
}
