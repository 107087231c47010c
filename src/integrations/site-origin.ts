import type { AstroIntegration } from 'astro';
import { LOCAL_ORIGIN } from '../lib/site/origin.ts';

/**
 * A build for publishing needs SITE_URL: without it every absolute URL (canonical, hreflang, og:url, the
 * sitemap, robots.txt, open data, calendar UIDs) names the local preview origin, and nothing else fails.
 * So a build without it says so, loudly, first thing and again at the end.
 */
export function siteOriginCheck(): AstroIntegration {
  let unset = false;
  const warning = `SITE_URL is not set: every absolute URL in dist/ (canonical links, hreflang, share previews, sitemap, robots.txt, open data, calendars) uses ${LOCAL_ORIGIN}. Fine for local use and tests; to publish, build with SITE_URL=https://your.origin npm run build.`;
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        unset = command === 'build' && !process.env.SITE_URL;
        if (unset) logger.warn(warning);
      },
      'astro:build:done': ({ logger }) => {
        if (unset) logger.warn(warning);
      },
    },
  };
}
