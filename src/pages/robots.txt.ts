import type { APIRoute } from 'astro';

/** The sitemap URL must be absolute, so robots.txt is generated from the configured site origin. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site ?? 'http://127.0.0.1:4321').href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
