import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentCatalogue, findLegalReferences, resolveReference, type CatalogueEntry, type ReferenceContext } from '../../src/lib/text/legal-references.ts';

const CATALOGUE: CatalogueEntry[] = [
  { id: 'luat-bhyt-2008', type: 'law', number: '25/2008/QH12', date: '2008-11-14', titles: { vi: 'Luật Bảo hiểm y tế', en: 'Law on Health Insurance' } },
  { id: 'luat-bhyt-2024', type: 'law', number: '51/2024/QH15', date: '2024-11-27', titles: { vi: 'Luật Bảo hiểm y tế', en: 'Law on Health Insurance' } },
  { id: 'chi-thi-38', type: 'directive', number: '38-CT/TW', date: '2009-09-07', titles: { vi: 'Chỉ thị về đẩy mạnh công tác bảo hiểm y tế', en: 'Directive on health insurance' } },
  { id: 'nd-146', type: 'decree', number: '146/2018/NĐ-CP', date: '2018-10-17', titles: { vi: 'Nghị định số 146/2018/NĐ-CP' } },
];
const catalogue = documentCatalogue(CATALOGUE);
const inLaw: ReferenceContext = { document: 'luat-bhyt-2008', normative: true, date: '2008-11-14', article: 'dieu-13', clause: 'dieu-13__khoan-2__para-1' };
const inDirective: ReferenceContext = { document: 'chi-thi-52', normative: false, date: '2025-10-03' };

