/**
 * The browser at the site's own origin. A built page carries absolute URLs of the origin it was built for
 * (SITE_URL, or LOCAL_ORIGIN without it): its canonical link, a share page's move to its clause, the link
 * the clause tools copy. The tests serve dist/ on a port of their own (PORT), which is another origin; so the
 * browser is put at the built origin, and each request to it is answered by the server on PORT. Pages are
 * then read as a reader at the site's origin reads them, and no request reaches whatever else may listen on
 * the built origin's port. Specs that use this `test` go to paths ("/vi/…") or to the URLs of the open data.
 */
import { test as base, type Route } from '@playwright/test';
import { site } from './subjects.ts';

export { expect } from '@playwright/test';

/** The origin the site was built for, as its open data states it. */
export const SITE_ORIGIN = new URL(site.documents[0].url.vi).origin;

/** The same request, to the server the tests started. */
export function servedUrl(url: string, served: string): string {
  const u = new URL(url);
  return u.origin === SITE_ORIGIN ? new URL(`${u.pathname}${u.search}`, served).href : url;
}

/** Answers a request to the site's origin from the served site, redirects included as they are. */
export async function answerFromServer(route: Route, served: string): Promise<void> {
  let response;
  try {
    response = await route.fetch({ url: servedUrl(route.request().url(), served), maxRedirects: 0 });
  } catch {
    // The server did not answer: the browser sees a failed request, as it would from a site that is down.
    await route.abort('connectionrefused').catch(() => undefined);
    return;
  }
  // The browser may have given the request up meanwhile (the page moved on or closed): nothing waits for it.
  await route.fulfill({ response }).catch(() => undefined);
}

export const test = base.extend<{ servedURL: string }>({
  servedURL: async ({}, use, testInfo) => {
    await use(testInfo.project.use.baseURL ?? SITE_ORIGIN);
  },
  baseURL: async ({}, use) => {
    await use(SITE_ORIGIN);
  },
  context: async ({ context, servedURL }, use) => {
    if (new URL(servedURL).origin !== SITE_ORIGIN) await context.route(`${SITE_ORIGIN}/**`, (route) => answerFromServer(route, servedURL));
    await use(context);
  },
});
