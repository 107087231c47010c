/**
 * The search query set: what readers type, and the clause (or page) a good answer puts in the first three
 * results. Several acceptable answers are listed where the text says the same thing in several places.
 * Each case says what kind of query it is: the words as they stand in the text (phrase), the words apart
 * and in another order, as people type them (apart), a legal reference (reference), an abbreviation or its
 * expansion (abbreviation), or a number, name or other single thing (lookup).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NORMATIVE_DOCUMENT_TYPES } from '../../src/lib/content/document-types.ts';

export type SearchCaseKind = 'phrase' | 'apart' | 'reference' | 'abbreviation' | 'lookup';

export interface SearchCase {
  lang: 'vi' | 'en';
  query: string;
  kind: SearchCaseKind;
  why: string;
  /** Acceptable first-three results: a path with its #clause, relative to /{lang}/. */
  expect: string[];
  /**
   * A lookup of a number or name that any new document may hold as well: a first-three result whose shown
   * text holds this is right too (which document holds it is not the query's point).
   */
  orShowing?: string;
}

const TB = 'documents/thong-bao-ket-luan-2025-04-23/';
const CT = 'documents/chi-thi-52-ct-tw-2025/';
const AG = 'documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/';
const TIN = 'documents/tin-bo-y-te-2025-12-11/';
const PV = 'documents/phong-van-nghi-quyet-72-nq-tw-2025-09-17/';
const LUAT = 'documents/luat-bao-hiem-y-te-2008/';
/**
 * Every law, code and ordinance the site holds the text of: an article cited without its law may land in
 * any of them that has it (the most cited first), and the site keeps adding laws.
 */
const documentsDir = path.resolve('src/content/documents');
const LAWS = fs
  .readdirSync(documentsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.slice(0, -'.yaml'.length), meta: parse(fs.readFileSync(path.join(documentsDir, f), 'utf8')) as { type: string; hasText: boolean } }))
  .filter((d) => NORMATIVE_DOCUMENT_TYPES.includes(d.meta.type as never) && d.meta.hasText)
  .map((d) => `documents/${d.id}/`);
const inAnyLaw = (clause: string) => LAWS.map((law) => `${law}#${clause}`);

