/**
 * Plain source text as MDX that renders back to exactly that text: every character Markdown, GFM or MDX
 * would read as markup is escaped, so an imported sentence reaches its page verbatim.
 */

/** ASCII punctuation that starts markup anywhere in a line (emphasis, links, footnotes, JSX, expressions, entities, tables, strikethrough). */
const INLINE = /[\\`*_{}[\]<>&|~]/g;

/** Escapes one line of text (no line breaks) for use as the text of a paragraph or list item. */
export function escapeMdxText(line: string): string {
  let out = line.replace(INLINE, (c) => `\\${c}`);
  // Markup that only counts at the start of a line: headings, quotes, list markers, thematic breaks and
  // setext underlines, ordered-list numbers ("1. ", "2) ").
  out = out.replace(/^(\s*)([#>+\-=])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  // Indentation would make a code block in Markdown (MDX turns that off) and is not text: drop it.
  return out.replace(/^[ \t]+/, '');
}

/** A JSX attribute value ("…"), for a number or title written into <Clause num="…" title="…">. */
export function mdxAttribute(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}
