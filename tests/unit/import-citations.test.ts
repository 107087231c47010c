import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveCitations, type Self } from '../../src/lib/import/citations.ts';
import { documentId, houseYaml, signerOf, textVersionOf, toYaml, placeOf } from '../../src/lib/import/metadata.ts';
import { Report } from '../../src/lib/import/report.ts';
import { loadSiteIndex, type SiteDocument, type SiteIndex } from '../../src/lib/import/site-index.ts';
import { Document } from 'yaml';

const real = loadSiteIndex(process.cwd());
/** The site's registry, and documents made for the test (so it holds whatever the content holds). */
function site(docs: SiteDocument[]): SiteIndex {
  return { root: process.cwd(), agencies: real.agencies, documents: new Map(docs.map((d) => [d.id, d])) };
}
const self: Self = { id: 'luat-duoc-2016', type: 'law', number: '105/2016/QH13', title: 'Luật Dược', date: '2016-04-06' };

test('cited by number: linked when the site holds it, else a cited-only entry (issuer from the number, date where the text gives it)', () => {
  const s = site([{ id: 'chi-thi-38-ct-tw-2009', type: 'directive', number: '38-CT/TW', date: '2009-09-07', hasText: false }]);
  const report = new Report();
  const { relations, citedOnly } = resolveCitations(
    [
      { clause: 'para-1', line: 7, text: 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X;' },
      { clause: 'dieu-5__khoan-2', line: 40, text: 'Sau 15 năm thực hiện Chỉ thị số 38-CT/TW, ngày 07/9/2009 của Ban Bí thư khóa X, theo Nghị định số 146/2018/NĐ-CP.' },
      { clause: 'dieu-5__khoan-3', line: 41, text: 'Thực hiện Nghị định số 146/2018/NĐ-CP.' },
    ],
    self,
    s,
    report,
  );
  assert.deepEqual(relations, [
    { type: 'cites', target: 'nghi-quyet-51-2001-qh10', from: 'para-1' },
    { type: 'cites', target: 'chi-thi-38-ct-tw-2009', from: 'dieu-5__khoan-2' },
    { type: 'cites', target: 'nghi-dinh-146-2018-nd-cp', from: 'dieu-5__khoan-2' },
  ]);
  assert.deepEqual(citedOnly.map((c) => [c.id, c.type, c.number, c.title.vi, c.title.en, c.issuer, c.date]), [
    ['nghi-quyet-51-2001-qh10', 'resolution', '51/2001/QH10', 'Nghị quyết số 51/2001/QH10', 'Resolution No. 51/2001/QH10', ['national-assembly'], '2001-12-25'],
    ['nghi-dinh-146-2018-nd-cp', 'decree', '146/2018/NĐ-CP', 'Nghị định số 146/2018/NĐ-CP', 'Decree No. 146/2018/NĐ-CP', ['government'], null],
  ]);
});

test('a cited law that "hết hiệu lực" is replaced; a number of the document itself is no citation', () => {
  const { relations, citedOnly } = resolveCitations(
    [
      { clause: 'header__para-3', line: 3, text: 'Luật số: 105/2016/QH13' },
      { clause: 'dieu-116__khoan-4', line: 700, text: 'Luật dược số 34/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.' },
    ],
    self,
    site([]),
    new Report(),
  );
  assert.deepEqual(relations, [{ type: 'replaces', target: 'luat-34-2005-qh11', from: 'dieu-116__khoan-4' }]);
  assert.equal(citedOnly[0].title.vi, 'Luật dược số 34/2005/QH11', 'the citation as printed');
  assert.equal(citedOnly[0].title.en, 'Law No. 34/2005/QH11');
});

test('a plan that carries out a directive says so in its title: "implements"', () => {
  const s = site([{ id: 'chi-thi-52-ct-tw-2025', type: 'directive', number: '52-CT/TW', date: '2025-10-03', hasText: true }]);
  const { relations } = resolveCitations([{ clause: 'title', line: 4, inTitle: true, text: 'KẾ HOẠCH thực hiện Chỉ thị số 52-CT/TW, ngày 03/10/2025 của Ban Bí thư' }], { id: 'ke-hoach', type: 'plan', number: null, title: 'Kế hoạch', date: null }, s, new Report());
  assert.deepEqual(relations, [{ type: 'implements', target: 'chi-thi-52-ct-tw-2025', from: 'title' }]);
});

test('cited by name: linked to the one version the citing text can cite (not a later one); several or none is for a person', () => {
  const s = site([
    { id: 'luat-bao-hiem-y-te-2008', type: 'law', number: '25/2008/QH12', date: '2008-11-14', title: 'Luật Bảo hiểm y tế', hasText: true },
    { id: 'luat-bao-hiem-xa-hoi-2014', type: 'law', number: '58/2014/QH13', date: '2014-11-20', title: 'Luật Bảo hiểm xã hội', hasText: true },
  ]);
  const report = new Report();
  const { relations } = resolveCitations(
    [
      { clause: 'dieu-3', line: 10, text: 'theo quy định của Luật bảo hiểm y tế và Luật Bảo hiểm xã hội.' },
    ],
    { id: 'luat-x-2010', type: 'law', number: '1/2010/QH12', title: 'Luật X', date: '2010-01-01' },
    s,
    report,
  );
  assert.deepEqual(relations, [{ type: 'cites', target: 'luat-bao-hiem-y-te-2008', from: 'dieu-3' }]);
  assert.ok(report.entries.some((e) => e.kind === 'guessed' && /Luật bảo hiểm y tế/.test(e.message)));
  assert.ok(report.warnings.some((w) => /Luật Bảo hiểm xã hội/.test(w.message)), 'the site\'s Luật Bảo hiểm xã hội is later than the citing text');
});

test('metadata: ids as the site names documents; the signer in English; a passed law\'s text version', () => {
  assert.equal(documentId({ type: 'law', number: '105/2016/QH13', title: 'Luật Dược', date: '2016-04-06' }), 'luat-duoc-2016');
  assert.equal(documentId({ type: 'directive', number: '52-CT/TW', title: 'Chỉ thị của Ban Bí thư về …', date: '2025-10-03' }), 'chi-thi-52-ct-tw-2025');
  assert.equal(documentId({ type: 'decree', number: '146/2018/NĐ-CP', title: 'Nghị định', date: '2018-10-17' }), 'nghi-dinh-146-2018-nd-cp');
  const report = new Report();
  assert.deepEqual(signerOf(['CHỦ TỊCH QUỐC HỘI'], 'Nguyễn Thị Kim Ngân', real.agencies, 1, report), {
    name: { vi: 'Nguyễn Thị Kim Ngân', en: 'Nguyen Thi Kim Ngan' },
    role: { vi: 'Chủ tịch Quốc hội', en: 'Chair of the National Assembly' },
  });
  assert.deepEqual(signerOf(['T/M BAN BÍ THƯ'], 'Trần Cẩm Tú', real.agencies, 1, report)?.role, { vi: 'T/M Ban Bí thư', en: 'On behalf of the Secretariat' });
  // A role the tables cannot render reads in Vietnamese in both languages, and a person is asked.
  const unknown = new Report();
  assert.equal(signerOf(['TRƯỞNG ĐOÀN KIỂM TRA'], 'Lê Văn A', real.agencies, 9, unknown)?.role.en, 'Trưởng đoàn kiểm tra');
  assert.equal(unknown.warnings.length, 1);
  assert.deepEqual(placeOf('Hà Nội'), { vi: 'Hà Nội', en: 'Hanoi' });
  assert.match(textVersionOf({ date: '2008-11-14', body: real.agencies.find((a) => a.id === 'national-assembly') }).en, /^The text as passed by the National Assembly on 14 November 2008\./);
});

test('YAML in the house style: { vi, en } and relations on one line, lists of ids in brackets', () => {
  const yaml = toYaml({ type: 'law', issuer: ['national-assembly'], place: { vi: 'Hà Nội', en: 'Hanoi' }, relations: [{ type: 'cites', target: 'x', from: 'para-1' }] });
  assert.equal(yaml, 'type: law\nissuer: [national-assembly]\nplace: { vi: Hà Nội, en: Hanoi }\nrelations:\n  - { type: cites, target: x, from: para-1 }\n');
  assert.equal(houseYaml(new Document({ field: [] })), 'field: []\n');
});

test('a cited-only entry (its title the citation as printed) is found by its number, never as a name', () => {
  const s = site([{ id: 'luat-36-2005-qh11', type: 'law', number: '36/2005/QH11', date: null, title: 'Luật Thương mại số 36/2005/QH11', hasText: false }]);
  const report = new Report();
  const { relations, citedOnly } = resolveCitations([{ clause: 'dieu-35__khoan-3', line: 247, text: 'Sửa đổi, bổ sung một số điều của Luật Thương mại số 36/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 05/2017/QH14.' }], self, s, report);
  assert.deepEqual(relations.map((r) => r.target), ['luat-36-2005-qh11', 'luat-05-2017-qh14']);
  assert.deepEqual(citedOnly.map((c) => c.id), ['luat-05-2017-qh14'], 'the entry the site has is reused');
  assert.ok(!report.entries.some((e) => /without a number/.test(e.message)));
});
