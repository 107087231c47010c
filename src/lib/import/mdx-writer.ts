/**
 * The document tree as the site's MDX (CONTENT.md): <Clause> for every numbered unit and for the frame
 * (header, title, recipients, signature), paragraphs, "- " bullets, GFM footnotes. Every piece of text is
 * escaped, so it renders back to exactly the source's words; the source's own Markdown emphasis (**…**,
 * *…*), where a source uses it, is kept as emphasis.
 */
import { REF_CLOSE, REF_OPEN, type Footnote } from './footnotes.ts';
import { escapeMdxText, mdxAttribute } from './mdx-text.ts';
import type { Block, Container } from './structure.ts';

const STRONG_OPEN = '\uE002';
const STRONG_CLOSE = '\uE003';
const EM_OPEN = '\uE004';
const EM_CLOSE = '\uE005';

/** One paragraph's text as MDX: escaped, with footnote references and the source's emphasis. */
export function inlineMdx(text: string): string {
  const marked = text
    .replace(/\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/g, `${STRONG_OPEN}$1${STRONG_CLOSE}`)
    .replace(/(?<![*\p{L}\p{N}\\])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\p{L}\p{N}])/gu, `${EM_OPEN}$1${EM_CLOSE}`);
  return escapeMdxText(marked)
    .replace(new RegExp(`${REF_OPEN}([^${REF_CLOSE}]*)${REF_CLOSE}`, 'g'), '[^$1]')
    .replace(new RegExp(`[${STRONG_OPEN}${STRONG_CLOSE}]`, 'g'), '**')
    .replace(new RegExp(`[${EM_OPEN}${EM_CLOSE}]`, 'g'), '*');
}

function writeBlocks(blocks: Block[], out: string[]) {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type === 'unit') {
      const attrs = [`kind="${block.kind}"`, block.num !== undefined && `num=${mdxAttribute(block.num)}`, block.title !== undefined && `title=${mdxAttribute(block.title.replace(/\*+/g, ''))}`].filter(Boolean).join(' ');
      out.push(`<Clause ${attrs}>`, '');
      writeBlocks(block.children, out);
      out.push('</Clause>', '');
    } else if (block.type === 'bullet') {
      // Consecutive bullets are one list: one line each.
      out.push(`- ${inlineMdx(block.text)}`);
      if (blocks[i + 1]?.type !== 'bullet') out.push('');
    } else if (block.type === 'heading') {
      out.push(`## ${inlineMdx(block.text)}`, '');
    } else {
      out.push(inlineMdx(block.text), '');
    }
  }
}

export function writeMdx(title: string, root: Container, footnotes: readonly Footnote[]): string {
  const out = ['---', `title: ${JSON.stringify(title)}`, 'origin: source', '---', ''];
  writeBlocks(root.children, out);
  for (const f of footnotes.filter((f) => f.referenced)) out.push(`[^${f.label}]: ${inlineMdx(f.text)}`, '');
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
