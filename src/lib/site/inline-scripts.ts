/**
 * The few scripts that must run before the page is first painted, written inline (a module script runs
 * later, and what it changes then moves the page). The CSP allows each by its hash (astro.config.mjs).
 */
import { createHash } from 'node:crypto';

/**
 * A document's metadata and contents are folded on a phone (the text comes first), open on a wide screen:
 * open them before the first paint, so nothing moves. Without JavaScript they stay folded, one tap away.
 */
export const OPEN_WIDE_PANELS = `if(matchMedia('(min-width: 64rem)').matches)for(const d of document.querySelectorAll('details[data-open-wide]'))d.open=true;`;

/**
 * The search page says search needs JavaScript (a <noscript> is not shown where JavaScript is on but
 * blocked); where it runs, the notice goes before the first paint, so the results never jump up under it.
 */
export const HIDE_NO_SCRIPT_NOTICE = `document.getElementById('search-nojs').hidden=true;`;

export const INLINE_SCRIPTS = [OPEN_WIDE_PANELS, HIDE_NO_SCRIPT_NOTICE];

/** The CSP source of each inline script. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return INLINE_SCRIPTS.map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const);
}
