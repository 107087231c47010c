// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkClauses } from './src/lib/remark-clauses.ts';
import { remarkAgencyMentions } from './src/lib/agency-mentions.ts';
import { rehypeFootnotesI18n } from './src/lib/rehype-footnotes-i18n.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, securityHeaders } from './src/integrations/security-headers.ts';

// Renamed documents keep their old URLs: each declared move becomes a static redirect page, in both languages.
const documentRedirects = Object.fromEntries(
  loadRedirects().documents.flatMap(({ from, to }) =>
    ['vi', 'en'].map((lang) => [`/${lang}/documents/${from}/`, `/${lang}/documents/${to}/`]),
  ),
);

export default defineConfig({
  // Absolute URLs (canonical, hreflang, sitemap) use this origin; set SITE_URL when publishing.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  redirects: documentRedirects,
  build: { format: 'directory' },
  // Astro's HTML compression can glue inline elements written on separate lines ("bảo hiểm" + "y tế"
  // without a space); gzip removes the cost of keeping the whitespace.
  compressHTML: false,
  // Every page carries a CSP <meta> with the hashes of its own inline scripts and styles: no 'unsafe-inline'.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_RESOURCES },
    },
  },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Legal texts have no code; Shiki's inline styles would also conflict with the CSP.
    syntaxHighlight: false,
    // The user chose remark-gfm and our clause plugin works on mdast, so MDX goes through unified.
    // SmartyPants stays off: it would rewrite the sources' quotes and dashes.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkClauses, remarkAgencyMentions],
      rehypePlugins: [rehypeFootnotesI18n],
      remarkRehype: { clobberPrefix: '' },
    }),
  },
  integrations: [contentValidation(), mdx(), securityHeaders()],
});
