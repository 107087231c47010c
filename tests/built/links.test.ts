import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { DIST, allHtmlPages, builtPage } from './helpers.ts';
import { readSiteData, sitePath } from '../../scripts/lib/built-site.ts';
import { LOCAL_ORIGIN } from '../../src/lib/site/origin.ts';

// The built site's origin when SITE_URL is not set (npm test builds without it).
const SITE = process.env.SITE_URL ?? LOCAL_ORIGIN;

/** The file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const p = decodeURIComponent(pathname);
  const candidates = p.endsWith('/') ? [path.join(p, 'index.html')] : [p, path.join(p, 'index.html')];
  return candidates.map((c) => path.join(DIST, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idCache.has(file)) idCache.set(file, new Set((selectAll('[id]', builtPage(path.relative(DIST, file))) as Element[]).map((e) => String(e.properties.id))));
  return idCache.get(file)!;
}

/** The internal links of one page (relative to dist/) that do not land: no such page, or no element with the #fragment. */
function brokenLinks(page: string, tree: Root): { broken: string[]; checked: number } {
  const base = new URL(`/${page.replace(/index\.html$/, '')}`, SITE);
  const broken: string[] = [];
  let checked = 0;
  for (const a of selectAll('a[href], link[rel="alternate"][href], link[rel="canonical"][href]', tree) as Element[]) {
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
  return { broken, checked };
}

test('every internal link and #anchor on every built page lands', () => {
  const broken: string[] = [];
  const withoutLinks: string[] = [];
  for (const page of allHtmlPages()) {
    const result = brokenLinks(page, builtPage(page));
    broken.push(...result.broken);
    // Every page links at least home or to what it is about, so a page with none was not read.
    if (result.checked === 0) withoutLinks.push(page);
  }
  assert.deepEqual(withoutLinks, [], 'pages in which no internal link was found');
  assert.deepEqual(broken.slice(0, 20), [], `${broken.length} broken links`);
});

test('the link check can fail: a link to a missing anchor is reported, and so is a link to a missing page', () => {
  const doc = readSiteData().documents.find((d) => d.hasText && d.clauses.length > 0)!;
  const clause = doc.clauses[0];
  const page = sitePath(doc.url.vi);
  const missing = `${clause.id}-missing`;
  assert.ok(!idsOf(fileFor(page)!).has(missing), `#${missing} is not on ${page}`);
  const tree = fromHtml(
    `<a href="${sitePath(clause.url.vi)}">lands</a><a href="${page}#${missing}">missing anchor</a><a href="${page}no-such-page/">missing page</a>`,
  );
  assert.deepEqual(brokenLinks('vi/index.html', tree), {
    broken: [`vi/index.html: ${page}#${missing} (no element #${missing})`, `vi/index.html: ${page}no-such-page/ (no such page)`],
    checked: 3,
  });
});
