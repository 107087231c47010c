/**
 * Texts in articles (laws, codes: Điều, khoản, điểm): every unit its source numbers has its id on the page
 * in each language; articles are headings and the contents go chapter to article; clauses are cited as
 * lawyers cite them; references between articles are links; a document's old page leads to its new one.
 * Every text in articles the content holds is checked by rule; the citations and references of the Law on
 * Health Insurance 25/2008/QH12 are checked against texts written out by hand, and say why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { DIST, builtPage } from './helpers.ts';
import { pageFile, readSiteData, sitePath, textLanguages, type DocumentData } from '../../scripts/lib/built-site.ts';
import { normalizeNumber } from '../../src/lib/text/clause-ids.ts';
import { clauseCitation } from '../../src/lib/text/citation.ts';
import { readContentDigest } from '../../src/lib/content/digest.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';

const { documents } = readSiteData();
/** Documents whose text is in articles. */
const articled = documents.filter((d) => d.hasText && d.clauses.some((c) => c.kind === 'dieu'));

/**
 * The ids a source's numbering implies: each "Điều N.", its "N." lines, their "a)" lines. Sources of laws
 * give one paragraph per line (the Vietnamese Legal Corpus), so a number opens its line; a line may be in
 * NFD or hold invisible format characters, which the page does not show.
 */
function idsFromSource(file: string): string[] {
  const ids: string[] = [];
  let article: string | undefined;
  let clause: string | undefined;
  for (const raw of fs.readFileSync(path.join('provenance/sources', file), 'utf8').split('\n')) {
    const line = raw.normalize('NFC').replace(/\p{Cf}/gu, '');
    let m: RegExpExecArray | null;
    if ((m = /^Điều (\d+[a-z]?)\./.exec(line))) ids.push((article = `dieu-${m[1]}`)), (clause = undefined);
    else if (article && (m = /^(\d+)\. /.exec(line))) ids.push((clause = `${article}__khoan-${m[1]}`));
    else if (clause && (m = /^([a-zđ]\d?)\) /.exec(line))) ids.push(`${clause}__diem-${normalizeNumber(`${m[1]})`)}`);
  }
  return ids;
}

const pageIds = (d: DocumentData, lang: 'vi' | 'en') => new Set((selectAll('[id]', builtPage(pageFile(d.url[lang]))) as Element[]).map((e) => String(e.properties.id)));

test('every Điều, khoản and điểm of each source of a text in articles is addressable, in each language', (t) => {
  const withSource = articled.filter((d) => d.sources.some((s) => s.languages.includes('vi')));
  if (!withSource.length) return t.skip('no text in articles has a Vietnamese source file');
  for (const d of withSource) {
    const expected = d.sources.filter((s) => s.languages.includes('vi')).flatMap((s) => idsFromSource(s.file));
    assert.ok(expected.some((id) => /^dieu-[^_]+$/.test(id)), `${d.id}: its source has articles`);
    for (const lang of LANGS) {
      const ids = pageIds(d, lang);
      assert.deepEqual(expected.filter((id) => !ids.has(id)), [], `${d.id} ${lang}: units without their id`);
    }
  }
});

test('articles are headings with their number and title; the contents go chapter to article', (t) => {
  if (!articled.length) return t.skip('no text in articles');
  for (const d of articled) {
    for (const lang of textLanguages(d.id)) {
      const page = builtPage(pageFile(d.url[lang]));
      const toc = select('nav.toc', page);
      assert.ok(toc, `${d.id} ${lang}: contents`);
      for (const article of d.clauses.filter((c) => c.kind === 'dieu')) {
        const heading = select(`[id="${article.id}"] > .unit-heading`, page) as Element | undefined;
        assert.match(String(heading?.tagName), /^h[2-6]$/, `${d.id} ${lang}: ${article.id} is a heading`);
        assert.equal(heading!.properties.id, undefined, `${d.id} ${lang}: the heading of ${article.id} carries no id of its own`);
        assert.ok(toText(select('.clause-num', heading)!).trim().length > 0, `${d.id} ${lang}: ${article.id} shows its number`);
        // Listed in the contents, under its chapter (or part, section) when it has one.
        const entry = select(`a[href="#${article.id}"]`, toc!);
        assert.ok(entry, `${d.id} ${lang}: ${article.id} in the contents`);
        if (article.parent) {
          const parentEntry = (selectAll('li', toc!) as Element[]).find((li) => (li.children as Element[]).some((c) => c.tagName === 'a' && c.properties.href === `#${article.parent}`));
          assert.ok(parentEntry && select(`a[href="#${article.id}"]`, parentEntry), `${d.id} ${lang}: ${article.id} under ${article.parent}`);
        }
      }
    }
  }
});

