import type { SourceSection, SourceSpec } from './sources.ts';

/** NFC, every run of white space (non-breaking included) as one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

function isBoilerplate(line: string, spec: SourceSpec): boolean {
  return spec.boilerplate.some((b) => (typeof b === 'string' ? b === line : b.test(line)));
}

/**
 * The sentences of one section of a source, as a reader of the page must find them: boilerplate lines
 * dropped, hard-wrapped lines joined, list markers ("- ") taken as block starts, artifacts corrected.
 */
export function sectionSentences(raw: string, spec: SourceSpec, section: SourceSection): string[] {
  let text = raw;
  const moved: string[] = [];
  for (const [inSource, onPage] of spec.moved) {
    if (!text.includes(inSource)) throw new Error(`${spec.file}: moved text not found: ${inSource.slice(0, 60)}`);
    text = text.replace(inSource, '\n');
    moved.push(onPage);
  }
  for (const [inSource, meant] of spec.artifacts) {
    if (!text.includes(inSource)) throw new Error(`${spec.file}: artifact not found: ${inSource}`);
    text = text.split(inSource).join(meant);
  }
  let lines = text.split('\n').map((l) => l.trim());
  const find = (prefix: string, from: number) => lines.findIndex((l, i) => i >= from && l.startsWith(prefix));
  const start = section.from ? find(section.from, 0) : 0;
  if (start < 0) throw new Error(`${spec.file}: section start not found: ${section.from}`);
  const end = section.to ? find(section.to, start) : lines.length - 1;
  if (end < 0) throw new Error(`${spec.file}: section end not found: ${section.to}`);
  // Lines without a letter or digit are letterhead ornaments ("*", "-----") or "..." gap markers.
  lines = lines.slice(start, end + 1).filter((l) => /[\p{L}\p{N}]/u.test(l) && !isBoilerplate(l, spec));

  const blocks: string[] = [];
  for (const line of lines) {
    if (section.eachLineIsUnit || line.startsWith('- ') || blocks.length === 0) blocks.push(line.replace(/^- /, ''));
    else blocks[blocks.length - 1] += ` ${line}`;
  }
  // A moved footnote belongs to the section its marker is in; checking it against every section of a
  // single-section source is exact, and sources with moved text have one section.
  blocks.push(...moved);

  const sentences: string[] = [];
  for (const block of blocks) {
    let b = normalizeText(block);
    if (spec.markdownEmphasis) b = b.replace(/\*\*|\*/g, '');
    for (const s of b.split(/(?<=[.!?…])\s+/)) {
      if (/[\p{L}\p{N}]/u.test(s)) sentences.push(s);
    }
  }
  return sentences;
}
