import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignIds, parseBody, type Block, type Container } from '../../src/lib/import/structure.ts';
import { Report } from '../../src/lib/import/report.ts';
import type { SourceLine } from '../../src/lib/import/source.ts';

const lines = (text: string): SourceLine[] =>
  text.split('\n').map((t, i) => ({ n: i + 1, text: t.replace(/\s+$/, ''), indented: /^\s/.test(t), softWrap: /\S\s+$/.test(t) }));

function parse(text: string, options: { normative: boolean; hardWrapped?: boolean; width?: number; captions?: boolean }) {
  const root: Container = { children: [] };
  const report = new Report();
  parseBody(lines(text), root, { hardWrapped: false, width: 80, ...options }, new Set(), report);
  assignIds(root);
  return { root, report };
}

/** Every id with the start of its text: what a reader's link lands on. */
function ids(container: Container): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'unit') {
        out.push(`${b.id}${b.title ? ` [${b.title}]` : ''}`);
        walk(b.children);
      } else out.push(`${b.id}: ${b.text.split(' ').slice(0, 4).join(' ')}`);
    }
  };
  walk(container.children);
  return out;
}

test('a law: chapter with its title on the next line, articles, khoản and điểm, "đ)" as dd (Luật Bảo hiểm y tế)', () => {
  const { root } = parse(
    'CHƯƠNG I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Luật này quy định về chế độ, chính sách bảo hiểm y tế.\n2. Luật này áp dụng đối với tổ chức, cá nhân.\nĐiều 2. Giải thích từ ngữ\nTrong Luật này, các từ ngữ dưới đây được hiểu như sau:\n1. Lộ trình thực hiện bảo hiểm y tế toàn dân được quy định như sau:\na) Đối tượng quy định từ khoản 1;\nb) Đối tượng quy định tại khoản 21;\nc) Đối tượng quy định tại khoản 22;\nd) Đối tượng quy định tại khoản 23;\nđ) Đối tượng quy định tại khoản 25.',
    { normative: true },
  );
  assert.deepEqual(ids(root), [
    'chuong-I [NHỮNG QUY ĐỊNH CHUNG]',
    'dieu-1 [Phạm vi điều chỉnh và đối tượng áp dụng]',
    'dieu-1__khoan-1',
    'dieu-1__khoan-1__para-1: Luật này quy định',
    'dieu-1__khoan-2',
    'dieu-1__khoan-2__para-1: Luật này áp dụng',
    'dieu-2 [Giải thích từ ngữ]',
    'dieu-2__para-1: Trong Luật này, các',
    'dieu-2__khoan-1',
    'dieu-2__khoan-1__para-1: Lộ trình thực hiện',
    ...['a', 'b', 'c', 'd', 'dd'].flatMap((p) => [`dieu-2__khoan-1__diem-${p}`, `dieu-2__khoan-1__diem-${p}__para-1: Đối tượng quy định`]),
  ]);
});

test('a number out of sequence opens no unit: "d)" after "a)" stays text of the open point', () => {
  const { root } = parse('Điều 3. Nguyên tắc\n1. Bảo đảm:\na) Chia sẻ rủi ro;\nd) nhầm thứ tự;\nb) Mức đóng.', { normative: true });
  assert.deepEqual(ids(root).filter((id) => id.includes('diem')), [
    'dieu-3__khoan-1__diem-a',
    'dieu-3__khoan-1__diem-a__para-1: Chia sẻ rủi ro;',
    'dieu-3__khoan-1__diem-a__para-2: d) nhầm thứ tự;',
    'dieu-3__khoan-1__diem-b',
    'dieu-3__khoan-1__diem-b__para-1: Mức đóng.',
  ]);
});

test('one letter left out after a finished point ("d)" after "b)", as "k)" after "h)" in Luật An toàn thực phẩm): the next point all the same, with a warning', () => {
  const { root, report } = parse('Điều 8. Quyền\n1. Quyền:\na) Quyết định;\nb) Yêu cầu.\n2. Nghĩa vụ:\na) Tuân thủ quy định;\nb) Kiểm tra;\nd) Chi trả chi phí;\nđ) Bồi thường.', { normative: true });
  assert.deepEqual(ids(root).filter((id) => /diem-[a-z]+$/.test(id)), ['dieu-8__khoan-1__diem-a', 'dieu-8__khoan-1__diem-b', 'dieu-8__khoan-2__diem-a', 'dieu-8__khoan-2__diem-b', 'dieu-8__khoan-2__diem-d', 'dieu-8__khoan-2__diem-dd']);
  assert.ok(report.warnings.some((w) => /d\) does not follow b/.test(w.message)), 'the gap is reported');
});

test('a line that starts with "Điều 11 của Luật này" runs on from the line before; it is no article (Luật Ngân hàng Nhà nước, corpus)', () => {
  const { root } = parse('Điều 24. Cho vay\n1. Ngân hàng Nhà nước cho tổ chức tín dụng vay ngắn hạn theo quy định tại điểm a khoản 2\nĐiều 11 của Luật này.\n2. Ngân hàng Nhà nước xem xét, quyết định cho vay đặc biệt.', { normative: true });
  assert.deepEqual(ids(root), ['dieu-24 [Cho vay]', 'dieu-24__khoan-1', 'dieu-24__khoan-1__para-1: Ngân hàng Nhà nước', 'dieu-24__khoan-2', 'dieu-24__khoan-2__para-1: Ngân hàng Nhà nước']);
  const khoan1 = (root.children[0] as Container).children[0] as Container;
  assert.match((khoan1.children[0] as { text: string }).text, /khoản 2 Điều 11 của Luật này\.$/);
});

