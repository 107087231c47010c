/** Labels of the content model's values (document types, relations, agency levels) in both languages. */
import type { Lang } from './languages.ts';

export const documentTypeLabels = {
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  law: { vi: 'Luật', en: 'Law' },
  code: { vi: 'Bộ luật', en: 'Code' },
  ordinance: { vi: 'Pháp lệnh', en: 'Ordinance' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  'news-article': { vi: 'Tin bài', en: 'News article' },
  interview: { vi: 'Phỏng vấn', en: 'Interview' },
} as const satisfies Record<string, Record<Lang, string>>;

/** How a relation reads from the document that states it (forward) and from its target (backward). */
export const relationLabels = {
  implements: { forward: { vi: 'Thực hiện', en: 'Implements' }, backward: { vi: 'Được thực hiện bởi', en: 'Implemented by' } },
  cites: { forward: { vi: 'Dẫn chiếu', en: 'Cites' }, backward: { vi: 'Được dẫn chiếu bởi', en: 'Cited by' } },
  follows: { forward: { vi: 'Tiếp nối', en: 'Follows' }, backward: { vi: 'Được tiếp nối bởi', en: 'Followed by' } },
  reviews: { forward: { vi: 'Tổng kết', en: 'Reviews' }, backward: { vi: 'Được tổng kết bởi', en: 'Reviewed by' } },
  replaces: { forward: { vi: 'Thay thế', en: 'Replaces' }, backward: { vi: 'Bị thay thế bởi', en: 'Replaced by' } },
  about: { forward: { vi: 'Viết về', en: 'About' }, backward: { vi: 'Bài viết về văn bản này', en: 'Written about in' } },
  'commissioned-by': { forward: { vi: 'Được giao xây dựng tại', en: 'Commissioned by' }, backward: { vi: 'Giao xây dựng', en: 'Commissions' } },
} as const satisfies Record<string, Record<'forward' | 'backward', Record<Lang, string>>>;


export const agencyLevelLabels = {
  'central-party': { vi: 'Cơ quan Trung ương Đảng', en: 'Central Party body' },
  'national-assembly': { vi: 'Quốc hội', en: 'National Assembly' },
  government: { vi: 'Chính phủ', en: 'Government' },
  ministry: { vi: 'Bộ, ngành', en: 'Ministry' },
  department: { vi: 'Đơn vị thuộc bộ', en: 'Department of a ministry' },
  'mass-organization': { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organizations' },
  province: { vi: 'Chính quyền cấp tỉnh', en: 'Provincial authorities' },
  'provincial-party': { vi: 'Cơ quan Đảng cấp tỉnh', en: 'Provincial Party bodies' },
  press: { vi: 'Báo chí, xuất bản', en: 'Press and publishers' },
  'health-facility': { vi: 'Cơ sở y tế', en: 'Health facilities' },
  education: { vi: 'Cơ sở giáo dục', en: 'Universities' },
  international: { vi: 'Tổ chức quốc tế, cơ quan nước ngoài', en: 'International organizations and foreign missions' },
  collective: { vi: 'Nhóm đối tượng chung', en: 'Collective addressees' },
} as const satisfies Record<string, Record<Lang, string>>;

export const glossaryTopicLabels = {
  modality: { vi: 'Từ chỉ nghĩa vụ', en: 'Obligation words' },
  terms: { vi: 'Thuật ngữ', en: 'Terms' },
  spelling: { vi: 'Chính tả', en: 'Spelling' },
  names: { vi: 'Tên người', en: "People's names" },
  notes: { vi: 'Ghi chú của người dịch', en: "Translator's notes" },
  structure: { vi: 'Cấu trúc văn bản', en: 'Structure of texts' },
} as const satisfies Record<string, Record<Lang, string>>;

export const termSourceLabels = {
  'directive-52-official': { vi: 'bản tiếng Anh chính thức của Chỉ thị 52-CT/TW', en: 'the official English of Directive 52-CT/TW' },
  site: { vi: 'lựa chọn của trang', en: "the site's choice" },
  'agency-own-name': { vi: 'tên tiếng Anh của chính cơ quan', en: "the body's own English name" },
} as const satisfies Record<string, Record<Lang, string>>;
