import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLetterhead, findTitle, numberKey, recordedNumber } from '../../src/lib/import/letterhead.ts';
import { findEndMatter } from '../../src/lib/import/endmatter.ts';
import { Report } from '../../src/lib/import/report.ts';
import type { SourceLine } from '../../src/lib/import/source.ts';

const lines = (text: string): SourceLine[] =>
  text.split('\n').map((t, i) => ({ n: i + 1, text: t, indented: false, softWrap: false }));
const NAMES = ['Ban Bí thư', 'Quốc hội', 'Tổng Bí thư', 'Đảng uỷ Chính phủ'];

test('a law\'s letterhead (Luật Dược, corpus): issuing body, "Luật số", place and date; the title in sentence case', () => {
  const ls = lines('QUỐC HỘI --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nLuật số: 105/2016/QH13\nHà Nội, ngày 06 tháng 4 năm 2016\nLUẬT\nDƯỢC\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;');
  const head = findLetterhead(ls, new Report())!;
  assert.deepEqual([head.start, head.end], [0, 4]);
  assert.equal(head.issuerPrinted?.text, 'QUỐC HỘI');
  assert.equal(head.number?.printed, '105/2016/QH13');
  assert.equal(head.place?.text, 'Hà Nội');
  assert.equal(head.date?.iso, '2016-04-06');
  const title = findTitle(ls, head.end, NAMES, new Report())!;
  assert.equal(title.type, 'law');
  assert.equal(title.title, 'Luật Dược');
  assert.deepEqual(title.paragraphs.map((p) => p.text), ['LUẬT', 'DƯỢC']);
  assert.equal(title.end, 6, 'the title stops before the legal basis');
});

test('"Số:" with the number on the next line; "CỘNG HOÀ" in the other tone-mark convention (HIV/AIDS Law, corpus)', () => {
  const ls = lines('QUỐC HỘI *****\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc *********\nSố:\n64/2006/QH11\nHà Nội, ngày 29 tháng 6 năm 2006\nLUẬT\nPHÒNG, CHỐNG NHIỄM VI RÚT GÂY RA HỘI CHỨNG SUY GIẢM MIỄN DỊCH MẮC PHẢI Ở NGƯỜI (HIV/AIDS)');
  const head = findLetterhead(ls, new Report())!;
  assert.equal(head.issuerPrinted?.text, 'QUỐC HỘI', 'the ornament beside the body is not its name');
  assert.equal(head.number?.printed, '64/2006/QH11');
  assert.equal(head.end, 5);
  // Acronyms keep their capitals; Vietnamese words do not.
  assert.equal(findTitle(ls, head.end, NAMES, new Report())!.title, 'Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)');
});

test('a number printed with a stray space is recorded without it; numbers compare however they are printed', () => {
  assert.equal(recordedNumber('75/2006/QH 11'), '75/2006/QH11');
  assert.equal(numberKey('146/2018/NÐ-CP'), numberKey('146/2018/NĐ-CP'));
  const head = findLetterhead(lines('QUỐC HỘI ******\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ************\nLuật số: 75/2006/QH 11\nHà Nội, ngày 29 tháng 11 năm 2006'), new Report())!;
  assert.equal(head.number?.printed, '75/2006/QH 11');
});

test('a Party letterhead after a web page\'s furniture, and a three-line title (Directive 52)', () => {
  const ls = lines('Chỉ thị 52-CT/TW năm 2025 thực hiện bảo hiểm y tế toàn dân\nSố hiệu 52-CT/TW\nNgày ban hành 03/10/2025\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 52-CT/TW\nHà Nội, ngày 03 tháng 10 năm 2025\nCHỈ THỊ\nCỦA BAN BÍ THƯ\nVỀ THỰC HIỆN BẢO HIỂM Y TẾ TOÀN DÂN TRONG GIAI ĐOẠN MỚI\nSau 15 năm thực hiện Chỉ thị số 38-CT/TW, …');
  const head = findLetterhead(ls, new Report())!;
  assert.equal(head.start, 3, 'the metadata table before the letterhead is not the document');
  assert.equal(head.issuerPrinted?.text, 'BAN CHẤP HÀNH TRUNG ƯƠNG');
  assert.equal(head.number?.printed, '52-CT/TW');
  const title = findTitle(ls, head.end, NAMES, new Report())!;
  assert.equal(title.type, 'directive');
  assert.equal(title.title, 'Chỉ thị của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới');
  assert.equal(title.paragraphs.length, 3);
});