test('an amended article quoted in full is text, not structure; the next article is (Luật Biên phòng, corpus)', () => {
  const { root, report } = parse('Điều 35. Sửa đổi, bổ sung\nĐiều 21 của Luật Biên giới quốc gia số 06/2003/QH11 như sau:\n“Điều 21\n1. Trường hợp vì lý do quốc phòng.\n2. Việc hạn chế hoặc tạm dừng hoạt động.”.\nĐiều 36. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2022.', { normative: true });
  assert.deepEqual(ids(root).filter((id) => !id.includes('__para')), ['dieu-35 [Sửa đổi, bổ sung]', 'dieu-36 [Hiệu lực thi hành]', 'dieu-36__khoan-1']);
  assert.equal(report.warnings.length, 0);
});

test('a repeated article number never repeats an id: the line stays text, with a warning', () => {
  const { root, report } = parse('Điều 1. Một\nNội dung.\nĐiều 2. Hai\nNội dung.\nĐiều 2. Hai lần\nNội dung.', { normative: true });
  assert.deepEqual(ids(root).filter((id) => !id.includes('__para')), ['dieu-1 [Một]', 'dieu-2 [Hai]']);
  assert.ok(report.warnings.length === 0 || report.warnings.every((w) => w.lines));
  const dieu2 = root.children[1] as Container;
  assert.ok(dieu2.children.some((b) => b.type === 'para' && b.text === 'Điều 2. Hai lần'));
});

test('a Party text: I- parts, 1. items, 2.1. inside 2., (1) points inside 2.1., "- " bullets (the Plan, the Notice)', () => {
  const { root } = parse('I- MỤC TIÊU, YÊU CẦU\n1. Quán triệt.\n2. Về những định hướng\nTrước yêu cầu phát triển.\n2.1. Về những vấn đề chung:\n(1) Đề nghị các cấp uỷ.\n(2) Giao Đảng uỷ Chính phủ.\n2.2. Về định hướng\n(1) Đảng uỷ Chính phủ.\n- Một gạch đầu dòng.\n- Hai.\nII- NHIỆM VỤ\n1. Tăng cường.', { normative: false });
  assert.deepEqual(ids(root).filter((id) => !id.includes('__para')), [
    'part-I',
    'part-I__item-1',
    'part-I__item-2',
    'part-I__item-2__item-2.1',
    'part-I__item-2__item-2.1__point-1',
    'part-I__item-2__item-2.1__point-2',
    'part-I__item-2__item-2.2',
    'part-I__item-2__item-2.2__point-1',
    'part-I__item-2__item-2.2__point-1__bullet-1: Một gạch đầu dòng.',
    'part-I__item-2__item-2.2__point-1__bullet-2: Hai.',
    'part-II',
    'part-II__item-1',
  ]);
});

test('hard-wrapped text: lines join into paragraphs; a short line or an indented one after a sentence starts a new one (the Notice)', () => {
  const text = [
    'Ngày 23/4/2025, đồng chí Tổng Bí thư Tô Lâm đã có buổi làm việc với ',
    'đại diện Đảng uỷ Chính phủ về đánh giá kết quả thực hiện các nghị quyết.',
    'Dự buổi làm việc có các đồng chí lãnh đạo đại diện Đảng uỷ Chính phủ,',
    'Đảng uỷ Quốc hội và các ban, bộ, ngành Trung ương có liên quan...',
    'Sau khi nghe Ban Thường vụ Đảng uỷ Bộ Y tế báo cáo, phát biểu của các cơ ',
    'quan, đồng chí Tổng Bí thư Tô Lâm kết luận như sau:',
    '1. Sức khoẻ là vốn quý nhất của mỗi người dân và của cả xã hội, là nền',
    'tảng quan trọng nhất cho hạnh phúc. Vì vậy, đầu tư cho sức khoẻ của Nhân dân',
    'là đầu tư cho sự phát triển của đất nước.',
    ' Bên cạnh những kết quả đạt được, công tác chăm sóc sức khoẻ nhân dân vẫn',
    'còn những tồn tại.',
  ].join('\n');
  const { root } = parse(text, { normative: false, hardWrapped: true, width: 76 });
  assert.deepEqual(ids(root), [
    'para-1: Ngày 23/4/2025, đồng chí',
    'para-2: Dự buổi làm việc',
    'para-3: Sau khi nghe Ban',
    'item-1',
    'item-1__para-1: Sức khoẻ là vốn',
    'item-1__para-2: Bên cạnh những kết',
  ]);
  assert.equal((root.children[0] as { text: string }).text, 'Ngày 23/4/2025, đồng chí Tổng Bí thư Tô Lâm đã có buổi làm việc với đại diện Đảng uỷ Chính phủ về đánh giá kết quả thực hiện các nghị quyết.');
});

test('a news article: a short unpunctuated line between paragraphs is a photo caption', () => {
  const { root } = parse('Chiều 11/12/2025, tại trụ sở Bộ Y tế, hội nghị đã diễn ra.\nToàn cảnh hội nghị\nDự hội nghị có đại diện một số Bộ, ngành.', { normative: false, captions: true });
  assert.deepEqual(ids(root), ['para-1: Chiều 11/12/2025, tại trụ', 'caption-1', 'caption-1__para-1: Toàn cảnh hội nghị', 'para-2: Dự hội nghị có']);
});
