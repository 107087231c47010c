/**
 * Whether and how the site serves a share page per clause (a page whose link preview shows the clause and
 * its citation). A publisher chooses with SHARE_PAGES (ARCHITECTURE.md, "Share pages"):
 *  - "static": every share page as a file (two per clause: about 96 files per document);
 *  - "server": share pages rendered on request by the Node adapter (or any adapter), no files;
 *  - "none": no share pages; a shared clause link is the clause's own address, and an old share address
 *    still leads to the clause (the 404 page sends it on);
 *  - "auto" (the default): "static" while the share pages are few enough for any static host, else "none".
 */
export type ShareMode = 'static' | 'server' | 'none';

/** Share pages a default build writes as files at most: Cloudflare Pages' free plan takes 20,000 files in all. */
export const STATIC_SHARE_PAGES_MAX = 10_000;

const ENV = 'SHARE_PAGES';
/** Set by the share-pages integration once the mode is resolved, for the pages that link share pages. */
export const RESOLVED_ENV = 'SHARE_PAGES_RESOLVED';

/** The mode the publisher asked for; "auto" is resolved with the corpus's size by resolveShareMode. */
export function requestedShareMode(env: Record<string, string | undefined> = process.env): ShareMode | 'auto' {
  const value = (env[ENV] ?? 'auto').trim().toLowerCase();
  if (value === 'static' || value === 'server' || value === 'none' || value === 'auto') return value;
  throw new Error(`${ENV}=${env[ENV]} is not a share-page mode: use static, server, none or auto.`);
}

/** "auto" becomes "static" while the corpus's share pages (one per clause and language) stay under the cap. */
export function resolveShareMode(requested: ShareMode | 'auto', sharePages: number): ShareMode {
  if (requested !== 'auto') return requested;
  return sharePages <= STATIC_SHARE_PAGES_MAX ? 'static' : 'none';
}

/** The resolved mode, as pages read it while they are built. */
export function shareMode(env: Record<string, string | undefined> = process.env): ShareMode {
  const value = env[RESOLVED_ENV];
  return value === 'static' || value === 'server' || value === 'none' ? value : 'none';
}

/** The share page an old or external link may still name: /{lang}/share/{document}/{clause}/. */
export const SHARE_PATH = /^\/(vi|en)\/share\/([a-z0-9-]+)\/([A-Za-z0-9._-]+)\/?$/;
