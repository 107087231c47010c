/**
 * The fidelity check of an import: every sentence of the source reaches the document's page, except the
 * lines the importer says are not the document's text (page markers, ornaments, web page furniture before
 * the letterhead or after the signature, lines outside --from/--to). Lines are cut into sentences, and a
 * sentence is looked for in the page's text without white space: a hard-wrapped line is a piece of a
 * sentence, and headings print their number and title in elements of their own. The importer's own
 * transformations are undone first: a footnote marker "⁽¹⁾" reads "1" on the page, **emphasis** has no
 * asterisks, a bullet's dash and a footnote's label are list markers, not text.
 */
import type { ImportPlan } from './importer.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Text for comparing: NFC, superscript digits as digits, no emphasis marks, no white space. */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[⁽⁾]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT.indexOf(d)))
    .replace(/\*/g, '')
    .replace(/\\/g, '')
    // Invisible format characters (a left-to-right mark inside a word) are not text a reader sees.
    .replace(/[\s\u00a0\p{Cf}]+/gu, '');
}

export interface Fragment {
  line: number;
  text: string;
}

/** The sentences (or pieces of sentences, in hard-wrapped text) of the source that must reach the page. */
export function sourceFragments(raw: string, plan: Pick<ImportPlan, 'leftOut' | 'footnotes'>): Fragment[] {
  const left = new Set<number>();
  for (const { lines } of plan.leftOut) for (let n = lines[0]; n <= lines[1]; n++) left.add(n);
  const footnoteStarts = new Map(plan.footnotes.map((f) => [f.lines[0], f.label]));
  const out: Fragment[] = [];
  raw.normalize('NFC').split(/\r\n|\r|\n|\f/).forEach((line, i) => {
    const n = i + 1;
    if (left.has(n)) return;
    // A bullet's dash and a footnote's label are the list's markers on the page, not text.
    let text = line.trim().replace(/^[-–+•]\s+/, '');
    if (footnoteStarts.has(n)) text = text.replace(/^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+)\s*/, '');
    for (const sentence of text.split(/(?<=[.!?…;:])\s+/)) {
      if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ line: n, text: sentence });
    }
  });
  return out;
}

/** The fragments the page text does not hold. */
export function missingFragments(fragments: Fragment[], pageText: string): Fragment[] {
  const page = comparable(pageText);
  return fragments.filter((f) => !page.includes(comparable(f.text)));
}