test('a title in capitals and running text, and one in **bold** over three lines (the Notice, the Plan)', () => {
  const notice = findTitle(lines(' THÔNGBÁO\nKẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TÔ LÂM\ntại buổi làm việc với đại diện Đảng uỷ Chính phủ\nvà định hướng công tác thời gian tới\nNgày 23/4/2025, đồng chí Tổng Bí thư Tô Lâm đã có buổi làm việc với'), 0, NAMES, new Report())!;
  assert.equal(notice.type, 'notice', 'THÔNGBÁO, the type with its space lost in extraction');
  assert.deepEqual(notice.paragraphs.map((p) => p.text), ['THÔNGBÁO', 'KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TÔ LÂM', 'tại buổi làm việc với đại diện Đảng uỷ Chính phủ và định hướng công tác thời gian tới']);
  const plan = findTitle(lines('KẾ HOẠCH\n**thực hiện Chỉ thị số 52-CT/TW, ngày 03/10/2025 của Ban Bí thư\nTrung ương Đảng về thực hiện bảo hiểm y tế toàn dân\ntrong giai đoạn mới**\nNhững năm qua, thực hiện Chỉ thị số 38-CT/TW'), 0, NAMES, new Report())!;
  assert.equal(plan.paragraphs.length, 2);
  assert.equal(plan.title, 'Kế hoạch thực hiện Chỉ thị số 52-CT/TW, ngày 03/10/2025 của Ban Bí thư Trung ương Đảng về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới');
});

test('a session line stays in the title block but out of the name (Luật Lý lịch tư pháp, corpus)', () => {
  const title = findTitle(lines('LUẬT\nLÝ LỊCH TƯ PHÁP\nCỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5\nCăn cứ Hiến pháp'), 0, NAMES, new Report())!;
  assert.equal(title.title, 'Luật Lý lịch tư pháp');
  assert.equal(title.paragraphs.length, 3);
});

test('end matter of a law: closing formula, signature; and an appendix after it is kept (Luật Thống kê, corpus)', () => {
  const ls = lines('Điều 73. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.\nLuật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 thông qua ngày 23 tháng 11 năm 2015.\nCHỦ TỊCH QUỐC HỘI\nNguyễn Sinh Hùng\nPHỤ LỤC\nDANH MỤC CHỈ TIÊU THỐNG KÊ QUỐC GIA\n186');
  const end = findEndMatter(ls, 0, true, new Report());
  assert.deepEqual(end.closing, { start: 2, end: 3 });
  assert.deepEqual(end.signature && [end.signature.role, end.signature.name], [['CHỦ TỊCH QUỐC HỘI'], 'Nguyễn Sinh Hùng']);
  assert.equal(end.bodyEnd, 2, 'the article\'s own text stays body');
  assert.deepEqual(end.appendix, { start: 5, end: 8 });
  assert.equal(end.trailing, undefined);
});

test('end matter of a Party text: closing formula, recipients, "T/M" signature, then a web page\'s furniture left out (Directive 52)', () => {
  const ls = lines('- Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi, kiểm tra, đôn đốc việc triển khai, thực hiện Chỉ thị và định kỳ báo cáo Ban Bí thư./.\nChỉ thị này phổ biến đến Chi bộ.\nNơi nhận:\n- Bộ Chính trị, Ban Bí thư,\n- Lưu Văn phòng Trung ương Đảng.\nT/M BAN BÍ THƯ\nTrần Cẩm Tú\nTiện ích dành riêng cho tài khoản TVPL Basic và TVPL Pro\nCENTRAL EXECUTIVE COMMITTEE');
  const report = new Report();
  const end = findEndMatter(ls, 0, false, report);
  assert.deepEqual(end.closing, { start: 1, end: 2 });
  assert.deepEqual(end.recipients, { start: 2, end: 5 });
  assert.deepEqual(end.signature && [end.signature.role, end.signature.name], [['T/M BAN BÍ THƯ'], 'Trần Cẩm Tú']);
  assert.deepEqual(end.trailing, { start: 7, end: 9 });
  assert.ok(report.warnings.some((w) => /after the signature/.test(w.message) && w.lines?.[0] === 8), 'what was left out is reported with its lines');
});
