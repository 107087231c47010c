import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { allHtmlPages, builtPage, readJson, textFolders, openDataDocuments } from './helpers.ts';
import { ui } from '../../src/lib/i18n/ui.ts';

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/** The text of a page outside any element that declares another language (lang="vi" on an English page...). */
function textInPageLanguage(tree: Root, lang: string): string {
  const parts: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const l = (node as Element).properties.lang;
      if (l && l !== lang) return;
      if (['script', 'style', 'head'].includes((node as Element).tagName)) return;
    }
    if (node.type === 'text') parts.push(node.value);
    if ('children' in node) for (const c of node.children) walk(c as RootContent);
  };
  walk(tree);
  return parts.join(' ');
}

const pages = allHtmlPages().filter((p) => /^(vi|en)\//.test(p));

test('every /vi/ and /en/ page declares its language and links its counterpart both ways', () => {
  for (const page of pages) {
    const lang = page.slice(0, 2);
    const other = lang === 'vi' ? 'en' : 'vi';
    const tree = builtPage(page);
    assert.equal((select('html', tree) as Element).properties.lang, lang, page);
    const alt = (hreflang: string) => select(`link[rel="alternate"][hreflang="${hreflang}"]`, tree) as Element | undefined;
    assert.ok(alt(lang) && alt(other) && alt('x-default'), `${page}: hreflang alternates`);
    const counterpart = new URL(String(alt(other)!.properties.href)).pathname.replace(/^\//, '') + 'index.html';
    assert.ok(fs.existsSync(`dist/${counterpart}`), `${page}: counterpart ${counterpart} exists`);
    const back = select(`link[rel="alternate"][hreflang="${lang}"]`, builtPage(counterpart)) as Element;
    assert.equal(new URL(String(back.properties.href)).pathname, `/${page.replace(/index\.html$/, '')}`, `${counterpart} links back`);
  }
});

/** A document number is an identifier, written with Vietnamese letters in every language ("21-LCT/HĐNN8", "146/2018/NĐ-CP"). */
const DOCUMENT_NUMBER = /\d+[\p{L}\d.-]*\/[\p{L}\d./-]+/gu;

test('English pages show no Vietnamese outside elements marked lang="vi"', () => {
  for (const page of pages.filter((p) => p.startsWith('en/'))) {
    const text = textInPageLanguage(builtPage(page), 'en').replace(DOCUMENT_NUMBER, '');
    const m = VIETNAMESE_LETTERS.exec(text);
    assert.equal(m, null, `${page}: Vietnamese text "${m ? text.slice(Math.max(0, m.index - 30), m.index + 30) : ''}"`);
  }
});

test('Vietnamese pages show no English interface text outside elements marked lang="en"', () => {
  const english = Object.values(ui.en).filter((s) => s.includes(' ') && !Object.values(ui.vi).includes(s as never));
  for (const page of pages.filter((p) => p.startsWith('vi/'))) {
    const text = textInPageLanguage(builtPage(page), 'vi');
    const found = english.filter((s) => text.includes(s));
    assert.deepEqual(found, [], page);
  }
});

test('every document has the same clause ids in Vietnamese and English', () => {
  const docs = openDataDocuments().filter((d) => d.hasText);
  assert.equal(docs.length, textFolders().length, 'every text folder is a document with text');
  const clauseIds = (url: string) =>
    (selectAll('.clause[id]', builtPage(`${new URL(url).pathname.slice(1)}index.html`)) as Element[]).map((e) => String(e.properties.id)).sort();
  for (const d of docs) {
    const vi = clauseIds(d.url.vi);
    assert.ok(vi.length > 5);
    assert.deepEqual(clauseIds(d.url.en), vi, d.id);
  }
});

test('every document reads completely in English: no gap markers, no paywall lines', () => {
  const docs = openDataDocuments().filter((d) => d.hasText);
  for (const d of docs) {
    for (const lang of ['vi', 'en'] as const) {
      const body = toText(select('article.doc-body', builtPage(`${new URL(d.url[lang]).pathname.slice(1)}index.html`))!);
      assert.ok(!/^\s*\.\.\.\s*$/m.test(body), `${d.id} ${lang}: a "..." gap line`);
      assert.ok(!/TVPL|đăng nhập tài khoản/i.test(body), `${d.id} ${lang}: a paywall line`);
    }
  }
});

test('the parallel view aligns every clause of each document', () => {
  // A Vietnamese-only document has no parallel view: there is nothing to set beside its text.
  const docs = openDataDocuments().filter((d) => d.languages.length === 2);
  assert.ok(docs.length > 0);
  for (const d of docs) {
    for (const lang of ['vi', 'en'] as const) {
      const tree = builtPage(`${lang}/documents/${d.id}/parallel/index.html`);
      const rows = selectAll('.parallel-row[id]', tree) as Element[];
      assert.ok(rows.length > 5, `${d.id} ${lang}: rows`);
      for (const row of rows) {
        const cells = selectAll('[role="cell"]', row) as Element[];
        assert.deepEqual(cells.map((c) => c.properties.lang), [lang, lang === 'vi' ? 'en' : 'vi']);
        for (const cell of cells) assert.ok(toText(cell).replace('§', '').trim().length > 0, `${d.id}#${row.properties.id}: empty cell`);
      }
    }
  }
});

test('the sitemap lists pages with their hreflang alternates', () => {
  const xml = fs.readFileSync('dist/sitemap.xml', 'utf8');
  assert.match(xml, /<url><loc>[^<]*\/en\/documents\/chi-thi-52-ct-tw-2025\/<\/loc><xhtml:link rel="alternate" hreflang="vi" href="[^"]*\/vi\/documents\/chi-thi-52-ct-tw-2025\/"\/>/);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const page of pages) assert.ok(page.includes('/share/') || locs.includes(`/${page.replace(/index\.html$/, '')}`), `${page} is in the sitemap`);
  assert.match(fs.readFileSync('dist/robots.txt', 'utf8'), /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});