export const SEARCH_CASES: SearchCase[] = [
  { lang: 'vi', query: 'bảo hiểm y tế toàn dân', kind: 'phrase', why: 'phrase', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: 'bao hiem y te toan dan', kind: 'phrase', why: 'no diacritics', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: 'bảo hiểm y tế toàn dân'.normalize('NFD'), kind: 'phrase', why: 'NFD input', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: '95%', kind: 'lookup', why: 'number with percent', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`], orShowing: '95%' },
  { lang: 'vi', query: '94,29%', kind: 'lookup', why: 'Vietnamese decimal comma', expect: [`${CT}#para-1`] },
  { lang: 'vi', query: 'miễn viện phí', kind: 'phrase', why: 'free hospital fees', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'mien vien phi', kind: 'phrase', why: 'no diacritics', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'khám sức khoẻ định kỳ', kind: 'phrase', why: 'old tone convention, as the Notice writes', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'khám sức khỏe định kỳ', kind: 'phrase', why: 'new tone convention finds the old', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'dang uy chinh phu', kind: 'phrase', why: 'đ folds to d', expect: ['agencies/government-party-committee/', `${TB}#item-2__item-2.1__point-2__para-1`, `${TB}#para-2`] },
  { lang: 'vi', query: 'Đảng ủy Chính phủ', kind: 'phrase', why: 'ủy finds uỷ', expect: ['agencies/government-party-committee/', `${TB}#item-2__item-2.1__point-2__para-1`, `${TB}#para-2`] },
  { lang: 'vi', query: 'tháng 5/2025', kind: 'lookup', why: 'a deadline', expect: [`${TB}#item-2__item-2.1__point-2__para-1`] },
  { lang: 'vi', query: '38-CT/TW', kind: 'reference', why: 'a document number', expect: ['documents/chi-thi-38-ct-tw-2009/', `${CT}#para-1`] },
  { lang: 'vi', query: 'gác cửa', kind: 'phrase', why: 'a quoted phrase in the text', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'vi', query: 'gac cua', kind: 'phrase', why: 'no diacritics', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'vi', query: '01-CT/TU', kind: 'reference', why: 'a footnote', expect: [`${AG}#fn-1`, 'documents/chi-thi-01-ct-tu-an-giang-2025/'] },
  { lang: 'vi', query: 'xã, phường đạt chuẩn BHYT toàn dân', kind: 'abbreviation', why: 'a model named in a bullet', expect: [`${AG}#part-II__item-2__bullet-5`] },
  { lang: 'vi', query: 'bác sĩ gia đình', kind: 'phrase', why: 'family doctors', expect: [`${AG}#part-II__item-4__bullet-2`] },
  { lang: 'vi', query: 'trí tuệ nhân tạo', kind: 'phrase', why: 'artificial intelligence', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'vi', query: 'tri tue nhan tao', kind: 'phrase', why: 'no diacritics', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'vi', query: 'Kỳ họp thứ 10', kind: 'lookup', why: 'a session number', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'vừa chạy vừa xếp hàng', kind: 'phrase', why: 'a quoted saying', expect: [`${TIN}#para-7`] },
  { lang: 'vi', query: 'Trần Cẩm Tú', kind: 'lookup', why: 'a signer', expect: [`${CT}#signature__para-2`] },
  { lang: 'vi', query: 'tran cam tu', kind: 'lookup', why: 'a signer, no diacritics', expect: [`${CT}#signature__para-2`] },
  { lang: 'vi', query: 'Nguyễn Thanh Nhân', kind: 'lookup', why: 'a signer', expect: [`${AG}#signature__para-2`] },
  { lang: 'en', query: 'universal health insurance', kind: 'phrase', why: 'phrase', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#part-II__item-3__bullet-1`, `${AG}#title__para-2`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'en', query: '95%', kind: 'lookup', why: 'a number', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`], orShowing: '95%' },
  { lang: 'en', query: '2030', kind: 'lookup', why: 'a year', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`, `${TB}#item-2__item-2.2__point-3__para-1`, `${TB}#item-2__para-2`, `${TIN}#para-3`, `${TIN}#para-6`, `${PV}#para-2`, `${AG}#part-II__item-6__bullet-2`, `${CT}`] },
  { lang: 'en', query: 'gatekeeper', kind: 'lookup', why: 'a translated quotation', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'en', query: 'artificial intelligence', kind: 'phrase', why: 'phrase', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'en', query: 'Viet Nam Fatherland Front', kind: 'phrase', why: 'an agency name', expect: [`${CT}#item-7__bullet-4`, 'agencies/vietnam-fatherland-front/', 'agencies/fatherland-front-party-committee/'] },
  { lang: 'en', query: 'Tran Cam Tu', kind: 'lookup', why: 'a signer', expect: [`${CT}#signature__para-2`] },
  { lang: 'en', query: 'lump sum payments', kind: 'phrase', why: 'a phrase from the interview', expect: [`${PV}#para-24`] },
  { lang: 'en', query: 'throughly', kind: 'lookup', why: 'a typo kept from the source', expect: [`${CT}#item-3__para-1`] },
  // The words apart, in another order, without diacritics: as people type.
  { lang: 'vi', query: 'khám sức khỏe định kỳ ít nhất mỗi năm', kind: 'apart', why: 'every word within 12 in one point', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'kham suc khoe dinh ky moi nam mot lan', kind: 'apart', why: 'the same, without diacritics', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'xử lý trục lợi bảo hiểm y tế', kind: 'apart', why: 'item 5 of the Directive, words apart', expect: [`${CT}#item-5__para-1`] },
  { lang: 'vi', query: 'y duc can bo y te', kind: 'apart', why: 'item 4 of the Directive, no diacritics, "y" twice', expect: [`${CT}#item-4__para-1`] },
  { lang: 'vi', query: 'miễn viện phí 2030 2035', kind: 'apart', why: 'a goal and its years', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'sổ sức khỏe điện tử toàn quốc', kind: 'apart', why: 'new tone convention, words apart', expect: [`${TB}#item-2__item-2.2__point-4__para-1`] },
  { lang: 'vi', query: 'bac si gia dinh tuyen xa', kind: 'apart', why: 'two phrases of one bullet', expect: [`${AG}#part-II__item-4__bullet-2`] },
  { lang: 'vi', query: 'tác hại thuốc lá dịch vụ phòng bệnh', kind: 'apart', why: 'a fund and what it pays for', expect: [`${AG}#part-II__item-3__bullet-4`] },
  { lang: 'vi', query: 'người dân tộc thiểu số vùng khó khăn', kind: 'apart', why: 'a group of participants in the Law', expect: [`${LUAT}#dieu-12__khoan-14__para-1`] },
  { lang: 'vi', query: 'tre em duoi 6 tuoi the bao hiem', kind: 'apart', why: 'a card rule of the Law, no diacritics', expect: [`${LUAT}#dieu-16__khoan-3__diem-c__para-1`, `${LUAT}#dieu-17__khoan-2__para-1`] },
  { lang: 'vi', query: 'y tế cơ sở gác cửa hệ thống', kind: 'apart', why: 'a quoted word among others', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'vi', query: 'chính quyền địa phương 2 cấp tổ chức ngành y tế', kind: 'apart', why: 'words of one point, out of order', expect: [`${TB}#item-2__item-2.2__point-1__para-1`] },
  { lang: 'vi', query: 'thanh toán trọn gói khám sức khoẻ định kỳ', kind: 'apart', why: 'a payment method in the interview', expect: [`${PV}#para-24`] },
  { lang: 'vi', query: 'dữ liệu dân cư đối tượng chưa tham gia', kind: 'apart', why: 'a bullet of the An Giang plan', expect: [`${AG}#part-II__item-3__bullet-9`] },
  { lang: 'vi', query: 'moi can bo dang vien tuyen truyen vien', kind: 'apart', why: 'a sentence read backwards, no diacritics', expect: [`${AG}#part-II__item-2__bullet-5`] },
  { lang: 'en', query: 'universal health insurance coverage by 2030', kind: 'apart', why: 'item 1 of the Directive, the target reordered', expect: [`${CT}#item-1__para-1`] },
  { lang: 'en', query: 'health check-ups at least once a year', kind: 'apart', why: 'point (2) of item 2.2', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'en', query: 'hospital fees exemption 2030', kind: 'apart', why: 'point (3) of item 2.2, reordered', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'en', query: 'medical ethics healthcare workers', kind: 'apart', why: 'item 4 of the Directive', expect: [`${CT}#item-4__para-1`] },
  { lang: 'en', query: 'artificial intelligence big data monitor', kind: 'apart', why: 'item 6 of the Directive', expect: [`${CT}#item-6__para-1`] },
  { lang: 'en', query: 'children under 6 health insurance card valid', kind: 'apart', why: 'a card rule of the Law', expect: [`${LUAT}#dieu-16__khoan-3__diem-c__para-1`] },
  { lang: 'en', query: 'electronic health books nationwide', kind: 'apart', why: 'point (4) of item 2.2', expect: [`${TB}#item-2__item-2.2__point-4__para-1`] },
  // Legal references: straight to the clause or document they name.
  { lang: 'vi', query: 'Điều 22 Luật bảo hiểm y tế', kind: 'reference', why: 'an article of a named law', expect: [`${LUAT}#dieu-22`] },
  { lang: 'vi', query: 'dieu 22 luat bao hiem y te', kind: 'reference', why: 'the same, without diacritics', expect: [`${LUAT}#dieu-22`] },
  { lang: 'vi', query: 'khoản 1 điều 12', kind: 'reference', why: 'a clause without its law: the laws that have it, most cited first', expect: inAnyLaw('dieu-12__khoan-1') },
  { lang: 'vi', query: 'điểm a khoản 1 Điều 22', kind: 'reference', why: 'a point without its law, the legal order', expect: inAnyLaw('dieu-22__khoan-1__diem-a') },
  { lang: 'vi', query: 'ĐIỀU 13 KHOẢN 1 ĐIỂM Đ LUẬT BHYT', kind: 'reference', why: 'capitals, the other order, đ, the law by its abbreviation', expect: [`${LUAT}#dieu-13__khoan-1__diem-dd`] },
  { lang: 'vi', query: 'chương 4 luật bảo hiểm y tế', kind: 'reference', why: 'a chapter in Arabic numerals', expect: [`${LUAT}#chuong-IV`] },
  { lang: 'vi', query: '52-CT/TW', kind: 'reference', why: 'a document number', expect: [`${CT}`] },
  { lang: 'vi', query: 'Chỉ thị 52', kind: 'reference', why: 'a type and the number readers say', expect: [`${CT}`] },
  { lang: 'vi', query: '25/2008/QH12', kind: 'reference', why: "a law's number", expect: [`${LUAT}`] },
  { lang: 'vi', query: 'nghi quyet 72', kind: 'reference', why: 'a cited document, no diacritics', expect: ['documents/nghi-quyet-72-nq-tw-2025/'] },
  { lang: 'en', query: 'Article 22', kind: 'reference', why: 'an article without its law', expect: inAnyLaw('dieu-22') },
  { lang: 'en', query: 'Clause 1, Article 12 of the Law on Health Insurance', kind: 'reference', why: 'a clause as English legal writing cites it', expect: [`${LUAT}#dieu-12__khoan-1`] },
  { lang: 'en', query: 'article 22(1)(a)', kind: 'reference', why: 'the compact form without its law, lower case', expect: inAnyLaw('dieu-22__khoan-1__diem-a') },
  { lang: 'en', query: 'Directive 52', kind: 'reference', why: 'a type and number in English', expect: [`${CT}`] },
  // Abbreviations of administrative writing, both ways.
  { lang: 'vi', query: 'xã phường đạt chuẩn bảo hiểm y tế toàn dân', kind: 'abbreviation', why: 'spelled out; the plan writes BHYT', expect: [`${AG}#part-II__item-2__bullet-5`] },
  { lang: 'vi', query: 'BHYT hộ gia đình nông thôn', kind: 'abbreviation', why: 'the abbreviation with words apart', expect: [`${AG}#part-II__item-3__bullet-9`] },
  { lang: 'vi', query: 'bảo hiểm xã hội tỉnh ủy ban nhân dân các địa phương', kind: 'abbreviation', why: 'BHXH and UBND spelled out; the plan abbreviates both', expect: [`${AG}#part-II__item-3__bullet-8`] },
  { lang: 'vi', query: 'HĐND tỉnh rà soát chính sách', kind: 'abbreviation', why: 'the plan writes Hội đồng nhân dân', expect: [`${AG}#part-III__item-4__para-1`] },
  { lang: 'vi', query: 'Đảng ủy MTTQ tuyên truyền giám sát', kind: 'abbreviation', why: 'the Directive writes Mặt trận Tổ quốc', expect: [`${CT}#item-7__bullet-4`] },
  { lang: 'vi', query: 'nâng cao chất lượng KCB', kind: 'abbreviation', why: 'KCB for khám, chữa bệnh', expect: [`${AG}#part-II__item-4__para-1`, `${AG}#part-II__item-4__bullet-1`, `${AG}#part-I__item-4__para-1`] },
  { lang: 'vi', query: 'CSSK nhân dân chuyển đổi số', kind: 'abbreviation', why: 'CSSK for chăm sóc sức khoẻ', expect: [`${TB}#item-2__item-2.2__point-4__para-1`] },
  { lang: 'vi', query: 'mã định danh y tế căn cước công dân', kind: 'abbreviation', why: 'spelled out; the plan writes CCCD', expect: [`${AG}#part-II__item-6__bullet-2`] },
  { lang: 'vi', query: 'nghị quyết của TW về chăm sóc sức khoẻ nhân dân', kind: 'abbreviation', why: 'TW for Trung ương', expect: [`${TB}#title__para-3`, `${TB}#para-1`, `${TB}`] },
];