/** Each reference's words and where it leads. */
function links(text: string, lang: 'vi' | 'en', context: ReferenceContext) {
  return findLegalReferences(text, lang, catalogue.names[lang]).flatMap((r) => {
    const to = resolveReference(r, context, catalogue, lang);
    return to && !('missing' in to) ? [[text.slice(r.start, r.end), `${to.document}${to.clause ? `#${to.clause}` : ''}`]] : [];
  });
}

test('a unit of the same law, with or without "của Luật này", and relative to the article it stands in', () => {
  assert.deepEqual(links('Đối tượng quy định tại khoản 1 Điều 12 của Luật này được cấp thẻ.', 'vi', inLaw), [['khoản 1 Điều 12 của Luật này', 'luat-bhyt-2008#dieu-12__khoan-1']]);
  assert.deepEqual(links('theo quy định tại điểm a khoản 1 Điều 22', 'vi', inLaw), [['điểm a khoản 1 Điều 22', 'luat-bhyt-2008#dieu-22__khoan-1__diem-a']]);
  assert.deepEqual(links('quy định tại khoản 1 Điều này', 'vi', inLaw), [['khoản 1 Điều này', 'luat-bhyt-2008#dieu-13__khoan-1']]);
  assert.deepEqual(links('trừ trường hợp quy định tại điểm b khoản này', 'vi', inLaw), [['điểm b khoản này', 'luat-bhyt-2008#dieu-13__khoan-2__diem-b']]);
  assert.deepEqual(links('the persons specified in Point a, Clause 1 of this Article', 'en', inLaw), [['Point a, Clause 1 of this Article', 'luat-bhyt-2008#dieu-13__khoan-1__diem-a']]);
  assert.deepEqual(links('as prescribed in Article 21 of this Law', 'en', inLaw), [['Article 21 of this Law', 'luat-bhyt-2008#dieu-21']]);
});

test('lists link each unit, then the article', () => {
  assert.deepEqual(links('đối tượng quy định tại các khoản 21, 22 và 25 Điều 12 của Luật này', 'vi', inLaw), [
    ['khoản 21', 'luat-bhyt-2008#dieu-12__khoan-21'],
    ['22', 'luat-bhyt-2008#dieu-12__khoan-22'],
    ['25', 'luat-bhyt-2008#dieu-12__khoan-25'],
    ['Điều 12 của Luật này', 'luat-bhyt-2008#dieu-12'],
  ]);
  assert.deepEqual(links('khoản 1 và khoản 2 Điều 12', 'vi', inLaw).map(([w]) => w), ['khoản 1', 'khoản 2', 'Điều 12']);
  assert.deepEqual(links('Points b, c, d and dd of Clause 2, Article 51 of this Law', 'en', inLaw).map(([, to]) => to), [
    'luat-bhyt-2008#dieu-51__khoan-2__diem-b', 'luat-bhyt-2008#dieu-51__khoan-2__diem-c', 'luat-bhyt-2008#dieu-51__khoan-2__diem-d', 'luat-bhyt-2008#dieu-51__khoan-2__diem-dd',
    'luat-bhyt-2008#dieu-51__khoan-2', 'luat-bhyt-2008#dieu-51',
  ]);
  assert.deepEqual(links('các điểm b, c, d và đ khoản 2 Điều 51', 'vi', inLaw).map(([, to]) => to).slice(3, 4), ['luat-bhyt-2008#dieu-51__khoan-2__diem-dd']);
});

test('documents by number and by name; a law of that name in force at the citing date', () => {
  assert.deepEqual(links('Sau 15 năm thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư', 'vi', inDirective), [['Chỉ thị số 38-CT/TW', 'chi-thi-38']]);
  assert.deepEqual(links('Implementing Directive No. 38-CT/TW', 'en', inDirective), [['Directive No. 38-CT/TW', 'chi-thi-38']]);
  assert.deepEqual(links('theo quy định của Luật Bảo hiểm y tế', 'vi', inDirective), [['Luật Bảo hiểm y tế', 'luat-bhyt-2024']]);
  assert.deepEqual(links('theo quy định của Luật bảo hiểm y tế', 'vi', { ...inDirective, date: '2015-01-01' }), [['Luật bảo hiểm y tế', 'luat-bhyt-2008']], 'a name in either case');
  assert.deepEqual(links('as provided by the Law on Health Insurance', 'en', { ...inDirective, date: '2010-01-01' }), [['Law on Health Insurance', 'luat-bhyt-2008']]);
  assert.deepEqual(links('Điều 22 Luật Bảo hiểm y tế', 'vi', { ...inDirective, date: '2010-01-01' }), [['Điều 22 Luật Bảo hiểm y tế', 'luat-bhyt-2008#dieu-22']]);
  assert.deepEqual(links('khoản 2 Điều 3 Nghị định số 146/2018/NĐ-CP', 'vi', inDirective), [['khoản 2 Điều 3 Nghị định số 146/2018/NĐ-CP', 'nd-146#dieu-3__khoan-2']]);
});

test('what a text does not say stays text', () => {
  // A Party text's "Điều này" is ordinary prose ("This shows …"), and a bare unit names no document.
  assert.deepEqual(links('Điều này cho thấy khoản 1 Điều 12 đã được thực hiện.', 'vi', inDirective), []);
  assert.deepEqual(links('Điều kiện và Điều 5 kho', 'vi', inDirective), []);
  // A document's own name or number in its own text is no link.
  assert.deepEqual(links('Quốc hội ban hành Luật bảo hiểm y tế.', 'vi', { ...inLaw, date: '2008-11-14' }), []);
  const [missing] = findLegalReferences('Căn cứ Nghị quyết số 51/2001/QH10', 'vi', catalogue.names.vi);
  assert.deepEqual(resolveReference(missing, inLaw, catalogue, 'vi'), { missing: '51/2001/QH10' });
});

test('several articles link each', () => {
  assert.deepEqual(links('theo quy định tại các điều 26, 27 và 28 của Luật này', 'vi', inLaw), [
    ['điều 26', 'luat-bhyt-2008#dieu-26'], ['27', 'luat-bhyt-2008#dieu-27'], ['28', 'luat-bhyt-2008#dieu-28'],
  ]);
  assert.deepEqual(links('as provided in Articles 26, 27 and 28 of this Law', 'en', inLaw).map(([, to]) => to), ['luat-bhyt-2008#dieu-26', 'luat-bhyt-2008#dieu-27', 'luat-bhyt-2008#dieu-28']);
});
