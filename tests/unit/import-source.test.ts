import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { readSource, vietnameseShare } from '../../src/lib/import/source.ts';
import { ImportError } from '../../src/lib/import/report.ts';
import { isPageMarker, liftPageFurniture } from '../../src/lib/import/footnotes.ts';
import { Report } from '../../src/lib/import/report.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('bad input is refused with a reason and a fix: empty, binary, not UTF-8, not Vietnamese', () => {
  const refused = (bytes: Uint8Array, reason: RegExp) =>
    assert.throws(() => readSource(bytes), (e: unknown) => e instanceof ImportError && reason.test(e.message) && e.fix.length > 0);
  refused(new Uint8Array(), /empty/);
  refused(new Uint8Array([0x4c, 0x75, 0x00, 0x01, 0x02]), /binary/);
  refused(new Uint8Array([0x4c, 0xe2, 0x28, 0xa1]), /not UTF-8/);
  refused(utf8('   \n\t\n'), /no text/);
  // The interview's source is English: the importer reads Vietnamese documents only.
  refused(fs.readFileSync('provenance/sources/003_c4af837f63e0ea47.txt'), /not Vietnamese/);
});

test('Vietnamese prose has Vietnamese letters in most words; English has none', () => {
  assert.ok(vietnameseShare('Luật này quy định về chế độ, chính sách bảo hiểm y tế') > 0.5);
  assert.ok(vietnameseShare('The Law sets the health insurance regime and policies') < 0.05);
});

test('the two shapes of sources: one paragraph per line, and hard-wrapped lines', () => {
  assert.equal(readSource(fs.readFileSync('provenance/sources/Luat-bao-hiem-y-te-2008-25-2008-QH12-82196.txt')).hardWrapped, false);
  assert.equal(readSource(fs.readFileSync('provenance/sources/004_74b5fba1341c9a3e.txt')).hardWrapped, false);
  const notice = readSource(fs.readFileSync('provenance/sources/000_ceff1da8fa0a6986.txt'));
  assert.equal(notice.hardWrapped, true);
  assert.ok(notice.width > 60 && notice.width < 90, `a full line of the Notice is about 75 characters, not ${notice.width}`);
});

test('page markers: a running header with a page number, "Trang 2"; a bare number only in hard-wrapped text', () => {
  assert.ok(isPageMarker('Admintbvp176 2', true));
  assert.ok(isPageMarker('Trang 2/5', false));
  assert.ok(isPageMarker('- 3 -', false));
  assert.ok(isPageMarker('12', true));
  // In a one-paragraph-per-line law a bare number is a table cell (Luật Thống kê, its appendix).
  assert.ok(!isPageMarker('186', false));
  assert.ok(!isPageMarker('Kỳ họp thứ 10).', true));
});

test('the Notice: page marker dropped, the footnote lifted out of the page and its glued marker found', () => {
  const source = readSource(fs.readFileSync('provenance/sources/000_ceff1da8fa0a6986.txt'));
  const { lines, footnotes, pageMarkers } = liftPageFurniture(source, new Report());
  assert.deepEqual(pageMarkers, [source.lines.find((l) => l.text === 'Admintbvp176 2')!.n]);
  assert.equal(footnotes.length, 1);
  assert.equal(footnotes[0].label, '1');
  assert.match(footnotes[0].text, /^Ban Tổ chức Trung ương; .* Đảng uỷ các Bộ: Tài chính; .*Văn phòng Trung ương Đảng\.$/);
  assert.ok(footnotes[0].referenced);
  const marked = lines.find((l) => l.text.includes('có liên quan'))!;
  assert.equal(marked.text.replace(/\uE000(\d+)\uE001/, '[^$1]'), 'phủ, Đảng uỷ Quốc hội và các ban, bộ, ngành Trung ương có liên quan[^1]...');
  assert.ok(!lines.some((l) => l.text.startsWith('1 Ban Tổ chức')), 'the footnote is no longer running text');
});

test('a superscript footnote: "¹ …" at the foot of the page, "⁽¹⁾" in the text', () => {
  const source = readSource(utf8('Các văn bản chỉ đạo của tỉnh⁽¹⁾ về bảo hiểm y tế toàn dân.\n\n¹ Chỉ thị số 01-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy.\n\nhiện chủ trương, chế độ.\n'));
  const { lines, footnotes } = liftPageFurniture(source, new Report());
  assert.deepEqual(footnotes.map((f) => [f.label, f.text, f.referenced]), [['1', 'Chỉ thị số 01-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy.', true]]);
  assert.equal(lines[0].text, 'Các văn bản chỉ đạo của tỉnh\uE0001\uE001 về bảo hiểm y tế toàn dân.');
});
