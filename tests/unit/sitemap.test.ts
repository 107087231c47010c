import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITEMAP_URLS, sitemapIndex, sitemapParts, sitemapUrlset, type SitemapPage } from '../../src/lib/open-data/sitemap.ts';

const pages = (n: number): SitemapPage[] => Array.from({ length: n }, (_, i) => (lang) => `/${lang}/documents/d${i}/`);
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1;

test('one sitemap while the URLs fit, an index of parts beyond the protocol limit', () => {
  assert.equal(sitemapParts(pages(100)), 1);
  assert.equal(sitemapParts(pages(SITEMAP_URLS / 2)), 1);
  assert.equal(sitemapParts(pages(SITEMAP_URLS / 2 + 1)), 2);
  const big = pages(60_000);
  const parts = sitemapParts(big);
  assert.equal(parts, 3);
  const sizes = Array.from({ length: parts }, (_, i) => count(sitemapUrlset(big, 'https://example.org', i + 1), 'url'));
  assert.ok(sizes.every((n) => n <= SITEMAP_URLS), `parts of at most ${SITEMAP_URLS} URLs: ${sizes}`);
  assert.equal(sizes.reduce((a, b) => a + b), 120_000, 'every page in each language, once');
  const index = sitemapIndex('https://example.org', parts);
  assert.equal(count(index, 'sitemap'), 3);
  assert.match(index, /<loc>https:\/\/example\.org\/sitemaps\/3\.xml<\/loc>/);
});

test('each URL lists its language alternates', () => {
  const xml = sitemapUrlset(pages(1), 'https://example.org');
  assert.match(xml, /<loc>https:\/\/example\.org\/en\/documents\/d0\/<\/loc><xhtml:link rel="alternate" hreflang="vi" href="https:\/\/example\.org\/vi\/documents\/d0\/"\/>/);
});