const LAW = documents.find((d) => d.id === 'luat-bao-hiem-y-te-2008');

test('a clause of the Law on Health Insurance is cited as lawyers cite it, in both languages', (t) => {
  // Known texts are the point here: each citation below is written out by hand as a Vietnamese lawyer, and an
  // English translation of Vietnamese law, cite that unit (point đ as "dd" in English), which no rule derived
  // from the site's own code could check. Every share page's citation is checked by rule in share.test.ts.
  if (!LAW) return t.skip('the Law on Health Insurance 25/2008/QH12 is not on the site');
  // The unit's label with the document's form as the open data publishes it, as share pages and the cite
  // control put them together (citation.ts); share.test.ts checks that share pages say the same.
  const citation = (lang: 'vi' | 'en', id: string) => {
    assert.ok(LAW.clauses.some((c) => c.id === id), `${id} is a clause of the Law`);
    return clauseCitation(lang, id, LAW.citation[lang]);
  };
  assert.equal(citation('vi', 'dieu-22__khoan-1__diem-a'), 'điểm a khoản 1 Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(citation('en', 'dieu-22__khoan-1__diem-a'), 'Point a, Clause 1, Article 22 of the Law on Health Insurance No. 25/2008/QH12');
  assert.equal(citation('vi', 'dieu-6'), 'Điều 6 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(citation('en', 'dieu-51__khoan-2__diem-dd'), 'Point dd, Clause 2, Article 51 of the Law on Health Insurance No. 25/2008/QH12');
});

test('a reference to another article is a link to it, and a document that names a law links to the law', (t) => {
  // Known texts again: Article 13 of the Law names "khoản 1 Điều 12", and Directive 52-CT/TW names "Luật Bảo
  // hiểm y tế"; that each reference resolves to the unit or document it means is only checkable where a reader
  // has read them. That every reference link lands is checked on every page by the link check (links.test.ts).
  if (!LAW) return t.skip('the Law on Health Insurance 25/2008/QH12 is not on the site');
  for (const lang of LANGS) {
    const hrefs = (selectAll('[id="dieu-13"] a.ref', builtPage(pageFile(LAW.url[lang]))) as Element[]).map((a) => String(a.properties.href));
    assert.ok(hrefs.includes('#dieu-12__khoan-1'), `${lang}: Article 13 links the clause of Article 12 it names`);
  }
  const directive = documents.find((d) => d.id === 'chi-thi-52-ct-tw-2025');
  if (directive) {
    const links = selectAll('a.ref', builtPage(pageFile(directive.url.vi))) as Element[];
    assert.ok(links.some((a) => a.properties.href === sitePath(LAW.url.vi)), 'Directive 52 links "Luật Bảo hiểm y tế"');
  }
});

test('the old page of every moved document leads to its new page, in both languages', async (t) => {
  const moved = (await readContentDigest()).redirects.documents;
  if (!moved.length) return t.skip('no document has moved');
  for (const { from, to } of moved) {
    for (const lang of LANGS) {
      const stub = fs.readFileSync(path.join(DIST, lang, 'documents', from, 'index.html'), 'utf8');
      assert.match(stub, new RegExp(`http-equiv="refresh" content="0;url=/${lang}/documents/${to}/"`), `${lang}: ${from} -> ${to}`);
    }
  }
});
