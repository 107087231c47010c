import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { DIST, allHtmlPages, builtPage } from './helpers.ts';
import { LOCAL_ORIGIN } from '../../src/lib/site/origin.ts';

// The built site's origin when SITE_URL is not set (npm test builds without it).
const SITE = process.env.SITE_URL ?? LOCAL_ORIGIN;

/** The file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const p = decodeURIComponent(pathname);
  const candidates = p.endsWith('/') ? [path.join(p, 'index.html')] : [p, path.join(p, 'index.html')];
  return candidates.map((c) => path.join(DIST, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

test('every internal link and #anchor on every built page lands', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set((selectAll('[id]', builtPage(path.relative(DIST, file))) as Element[]).map((e) => String(e.properties.id))));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of allHtmlPages()) {
    const base = new URL(`/${page.replace(/index\.html$/, '')}`, SITE);
    for (const a of selectAll('a[href], link[rel="alternate"][href], link[rel="canonical"][href]', builtPage(page)) as Element[]) {
      const href = String(a.properties.href);
      const url = new URL(href, base);
      if (url.origin !== SITE) continue;
      checked++;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page}: ${href} (no element #${fragment})`);
    }
  }
  assert.ok(checked > 1000, `checked ${checked} links`);
  assert.deepEqual(broken.slice(0, 20), []);
});

test('the link check can fail: a link to a missing anchor is reported', () => {
  assert.equal(fileFor('/vi/documents/no-such-document/'), undefined);
  assert.ok(fileFor('/vi/documents/chi-thi-52-ct-tw-2025/'));
});
