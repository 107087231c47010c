/**
 * The sitemap: every readable page in each language, with its counterparts as hreflang alternates. The
 * protocol allows 50,000 URLs a file; beyond that /sitemap.xml becomes a sitemap index of /sitemaps/N.xml
 * (about 7,000 documents make 50,000 URLs).
 */
import { LANGS, type Lang } from '../i18n/languages.ts';
import { absoluteUrl } from '../site/origin.ts';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_URLS = 50_000;

export type SitemapPage = (lang: Lang) => string;

/** How many sitemap files the pages need: one, or the parts of an index. */
export function sitemapParts(pages: SitemapPage[]): number {
  return Math.max(1, Math.ceil((pages.length * LANGS.length) / SITEMAP_URLS));
}

/** The sitemap of part `part` (1-based): every language of its pages, each with its alternates. */
export function sitemapUrlset(all: SitemapPage[], site: URL | string | undefined, part = 1): string {
  const perPart = Math.floor(SITEMAP_URLS / LANGS.length);
  const entries = all.slice((part - 1) * perPart, part * perPart).flatMap((page) =>
    LANGS.map((lang) => {
      const alternates = [...LANGS.map((l) => [l, page(l)]), ['x-default', page('vi')]]
        .map(([l, p]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${absoluteUrl(p, site)}"/>`)
        .join('');
      return `<url><loc>${absoluteUrl(page(lang), site)}</loc>${alternates}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(site: URL | string | undefined, parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${absoluteUrl(sitemapPartPath(i + 1), site)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export function sitemapPartPath(n: number): string {
  return `/sitemaps/${n}.xml`;
}
