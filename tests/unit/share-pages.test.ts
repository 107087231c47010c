import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillSharePage, shareValues, SHARE_TOKENS, type SharedDocument } from '../../src/lib/share/share-pages.ts';

const directive: SharedDocument = {
  id: 'chi-thi-52',
  citation: { vi: 'Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới', en: 'Directive No. 52-CT/TW of 3 October 2025 of the Secretariat on implementing universal health insurance in the new period' },
  short: { vi: 'Chỉ thị 52-CT/TW', en: 'Directive 52-CT/TW' },
};
const notice: SharedDocument = {
  id: 'thong-bao',
  citation: { vi: 'Thông báo (không rõ số) (không rõ ngày ban hành) của Văn phòng Trung ương Đảng: “Thông báo kết luận …”', en: 'Notice (number unknown) (date of issue unknown) of the Central Party Office: “Notice …”' },
  short: { vi: 'Thông báo kết luận buổi làm việc 23/4/2025', en: 'Notice of conclusions, working session of 23 April 2025' },
};
const law: SharedDocument = { id: 'luat', citation: { vi: 'Luật Bảo hiểm y tế số 25/2008/QH12', en: 'Law on Health Insurance No. 25/2008/QH12' }, short: { vi: 'Luật Bảo hiểm y tế 25/2008/QH12', en: 'Law on Health Insurance 25/2008/QH12' } };

test('a preview title leads with the clause and a short form of the document, without unknown filler', () => {
  const v = shareValues(notice, { id: 'item-2__item-2.2__point-2__para-1', text: 'Khám sức khoẻ định kỳ …', textLang: 'vi' }, 'vi');
  assert.equal(v.previewTitle, 'Đoạn 1 điểm (2) mục 2.2 · Thông báo kết luận buổi làm việc 23/4/2025');
  assert.ok(v.previewTitle.length <= 110 && !/không rõ/.test(v.previewTitle));
  assert.match(v.description, /^Khám sức khoẻ định kỳ … \(Thông báo \(không rõ số\)/, 'the rest of the citation goes to the description');
  assert.equal(shareValues(directive, { id: 'item-7__bullet-5', text: 'x', textLang: 'en' }, 'en').previewTitle, 'Bullet 5 of item 7 · Directive 52-CT/TW');
  assert.equal(shareValues(law, { id: 'dieu-22__khoan-1__diem-a', text: 'x', textLang: 'vi' }, 'vi').previewTitle, 'Điểm a khoản 1 Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12');
});

test('a description is cut at a word near 300 characters, with an ellipsis', () => {
  const d = shareValues(directive, { id: 'item-1', text: 'từ '.repeat(200).trim(), textLang: 'vi' }, 'vi').description;
  assert.ok(d.length <= 300 && d.endsWith('…') && !d.includes('  '));
});

test('a share page template is filled everywhere, with values escaped for text and attributes', () => {
  const template = `<title>${SHARE_TOKENS.previewTitle}</title><meta content="${SHARE_TOKENS.description}"><a href="/vi/documents/${SHARE_TOKENS.doc}/#${SHARE_TOKENS.clause}">${SHARE_TOKENS.citation}</a><blockquote lang="${SHARE_TOKENS.textLang}"><p>${SHARE_TOKENS.text}</p></blockquote><dd>${SHARE_TOKENS.citationVi}</dd><dd>${SHARE_TOKENS.citationEn}</dd>`;
  const values = shareValues({ ...directive, short: { vi: '"Chỉ thị" <b>', en: 'x' } }, { id: 'item-1', text: 'a & b', textLang: 'vi' }, 'vi');
  const html = fillSharePage(template, values);
  assert.ok(!/SHARETOKEN|sharetoken/i.test(html), 'no placeholder is left');
  assert.match(html, /<title>Mục 1 · &#34;Chỉ thị&#34; &#60;b&#62;<\/title>/);
  assert.match(html, /href="\/vi\/documents\/chi-thi-52\/#item-1"/);
  assert.match(html, /<blockquote lang="vi"><p>a &#38; b<\/p>/);
});

test('a clause of a law with a long name keeps a preview title chat apps show whole, cut at a word', () => {
  const longLaw: SharedDocument = {
    id: 'luat-ruou-bia',
    citation: { vi: 'Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14', en: 'Law on Prevention and Control of Harmful Effects of Alcoholic Beverages No. 44/2019/QH14' },
    short: { vi: 'Luật Phòng, chống tác hại của rượu, bia 44/2019/QH14', en: 'Law on Prevention and Control of Harmful Effects of Alcoholic Beverages 44/2019/QH14' },
  };
  const title = shareValues(longLaw, { id: 'dieu-6__khoan-2__diem-a', text: 'x', textLang: 'vi' }, 'en').previewTitle;
  assert.ok(title.length <= 110, `${title.length} characters`);
  assert.match(title, /^Point a, Clause 2, Article 6 of the Law on Prevention .*\S…$/);
  // A short one is whole.
  assert.equal(shareValues(longLaw, { id: 'dieu-6', text: 'x', textLang: 'vi' }, 'vi').previewTitle, 'Điều 6 Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14');
});
