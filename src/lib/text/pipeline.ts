/**
 * The one description of how a document text becomes HTML: MDX syntax (for <Clause>), GFM (footnotes,
 * tables), clause ids, agency links, footnote labels in the page's language. astro.config.mjs gives it to
 * Astro as the Markdown processor, and the text compiler renders every text with it through
 * @astrojs/markdown-remark's unified() processor.
 */
import { unified, markdownConfigDefaults } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { remarkClauses } from './remark-clauses.ts';
import { remarkAgencyMentions } from './agency-mentions.ts';
import { rehypeFootnotesI18n } from './rehype-footnotes-i18n.ts';

export function textProcessor() {
  return unified({
    // GFM comes from remark-gfm itself (the user's choice), SmartyPants stays off: it would rewrite the
    // sources' quotes and dashes.
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkMdx, remarkGfm, remarkClauses, remarkAgencyMentions],
    rehypePlugins: [rehypeFootnotesI18n],
    remarkRehype: { clobberPrefix: '' },
  });
}

export function createTextRenderer() {
  // Legal texts have no code; Shiki's inline styles would also conflict with the CSP.
  return textProcessor().createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
}
