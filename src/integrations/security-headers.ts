import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_META_OPEN } from '../lib/site/page-csp.ts';

/** Directives every page shares; Astro adds script-src and style-src with the hashes of each page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
/** Pagefind compiles WebAssembly (its worker is turned off: src/client/search.ts). */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

const SECURITY_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options: DENY',
  'Cross-Origin-Opener-Policy: same-origin',
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
];

const CSP_META = new RegExp(`${CSP_META_OPEN}([^"]+)"`, 'i');

/**
 * The page's CSP, read from its head only: a task list or agency page of a large corpus is megabytes, and
 * reading every page whole took 47 s of a 10,000-document build. Reads on past the first block only while
 * neither the policy nor the end of the head has been seen.
 */
export async function readCspMeta(file: string, block = 16_384): Promise<string | undefined> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(block);
    let head = '';
    for (let offset = 0; ; offset += block) {
      const { bytesRead: n } = await handle.read(buffer, 0, block, offset);
      head += buffer.toString('latin1', 0, n);
      const end = head.search(/<\/head>/i);
      const m = CSP_META.exec(end >= 0 ? head.slice(0, end) : head);
      if (m) return Buffer.from(m[1], 'latin1').toString('utf8');
      if (n < block || end >= 0) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads the policies of many pages with several reads in flight: after a large build most pages are no
 * longer in the page cache, and one read at a time waited on the disk for each (73 s for 68,862 pages at
 * 10,000 documents).
 */
export async function readCspMetas(files: string[], inFlight = 32): Promise<string[]> {
  const policies: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, files.length) }, async () => {
      while (next < files.length) {
        const policy = await readCspMeta(files[next++]);
        if (policy) policies.push(policy);
      }
    }),
  );
  return policies;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const sources = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
        // The pages Astro rendered, share templates included; the share pages filled in from those carry
        // the templates' policies, and there are a million of them at scale.
        const files = [...assets.values()].flat().map((url) => fileURLToPath(url)).filter((f) => f.endsWith('.html'));
        for (const policy of await readCspMetas(files)) {
          for (const directive of policy.split(';')) {
            const [name, ...values] = directive.trim().split(/\s+/);
            if (name === 'script-src' || name === 'style-src') values.forEach((v) => sources[name].add(v));
          }
        }
        const policy = [
          ...CSP_DIRECTIVES,
          `script-src ${[...sources['script-src']].join(' ')}`,
          `style-src ${[...sources['style-src']].join(' ')}`,
          "frame-ancestors 'none'",
        ].join('; ');
        const lines = ['/*', `  Content-Security-Policy: ${policy}`, ...SECURITY_HEADERS.map((h) => `  ${h}`), ''];
        lines.push('/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', '');
        lines.push('/pagefind/*', '  Cache-Control: public, max-age=3600', '');
        fs.writeFileSync(path.join(out, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers (${sources['script-src'].size} script and ${sources['style-src'].size} style sources)`);
      },
    },
  };
}
