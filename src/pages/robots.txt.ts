import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/origin.ts';

/** The sitemap URL must be absolute, so robots.txt is generated from the configured site origin. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
