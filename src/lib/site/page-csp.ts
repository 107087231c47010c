/**
 * A page's Content Security Policy narrowed to what the page carries. Astro writes the same script-src and
 * style-src on every page: the hashes of every inline script and style of the site and of the five island
 * directives and two island scripts this site never renders, 14 hashes and about 700 bytes a page, 30 MB at
 * 10,000 documents. A hash only matters for an inline <script> or <style> on the page itself, so each page
 * keeps those and drops the rest: the same pages run, and a page allows nothing it does not hold.
 *
 * It works on the page's bytes, never decoding them: every page of a build passes through it, and decoding
 * and encoding them again cost more than the rest of it together (2.5 s of 3 at 1,000 documents).
 */
import { createHash } from 'node:crypto';

/** How Astro opens a page's CSP <meta>, up to the policy; the security headers read the policy after it too. */
export const CSP_META_OPEN = '<meta http-equiv="content-security-policy" content="';
const META_OPEN = Buffer.from(CSP_META_OPEN);
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;
/** Script types a browser runs; a data block (application/json, application/ld+json) needs no hash. */
const EXECUTED_SCRIPT_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;
const BLOCKS = (['script', 'style'] as const).map((tag) => ({ tag, open: Buffer.from(`<${tag}`), close: Buffer.from(`</${tag}>`) }));
const GT = 0x3e;

type HashSources = { script: Set<string>; style: Set<string> };

/** The hash sources of the inline scripts and styles in `page`, in each algorithm given. */
export function inlineHashSources(page: Buffer | string, algorithms: ReadonlySet<string>): HashSources {
  const bytes = typeof page === 'string' ? Buffer.from(page) : page;
  const found: HashSources = { script: new Set(), style: new Set() };
  for (const { tag, open, close } of BLOCKS) {
    for (let at = bytes.indexOf(open); at >= 0; at = bytes.indexOf(open, at + 1)) {
      const next = bytes[at + open.length];
      // "<scripts" or "<styled" is another element.
      if (next !== GT && next !== 0x20 && next !== 0x0a && next !== 0x09 && next !== 0x0d) continue;
      const bodyStart = bytes.indexOf(GT, at) + 1;
      const end = bytes.indexOf(close, bodyStart);
      if (bodyStart === 0 || end < 0) break;
      const attributes = bytes.toString('latin1', at + open.length, bodyStart - 1);
      const body = bytes.subarray(bodyStart, end);
      at = end;
      if (tag === 'script') {
        if (/\ssrc\s*=/i.test(attributes)) continue;
        const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
        if (!EXECUTED_SCRIPT_TYPE.test(type)) continue;
      }
      for (const algorithm of algorithms) found[tag].add(`'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`);
    }
  }
  return found;
}

/** `page` with its CSP <meta> keeping only the hashes of its own inline scripts and styles. */
export function narrowPagePolicy(page: Buffer): Buffer {
  const metaAt = page.indexOf(META_OPEN);
  if (metaAt < 0) return page;
  const policyStart = metaAt + META_OPEN.length;
  const policyEnd = page.indexOf('"', policyStart);
  const directives = page.toString('utf8', policyStart, policyEnd).split(';');
  const sources = directives.flatMap((d) => d.trim().split(/\s+/));
  const algorithms = new Set(sources.filter((s) => HASH_SOURCE.test(s)).map((s) => s.slice(1, s.indexOf('-'))));
  if (algorithms.size === 0) return page;
  const onPage = inlineHashSources(page, algorithms);
  const policy = directives
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const own = name === 'script-src' ? onPage.script : onPage.style;
      return ` ${[name, ...values.filter((s) => !HASH_SOURCE.test(s) || own.has(s))].join(' ')}`;
    })
    .join(';');
  return Buffer.concat([page.subarray(0, policyStart), Buffer.from(policy), page.subarray(policyEnd)]);
}
