// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { sitePageProcessor } from './src/lib/text/pipeline.ts';
import { contentValidation } from './src/integrations/content-validation/index.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { sharePages } from './src/integrations/share-pages/index.ts';
import { openData } from './src/integrations/open-data/index.ts';
import { DEFAULT_LANG, LANGS } from './src/lib/i18n/languages.ts';
import { LOCAL_ORIGIN } from './src/lib/site/origin.ts';
import { siteOriginCheck } from './src/integrations/site-origin.ts';
import { requestedShareMode } from './src/lib/share/mode.ts';
import { inlineScriptHashes } from './src/lib/site/inline-scripts.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, securityHeaders } from './src/integrations/security-headers.ts';
import { taskCellLabels } from './src/integrations/task-cell-labels.ts';
import { clauseToolsStrings } from './src/integrations/clause-tools-strings.ts';

export default defineConfig({
  // Absolute URLs (canonical, hreflang, sitemap, open data, calendars) use this origin: set SITE_URL when
  // publishing (src/lib/site/origin.ts).
  site: process.env.SITE_URL ?? LOCAL_ORIGIN,
  trailingSlash: 'always',
  // SHARE_PAGES=server renders share pages on request: the Node adapter here (Cloudflare's or Netlify's on
  // those hosts); every other page stays a static file (src/lib/share/mode.ts).
  adapter: requestedShareMode() === 'server' ? node({ mode: 'standalone' }) : undefined,
  // Four pages in flight: one at a time, Astro's thread waited for each page's folder and file to be written
  // before rendering the next, idle a fifth of the page stage (profiled at 1,000 documents) while the search
  // index and the open data kept the other core busy (BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // HTML-aware compression: whitespace between inline elements shrinks to one character and is never dropped.
  // Astro 7's default, 'jsx', drops a line break between inline elements on separate lines ("Bộ Y tế" +
  // "Thời hạn" read as one word: tests/built/pages.test.ts); keeping all of it (false) was 2.0% of the HTML.
  compressHTML: true,
  // Every page carries a CSP <meta> with the hashes of its own inline scripts and styles: no 'unsafe-inline'.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_RESOURCES, hashes: inlineScriptHashes() },
    },
  },
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // No code on this site; Shiki's inline styles would also conflict with the CSP.
    syntaxHighlight: false,
    // Astro renders only the site's own pages; document texts are compiled by the content validator with
    // their own pipeline (src/lib/text/pipeline.ts). Both use @astrojs/markdown-remark's unified processor
    // with remark-gfm, the user's choice, rather than Astro 7's default Rust processor.
    processor: sitePageProcessor(),
  },
  // In this order: the search index, the open data and the share pages start from the compiled content that
  // content validation writes; the security headers read the share templates before the share pages remove
  // them. @astrojs/mdx renders the site's own pages (src/content/site/); document texts have their own compiler.
  vite: { plugins: [taskCellLabels(), clauseToolsStrings()] },
  integrations: [mdx(), siteOriginCheck(), contentValidation(), searchIndex(), openData(), securityHeaders(), sharePages()],
});
