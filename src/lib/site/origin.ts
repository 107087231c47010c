/**
 * The origin of every absolute URL the site writes (canonical and hreflang links, share previews, the
 * sitemap, robots.txt, open data, calendar UIDs). SITE_URL sets it (astro.config.mjs passes it to Astro as
 * `site`); a build without it uses the local preview origin and says so loudly (src/integrations/site-origin.ts).
 * Browser-safe.
 */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

export function siteOrigin(site: URL | string | undefined): URL {
  return new URL(site ?? LOCAL_ORIGIN);
}

export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, siteOrigin(site)).href;
}
