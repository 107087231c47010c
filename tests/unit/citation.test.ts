import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseCitation, documentCitation, unitLabel } from '../../src/lib/text/citation.ts';

const directive = {
  vi: documentCitation('vi', { typeLabel: 'Chỉ thị', number: '52-CT/TW', date: '03/10/2025', issuer: 'Ban Bí thư', title: 'Chỉ thị của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới' }),
  en: documentCitation('en', { typeLabel: 'Directive', number: '52-CT/TW', date: '3 October 2025', issuer: 'Secretariat', title: 'Directive of the Secretariat on implementing universal health insurance in the new period' }),
};

test('the Vietnamese citation follows legal convention, smallest unit first', () => {
  assert.equal(
    clauseCitation('vi', 'item-2', directive.vi),
    'mục 2, Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới',
  );
  assert.equal(unitLabel('vi', 'item-7__bullet-5'), 'gạch đầu dòng thứ 5 mục 7');
  assert.equal(unitLabel('vi', 'item-2__item-2.1__point-2'), 'điểm (2) mục 2.1', 'item 2 is implied by 2.1');
  assert.equal(unitLabel('vi', 'part-II__item-3__bullet-2'), 'gạch đầu dòng thứ 2 mục 3 phần II');
});

test('the English citation', () => {
  assert.equal(
    clauseCitation('en', 'item-7__bullet-5', directive.en),
    'bullet 5 of item 7, Directive No. 52-CT/TW of 3 October 2025 of the Secretariat on implementing universal health insurance in the new period',
  );
  assert.equal(unitLabel('en', 'fn-1'), 'footnote 1');
});

test('unknown number and date are said to be unknown', () => {
  const notice = documentCitation('vi', { typeLabel: 'Thông báo', number: null, date: null, issuer: 'Văn phòng Trung ương Đảng', title: 'Thông báo kết luận của đồng chí Tổng Bí thư Tô Lâm tại buổi làm việc' });
  assert.equal(notice, 'Thông báo (không rõ số) (không rõ ngày ban hành) của Văn phòng Trung ương Đảng: “Thông báo kết luận của đồng chí Tổng Bí thư Tô Lâm tại buổi làm việc”');
});

const law = {
  vi: documentCitation('vi', { typeLabel: 'Luật', normative: true, number: '25/2008/QH12', date: '14/11/2008', issuer: 'Quốc hội', title: 'Luật Bảo hiểm y tế' }),
  en: documentCitation('en', { typeLabel: 'Law', normative: true, number: '25/2008/QH12', date: '14 November 2008', issuer: 'National Assembly', title: 'Law on Health Insurance' }),
};

test('a clause of a law is cited as lawyers cite it, in both languages', () => {
  assert.equal(clauseCitation('vi', 'dieu-22__khoan-1__diem-a', law.vi), 'điểm a khoản 1 Điều 22 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(clauseCitation('en', 'dieu-22__khoan-1__diem-a', law.en), 'Point a, Clause 1, Article 22 of the Law on Health Insurance No. 25/2008/QH12');
  assert.equal(clauseCitation('vi', 'dieu-51__khoan-2__diem-dd', law.vi), 'điểm đ khoản 2 Điều 51 Luật Bảo hiểm y tế số 25/2008/QH12');
  assert.equal(clauseCitation('en', 'dieu-6', law.en), 'Article 6 of the Law on Health Insurance No. 25/2008/QH12');
  assert.equal(unitLabel('vi', 'chuong-IV__muc-2'), 'Mục 2 Chương IV');
  assert.equal(unitLabel('en', 'dieu-6a__khoan-2'), 'Clause 2, Article 6a');
  assert.equal(unitLabel('vi', 'phan-1'), 'Phần thứ nhất');
  assert.equal(unitLabel('vi', 'dieu-6__khoan-1__para-1'), 'khoản 1 Điều 6', "a clause's opening paragraph is the clause");
  assert.equal(unitLabel('en', 'dieu-13__khoan-2__para-2'), 'paragraph 2, Clause 2, Article 13');
  assert.equal(unitLabel('vi', 'item-2__para-1'), 'đoạn 1 mục 2', 'Party texts keep their paragraphs');
});

test('a law without a known number says so', () => {
  assert.equal(documentCitation('vi', { typeLabel: 'Luật', normative: true, number: null, date: null, issuer: 'Quốc hội', title: 'Luật Dược' }), 'Luật Dược (không rõ số)');
});
