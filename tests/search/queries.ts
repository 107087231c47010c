/**
 * The search query set: what readers type, and the clause (or page) a good answer puts in the first three
 * results. Several acceptable answers are listed where the text says the same thing in several places.
 */
export interface SearchCase {
  lang: 'vi' | 'en';
  query: string;
  why: string;
  /** Acceptable first-three results: a path with its #clause, relative to /{lang}/. */
  expect: string[];
}

const TB = 'documents/thong-bao-ket-luan-2025-04-23/';
const CT = 'documents/chi-thi-52-ct-tw-2025/';
const AG = 'documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/';
const TIN = 'documents/tin-bo-y-te-2025-12-11/';
const PV = 'documents/phong-van-nghi-quyet-72-nq-tw-2025-09-17/';

export const SEARCH_CASES: SearchCase[] = [
  { lang: 'vi', query: 'bảo hiểm y tế toàn dân', why: 'phrase', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: 'bao hiem y te toan dan', why: 'no diacritics', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: 'bảo hiểm y tế toàn dân'.normalize('NFD'), why: 'NFD input', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#title__para-2`, `${AG}#part-II__item-3__bullet-1`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'vi', query: '95%', why: 'number with percent', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`] },
  { lang: 'vi', query: '94,29%', why: 'Vietnamese decimal comma', expect: [`${CT}#para-1`] },
  { lang: 'vi', query: 'miễn viện phí', why: 'free hospital fees', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'mien vien phi', why: 'no diacritics', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'khám sức khoẻ định kỳ', why: 'old tone convention, as the Notice writes', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'khám sức khỏe định kỳ', why: 'new tone convention finds the old', expect: [`${TB}#item-2__item-2.2__point-2__para-1`] },
  { lang: 'vi', query: 'dang uy chinh phu', why: 'đ folds to d', expect: ['agencies/government-party-committee/', `${TB}#item-2__item-2.1__point-2__para-1`, `${TB}#para-2`] },
  { lang: 'vi', query: 'Đảng ủy Chính phủ', why: 'ủy finds uỷ', expect: ['agencies/government-party-committee/', `${TB}#item-2__item-2.1__point-2__para-1`, `${TB}#para-2`] },
  { lang: 'vi', query: 'tháng 5/2025', why: 'a deadline', expect: [`${TB}#item-2__item-2.1__point-2__para-1`] },
  { lang: 'vi', query: '38-CT/TW', why: 'a document number', expect: ['documents/chi-thi-38-ct-tw-2009/', `${CT}#para-1`] },
  { lang: 'vi', query: 'gác cửa', why: 'a quoted phrase in the text', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'vi', query: 'gac cua', why: 'no diacritics', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'vi', query: '01-CT/TU', why: 'a footnote', expect: [`${AG}#fn-1`, 'documents/chi-thi-01-ct-tu-an-giang-2025/'] },
  { lang: 'vi', query: 'xã, phường đạt chuẩn BHYT toàn dân', why: 'a model named in a bullet', expect: [`${AG}#part-II__item-2__bullet-5`] },
  { lang: 'vi', query: 'bác sĩ gia đình', why: 'family doctors', expect: [`${AG}#part-II__item-4__bullet-2`] },
  { lang: 'vi', query: 'trí tuệ nhân tạo', why: 'artificial intelligence', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'vi', query: 'tri tue nhan tao', why: 'no diacritics', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'vi', query: 'Kỳ họp thứ 10', why: 'a session number', expect: [`${TB}#item-2__item-2.2__point-3__para-1`] },
  { lang: 'vi', query: 'vừa chạy vừa xếp hàng', why: 'a quoted saying', expect: [`${TIN}#para-7`] },
  { lang: 'vi', query: 'Trần Cẩm Tú', why: 'a signer', expect: [`${CT}#signature__para-2`] },
  { lang: 'vi', query: 'tran cam tu', why: 'a signer, no diacritics', expect: [`${CT}#signature__para-2`] },
  { lang: 'vi', query: 'Nguyễn Thanh Nhân', why: 'a signer', expect: [`${AG}#signature__para-2`] },
  { lang: 'en', query: 'universal health insurance', why: 'phrase', expect: [`${CT}#title__para-3`, `${CT}`, `${CT}#item-1__para-1`, `${AG}#part-II__item-3__bullet-1`, `${AG}#title__para-2`, `documents/huong-dan-33-hd-btgdvtw-2025/`] },
  { lang: 'en', query: '95%', why: 'a number', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`] },
  { lang: 'en', query: '2030', why: 'a year', expect: [`${CT}#item-1__para-1`, `${AG}#part-I__item-4__para-1`, `${TB}#item-2__item-2.2__point-3__para-1`, `${TB}#item-2__para-2`, `${TIN}#para-3`, `${TIN}#para-6`, `${PV}#para-2`, `${AG}#part-II__item-6__bullet-2`, `${CT}`] },
  { lang: 'en', query: 'gatekeeper', why: 'a translated quotation', expect: [`${TB}#item-2__item-2.2__point-1__para-2`] },
  { lang: 'en', query: 'artificial intelligence', why: 'phrase', expect: [`${CT}#item-6__para-1`, `${AG}#part-II__item-6__bullet-2`] },
  { lang: 'en', query: 'Viet Nam Fatherland Front', why: 'an agency name', expect: [`${CT}#item-7__bullet-4`, 'agencies/vietnam-fatherland-front/', 'agencies/fatherland-front-party-committee/'] },
  { lang: 'en', query: 'Tran Cam Tu', why: 'a signer', expect: [`${CT}#signature__para-2`] },
  { lang: 'en', query: 'lump sum payments', why: 'a phrase from the interview', expect: [`${PV}#para-24`] },
  { lang: 'en', query: 'throughly', why: 'a typo kept from the source', expect: [`${CT}#item-3__para-1`] },
];
