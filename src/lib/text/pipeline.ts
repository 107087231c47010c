/**
 * The one description of how a document text becomes HTML: MDX syntax (for <Clause>), GFM (footnotes,
 * tables), clause ids, agency links, footnote labels in the page's language. The text compiler renders
 * every text with it once, through @astrojs/markdown-remark's unified() processor (remark-gfm, the user's
 * choice, instead of Astro 7's default Rust processor, because the clause plugins work on mdast).
 */
import { unified, markdownConfigDefaults } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Agency } from '../content/schemas.ts';
import { remarkClauses } from './remark-clauses.ts';
import { remarkAgencyMentions } from './agency-mentions.ts';
import { rehypeFootnotesI18n } from './rehype-footnotes-i18n.ts';
import { remarkLegalReferences } from './remark-references.ts';
import type { CatalogueEntry } from './legal-references.ts';

/** GFM from remark-gfm itself; SmartyPants off: it would rewrite the sources' quotes and dashes. */
const GFM_ONLY = { gfm: false, smartypants: false } as const;

/** The processor of the site's own pages (About, How to cite…), rendered by @astrojs/mdx: GFM, no clause ids. */
export function sitePageProcessor() {
  return unified({ ...GFM_ONLY, remarkPlugins: [remarkGfm] });
}

/** What a text's links point at: the agency registry and the catalogue of documents. */
export interface TextLinkTargets {
  agencies: Agency[];
  documents: CatalogueEntry[];
}

function textProcessor({ agencies, documents }: TextLinkTargets) {
  return unified({
    ...GFM_ONLY,
    // References before agency names: a document's name can hold a body's ("Luật Tổ chức Quốc hội").
    remarkPlugins: [remarkMdx, remarkGfm, remarkClauses, [remarkLegalReferences, { documents }], [remarkAgencyMentions, { agencies }]],
    rehypePlugins: [rehypeFootnotesI18n],
    remarkRehype: { clobberPrefix: '' },
  });
}

/** A renderer of document texts, linking the names of the validated registry and the catalogue's documents. */
export function createTextRenderer(targets: TextLinkTargets) {
  // Legal texts have no code; Shiki's inline styles would also conflict with the CSP.
  return textProcessor(targets).createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
}
