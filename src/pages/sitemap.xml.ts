import type { APIRoute } from 'astro';
import { sitemapIndex, sitemapParts, sitemapUrlset } from '../lib/open-data/sitemap.ts';
import { sitemapPages } from '../lib/site/sitemap-pages.ts';

/** The sitemap itself while the site fits one file, else the index of its parts (src/pages/sitemaps/). */
export const GET: APIRoute = async ({ site }) => {
  const pages = await sitemapPages();
  const parts = sitemapParts(pages);
  const xml = parts > 1 ? sitemapIndex(site, parts) : sitemapUrlset(pages, site);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
