/**
 * A law on the site (Law on Health Insurance 25/2008/QH12): every Điều, khoản and điểm of its source has its
 * id on the page in both languages; clauses are cited as lawyers cite them; references between articles are
 * links; the old page of the law, from before its text was on the site, still leads to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { DIST, builtPage } from './helpers.ts';
import { normalizeNumber } from '../../src/lib/text/clause-ids.ts';

const LAW = 'luat-bao-hiem-y-te-2008';
const SOURCE = 'provenance/sources/Luat-bao-hiem-y-te-2008-25-2008-QH12-82196.txt';

/** The ids the source's numbering implies: each "Điều N.", its "N." lines, their "a)" lines. */
function idsFromSource(): string[] {
  const ids: string[] = [];
  let article: string | undefined;
  let clause: string | undefined;
  for (const line of fs.readFileSync(SOURCE, 'utf8').split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^Điều (\d+[a-z]?)\./.exec(line))) ids.push((article = `dieu-${m[1]}`)), (clause = undefined);
    else if (article && (m = /^(\d+)\. /.exec(line))) ids.push((clause = `${article}__khoan-${m[1]}`));
    else if (clause && (m = /^([a-zđ]\d?)\) /.exec(line))) ids.push(`${clause}__diem-${normalizeNumber(`${m[1]})`)}`);
  }
  return ids;
}

const pageIds = (lang: string) => new Set((selectAll('[id]', builtPage(`${lang}/documents/${LAW}/index.html`)) as Element[]).map((e) => String(e.properties.id)));

test('every Điều, khoản and điểm of the source is addressable, in both languages', () => {
  const expected = idsFromSource();
  assert.ok(expected.filter((id) => /^dieu-\d+$/.test(id)).length >= 50, 'the source has its articles');
  assert.ok(expected.some((id) => id.endsWith('__diem-dd')), 'a point đ is among them');
  for (const lang of ['vi', 'en']) {
    const ids = pageIds(lang);
    assert.deepEqual(expected.filter((id) => !ids.has(id)), [], `${lang}: units without their id`);
  }
});

test('articles are headings with their number and title; the contents go chapter to article', () => {
  const page = builtPage(`vi/documents/${LAW}/index.html`);
  const heading = selectAll('#dieu-22 > .unit-heading', page)[0] as Element;
  assert.match(String(heading?.tagName), /^h[2-6]$/);
  assert.equal(heading.properties.id, undefined, 'the heading carries no id of its own');
  const toc = (selectAll('nav.toc ol', page)[0] as Element).children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  assert.ok(toc.length >= 10, 'one entry per chapter');
  assert.ok(selectAll('a[href="#dieu-22"]', toc.find((li) => selectAll('a[href="#chuong-IV"]', li).length)!).length, 'Article 22 under its chapter');
});

test('a clause is cited as lawyers cite it, in both languages', () => {
  const citation = (lang: string, id: string) => String((selectAll('h1', builtPage(`${lang}/share/${LAW}/${id}/index.html`))[0] as Element).children.map((c) => ('value' in c ? c.value : '')).join(''));
  assert.equal(citation('vi', 'dieu-22__khoan-1__diem-a'), 'điểm a khoản 1 Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(citation('en', 'dieu-22__khoan-1__diem-a'), 'Point a, Clause 1, Article 22 of the Law on Health Insurance No. 25/2008/QH12');
  assert.equal(citation('vi', 'dieu-6'), 'Điều 6 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(citation('en', 'dieu-51__khoan-2__diem-dd'), 'Point dd, Clause 2, Article 51 of the Law on Health Insurance No. 25/2008/QH12');
});

test('a reference to another article is a link to it, and every such link lands', () => {
  for (const lang of ['vi', 'en']) {
    const page = builtPage(`${lang}/documents/${LAW}/index.html`);
    const ids = pageIds(lang);
    const refs = selectAll('#dieu-13 a.ref', page) as Element[];
    const hrefs = refs.map((a) => String(a.properties.href));
    assert.ok(hrefs.includes('#dieu-12__khoan-1'), `${lang}: Article 13 links the clause of Article 12 it names`);
    for (const a of selectAll('a.ref[href^="#"]', page) as Element[]) assert.ok(ids.has(String(a.properties.href).slice(1)), `${lang}: ${a.properties.href} lands`);
  }
});

test('another document that names the law links to it', () => {
  const directive = selectAll('a.ref', builtPage('vi/documents/chi-thi-52-ct-tw-2025/index.html')) as Element[];
  assert.ok(directive.some((a) => a.properties.href === `/vi/documents/${LAW}/`), 'Directive 52 links "Luật Bảo hiểm y tế"');
});

test('the page the law had before its text was on the site leads to it', () => {
  for (const lang of ['vi', 'en']) {
    const stub = fs.readFileSync(path.join(DIST, lang, 'documents/luat-bao-hiem-y-te/index.html'), 'utf8');
    assert.match(stub, new RegExp(`http-equiv="refresh" content="0;url=/${lang}/documents/${LAW}/"`));
  }
});
