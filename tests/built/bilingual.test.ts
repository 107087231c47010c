import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { allHtmlPages, builtPage, textFolders } from './helpers.ts';
import { pageFile, readSiteData, textLanguages } from '../../scripts/lib/built-site.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { LANGS, otherLang } from '../../src/lib/i18n/languages.ts';

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

const pages = allHtmlPages().filter((p) => LANGS.some((lang) => p.startsWith(`${lang}/`)));

test('every /vi/ and /en/ page declares its language and links its counterpart both ways', () => {
  for (const page of pages) {
    const lang = LANGS.find((l) => page.startsWith(`${l}/`))!;
    const other = otherLang(lang);
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

const { documents } = readSiteData();
const withText = documents.filter((d) => d.hasText);
const clauseIdsOn = (page: string) => (selectAll('.clause[id]', builtPage(page)) as Element[]).map((e) => String(e.properties.id)).sort();

test('every document text shows the clauses documents.json lists, the same ids in each language it is held in', () => {
  assert.deepEqual(withText.map((d) => d.id).sort(), textFolders(), 'every text folder is a document with text');
  for (const d of withText) {
    // Footnotes are listed clauses too, but are the footnote list's items rather than .clause elements.
    const listed = d.clauses.filter((c) => c.kind !== 'footnote').map((c) => c.id).sort();
    assert.ok(listed.length > 0, `${d.id}: no clauses listed`);
    for (const lang of textLanguages(d.id)) assert.deepEqual(clauseIdsOn(pageFile(d.url[lang])), listed, `${d.id} (${lang})`);
  }
});

test('every document reads completely in each language: no gap markers, no paywall lines', () => {
  for (const d of withText) {
    for (const lang of LANGS) {
      const body = toText(select('article.doc-body', builtPage(pageFile(d.url[lang])))!);
      assert.ok(!/^\s*\.\.\.\s*$/m.test(body), `${d.id} ${lang}: a "..." gap line`);
      assert.ok(!/TVPL|đăng nhập tài khoản/i.test(body), `${d.id} ${lang}: a paywall line`);
    }
  }
});

test('the parallel view of every document held in both languages aligns each of its clauses', () => {
  const bilingual = withText.filter((d) => textLanguages(d.id).length === LANGS.length);
  for (const d of bilingual) {
    // Each unit that holds no other unit is a row of its own (units that do hold others get heading rows).
    const parents = new Set(d.clauses.map((c) => c.parent));
    const leaves = d.clauses.filter((c) => !parents.has(c.id)).map((c) => c.id);
    for (const lang of LANGS) {
      const tree = builtPage(`${lang}/documents/${d.id}/parallel/index.html`);
      const htmlLang = (select('html', tree) as Element).properties.lang;
      const rows = selectAll('.parallel [role="row"][id]', tree) as Element[];
      const rowIds = new Set(rows.map((r) => String(r.properties.id)));
      assert.deepEqual(leaves.filter((id) => !rowIds.has(id)), [], `${d.id} ${lang}: clauses without a row`);
      for (const row of rows) {
        const cells = selectAll('[role="cell"]', row) as Element[];
        // A cell in the page's language takes it from <html lang>.
        const cellLang = (c: Element) => String(c.properties.lang ?? htmlLang);
        assert.deepEqual(cells.map(cellLang), [lang, otherLang(lang)]);
        // Each cell's § leads to the clause in its language's text (the page's own language by a relative link).
        const pageUrl = new URL(`/${lang}/documents/${d.id}/parallel/`, 'http://site.test');
        for (const cell of cells) {
          const href = String((selectAll('a', cell)[0] as Element).properties.href);
          assert.equal(new URL(href, pageUrl).href, new URL(`/${cellLang(cell)}/documents/${d.id}/#${row.properties.id}`, pageUrl).href, `${d.id} ${lang}: § of ${row.properties.id}`);
        }
        for (const cell of cells) assert.ok(toText(cell).replace('§', '').trim().length > 0, `${d.id}#${row.properties.id}: empty cell`);
      }
    }
  }
});

test('the sitemap lists every page, each document page with its hreflang alternates', () => {
  // /sitemap.xml is the sitemap, or past the protocol's 50,000 URLs an index of its parts.
  const top = fs.readFileSync('dist/sitemap.xml', 'utf8');
  const parts = [...top.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => fs.readFileSync(path.join('dist', new URL(m[1]).pathname), 'utf8'));
  const xml = parts.length ? parts.join('\n') : top;
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      m[1],
      Object.fromEntries([...m[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
    ]),
  );
  for (const d of documents) {
    for (const lang of LANGS) {
      const alternates = entries.get(d.url[lang]);
      assert.ok(alternates, `${d.url[lang]} is in the sitemap`);
      for (const other of LANGS) assert.equal(alternates[other], d.url[other], `${d.url[lang]}: hreflang ${other}`);
    }
  }
  const locs = [...entries.keys()].map((loc) => new URL(loc).pathname);
  for (const page of pages) assert.ok(page.includes('/share/') || locs.includes(`/${page.replace(/index\.html$/, '')}`), `${page} is in the sitemap`);
  assert.match(fs.readFileSync('dist/robots.txt', 'utf8'), /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});
