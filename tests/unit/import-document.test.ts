/**
 * Whole documents through the importer, in the layouts the legal databases print: a Ministry decision
 * (recipients beside the signature, "KT." signing), the letterhead metadata, ids of every Điều, khoản and
 * điểm, and the MDX compiled by the site's clause pipeline to the same ids.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planImport } from '../../src/lib/import/importer.ts';
import { clauseRecords } from '../../src/lib/import/clause-records.ts';
import { loadSiteIndex } from '../../src/lib/import/site-index.ts';
import { agencySchema } from '../../src/lib/content/schemas.ts';

const site = loadSiteIndex(process.cwd());
const bytes = (s: string) => new TextEncoder().encode(s);

const DECISION = `BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2088/QĐ-BYT
Hà Nội, ngày 06 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Hướng dẫn thực hiện khám sức khỏe định kỳ
BỘ TRƯỞNG BỘ Y TẾ
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;
Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;
Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn thực hiện khám sức khỏe định kỳ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.
Điều 3. Trách nhiệm thi hành
1. Các Ông, Bà: Chánh Văn phòng Bộ, Cục trưởng chịu trách nhiệm thi hành Quyết định này.
2. Sở Y tế các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:
a) Tổ chức triển khai Hướng dẫn;
b) Báo cáo kết quả thực hiện về Bộ Y tế.
Nơi nhận:
- Như Điều 3;
- Bộ trưởng (để báo cáo);
- Lưu: VT, KCB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG




Trần Văn Thuấn
`;

test('a Ministry decision: letterhead metadata, title, "KT." signer, recipients, every article, khoản and điểm at its id', async () => {
  const plan = await planImport(bytes(DECISION), { fileName: 'qd-2088-byt.txt' }, site);
  const meta = plan.meta as Record<string, unknown>;
  assert.equal(meta.type, 'decision');
  assert.equal(meta.number, '2088/QĐ-BYT');
  assert.equal(meta.date, '2024-05-06');
  assert.deepEqual(meta.place, { vi: 'Hà Nội', en: 'Hanoi' });
  assert.deepEqual(meta.issuer, ['ministry-of-health']);
  assert.deepEqual(meta.signer, { name: { vi: 'Trần Văn Thuấn', en: 'Tran Van Thuan' }, role: { vi: 'KT. Bộ trưởng, Thứ trưởng', en: 'For the Minister, Deputy Minister' } });
  assert.equal(plan.title, 'Quyết định về việc ban hành Hướng dẫn thực hiện khám sức khỏe định kỳ');
  assert.equal(plan.id, 'quyet-dinh-2088-qd-byt-2024');
  assert.deepEqual(
    plan.clauseIds.filter((id) => !/para|bullet/.test(id)),
    ['header', 'title', 'dieu-1', 'dieu-2', 'dieu-3', 'dieu-3__khoan-1', 'dieu-3__khoan-2', 'dieu-3__khoan-2__diem-a', 'dieu-3__khoan-2__diem-b', 'recipients', 'signature'],
  );
  assert.deepEqual(clauseRecords(plan.mdx).map((r) => r.id), plan.clauseIds, 'the site computes the same ids from the MDX');
  // Its legal bases, cited by number: the Law and the Decree (cited-only entries, as the site holds neither).
  assert.deepEqual(
    (meta.relations as { target: string; from: string }[]).map((r) => [r.target, r.from]),
    [['luat-15-2023-qh15', 'para-2'], ['nghi-dinh-95-2022-nd-cp', 'para-3']],
  );
  assert.equal(plan.citedOnly.find((c) => c.id === 'nghi-dinh-95-2022-nd-cp')?.entry.date, '2022-11-15');
  assert.ok(plan.mdx.includes('<Clause kind="dieu" num="Điều 3." title="Trách nhiệm thi hành">'));
});

test('a page of news with the article in it: --from/--to, --type and --title; photo captions', async () => {
  const page = 'Trang chủ | Tin tức\nBộ Y tế họp về bảo hiểm y tế\n11/12/2025 | 22:21 PM\nChiều 11/12/2025, tại trụ sở Bộ Y tế đã diễn ra hội nghị.\nToàn cảnh hội nghị\nPhát biểu kết luận, Thứ trưởng yêu cầu các đơn vị hoàn thiện dự thảo.\nThăm dò ý kiến\n';
  const plan = await planImport(bytes(page), { fileName: 'tin.txt', type: 'news-article', title: 'Bộ Y tế họp về bảo hiểm y tế', from: 'Chiều 11/12/2025', to: 'Phát biểu kết luận' }, site);
  assert.deepEqual(plan.clauseIds, ['para-1', 'caption-1', 'caption-1__para-1', 'para-2']);
  assert.deepEqual(plan.leftOut.map((l) => [l.lines, l.reason]), [[[1, 3], 'outside --from/--to'], [[7, 8], 'outside --from/--to']]);
});

test('a provincial Party plan: the issuer is the body signing "T/M" under the letterhead\'s committee; a date written d/m/y', async () => {
  const agencies = [
    { id: 'province-party-committee', name: { vi: 'Tỉnh ủy An Giang', en: 'An Giang Provincial Party Committee' }, level: 'provincial-party' },
    { id: 'province-party-standing-committee', name: { vi: 'Ban Thường vụ Tỉnh ủy An Giang', en: 'Standing Committee of the An Giang Provincial Party Committee' }, level: 'provincial-party' },
  ].map((a) => agencySchema.parse(a));
  const text = 'TỈNH ỦY AN GIANG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-KH/TU\nAn Giang, ngày 20/11/2025\nKẾ HOẠCH\nthực hiện Chỉ thị số 52-CT/TW của Ban Bí thư\nI- MỤC TIÊU, YÊU CẦU\n1. Quán triệt, triển khai thực hiện tốt Chỉ thị.\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nNguyễn Thanh Nhân\n';
  const plan = await planImport(bytes(text), { fileName: 'kh.txt' }, { root: process.cwd(), agencies, documents: new Map() });
  const meta = plan.meta as Record<string, unknown>;
  assert.deepEqual(meta.issuer, ['province-party-standing-committee']);
  assert.equal(meta.number, '45-KH/TU');
  assert.equal(meta.date, '2025-11-20');
  assert.deepEqual(meta.place, { vi: 'An Giang', en: 'An Giang' });
  assert.equal(plan.title, 'Kế hoạch thực hiện Chỉ thị số 52-CT/TW của Ban Bí thư');
  assert.deepEqual(plan.clauseIds.filter((id) => !id.includes('para')), ['header', 'title', 'part-I', 'part-I__item-1', 'recipients', 'recipients__bullet-1', 'recipients__bullet-2', 'signature']);
  assert.ok(!plan.report.warnings.some((w) => /registry/.test(w.message)), 'no body is reported unknown when the issuer matched');
});
