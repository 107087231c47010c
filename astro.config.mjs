// @ts-check
import { defineConfig } from 'astro/config';
import { textProcessor } from './src/lib/text/pipeline.ts';
import { contentValidation } from './src/integrations/content-validation/index.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { sharePages } from './src/integrations/share-pages/index.ts';
import { loadRedirects } from './src/lib/content/redirects.ts';
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
    // The user chose remark-gfm and our clause plugin works on mdast, so the MDX texts go through the
    // unified processor (src/lib/markdown-pipeline.ts); the text compiler renders each text with it once.
    processor: textProcessor(),
  },
  // In this order: the search index and the share pages start from the digest that content validation
  // writes; the security headers read the share templates before the share pages remove them.
  integrations: [contentValidation(), searchIndex(), securityHeaders(), sharePages()],
});
