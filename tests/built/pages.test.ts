import { test } from 'node:test';
import assert from 'node:assert/strict';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { builtPage, allHtmlPages } from './helpers.ts';

test('every page has a language, a title and a description', () => {
  for (const page of allHtmlPages()) {
    const tree = builtPage(page);
    const html = select('html', tree) as Element;
    assert.ok(['vi', 'en'].includes(String(html.properties.lang)), `${page} lang`);
    assert.ok(toText(select('title', tree)!).trim().length > 10, `${page} title`);
    assert.ok(select('meta[name="description"]', tree), `${page} description`);
  }
});

test('document pages in Vietnamese use Vietnamese footnote labels, English pages English ones', () => {
  const vi = builtPage('vi/documents/thong-bao-ket-luan-2025-04-23/index.html');
  const en = builtPage('en/documents/thong-bao-ket-luan-2025-04-23/index.html');
  assert.equal(toText(select('#footnote-label', vi)!), 'Chú thích');
  assert.equal(toText(select('#footnote-label', en)!), 'Footnotes');
  const back = selectAll('[data-footnote-backref]', vi) as Element[];
  assert.ok(back.length > 0);
  for (const a of back) assert.match(String(a.properties.ariaLabel), /^Quay lại/);
});

test('source emphasis is kept: the An Giang plan title block is bold and its italics are italic', () => {
  const tree = builtPage('vi/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/index.html');
  const strong = selectAll('article strong', tree).map((el) => toText(el));
  assert.ok(strong.some((s) => s.startsWith('thực hiện Chỉ thị số 52-CT/TW')));
  const em = selectAll('article em', tree).map((el) => toText(el));
  assert.ok(em.includes('Những hạn chế trên có nguyên nhân khách quan'));
});

test('unknown metadata is shown as unknown, never invented: the Notice has no number', () => {
  const tree = builtPage('vi/documents/thong-bao-ket-luan-2025-04-23/index.html');
  const panel = toText(select('.meta-panel', tree)!);
  assert.match(panel, /Số hiệu\s*Không rõ/);
});

test('Vietnamese prose keeps its spaces: no words glued at element boundaries', () => {
  const tree = builtPage('vi/documents/chi-thi-52-ct-tw-2025/index.html');
  const text = toText(select('article', tree)!);
  assert.ok(text.includes('1. Cấp ủy, tổ chức đảng'), 'clause number followed by a space');
  assert.ok(!/\d\.[A-ZĐ]/u.test(text.replace(/\d+\.\d+/g, '')), 'no number glued to the next word');
});
