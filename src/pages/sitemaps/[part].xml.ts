import type { APIRoute } from 'astro';
import { sitemapParts, sitemapUrlset } from '../../lib/open-data/sitemap.ts';
import { sitemapPages } from '../../lib/site/sitemap-pages.ts';

/** The parts of the sitemap index, when the site has more URLs than one sitemap may hold; none until then. */
export async function getStaticPaths() {
  const parts = sitemapParts(await sitemapPages());
  return parts > 1 ? Array.from({ length: parts }, (_, i) => ({ params: { part: String(i + 1) } })) : [];
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(sitemapUrlset(await sitemapPages(), site, Number(params.part)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
