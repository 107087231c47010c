/** The interface in both languages. Every string a page shows comes from here, never from a literal in a component. */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

export const ui = {
  vi: {
    langName: 'Tiếng Việt',
    siteName: 'Văn bản chính sách y tế Việt Nam',
    siteTagline: 'Đọc, tra cứu và trích dẫn văn bản chính sách y tế của Việt Nam bằng tiếng Việt và tiếng Anh.',
    skipToContent: 'Chuyển đến nội dung chính',
    navHome: 'Trang chủ',
    navDocuments: 'Văn bản',
    navNews: 'Tin tức',
    navData: 'Dữ liệu mở',
    mainNav: 'Điều hướng chính',
    switchLanguage: 'English',
    switchLanguageLabel: 'Đọc trang này bằng tiếng Anh',
    documentsHeading: 'Danh sách văn bản',
    documentsIntro: 'Tất cả văn bản trên trang, mới nhất trước. Văn bản không rõ ngày ban hành được xếp cuối.',
    latestNews: 'Tin mới',
    allNews: 'Tất cả tin',
    allDocuments: 'Tất cả văn bản',
    homeIntro:
      'Trang này tập hợp các văn bản chính sách y tế của Việt Nam: nguyên văn, có số hiệu, cơ quan ban hành và ngày tháng; mỗi điều khoản có đường dẫn riêng để chia sẻ và trích dẫn. Mỗi văn bản đọc được bằng tiếng Việt và tiếng Anh; bản dịch không chính thức được ghi rõ.',
    colType: 'Loại văn bản',
    colNumber: 'Số hiệu',
    colTitle: 'Tên văn bản',
    colIssuer: 'Cơ quan ban hành',
    colDate: 'Ngày ban hành',
    metaHeading: 'Thuộc tính văn bản',
    metaNumber: 'Số hiệu',
    metaType: 'Loại văn bản',
    metaIssuer: 'Cơ quan ban hành',
    metaSigner: 'Người ký',
    metaDate: 'Ngày ban hành',
    metaPlace: 'Nơi ban hành',
    metaField: 'Lĩnh vực',
    metaStatus: 'Tình trạng',
    metaLanguage: 'Ngôn ngữ bản này',
    metaSource: 'Nguồn',
    metaProvenance: 'Tệp gốc và mã SHA-256',
    metaTranslation: 'Bản dịch',
    unknown: 'Không rõ (nguồn không ghi)',
    tocHeading: 'Mục lục',
    bodyHeading: 'Nội dung văn bản',
    footnotesHeading: 'Chú thích',
    footnoteBack: 'Quay lại chỗ chú thích',
    unofficialDocument:
      'Bản tiếng Việt này là bản dịch không chính thức do trang thực hiện từ bản tiếng Anh của nguồn; khi có khác biệt, bản nguồn là căn cứ.',
    unofficialClause: 'Bản dịch không chính thức',
    sourceTranslation: 'Văn bản theo nguồn',
    mixedTranslation: 'Bản này theo nguồn; các phần nguồn không có được trang dịch và ghi rõ tại từng phần.',
    readInOther: 'Đọc bản tiếng Anh',
    newsHeading: 'Tin hoạt động của lãnh đạo Bộ Y tế',
    newsIntro: 'Các tiêu đề tin theo trang của Bộ Y tế, ngày giờ theo nguồn.',
    newsHeadlineOnly: 'Nguồn chỉ có tiêu đề và thời điểm đăng; nội dung các tin này không có trong nguồn.',
    publishedAt: 'Đăng lúc',
    openData: 'Dữ liệu mở',
    openDataIntro: 'Toàn bộ văn bản và điều khoản dưới dạng JSON:',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Địa chỉ này không có trên trang. Có thể đường dẫn đã gõ sai hoặc văn bản đã được chuyển.',
    backHome: 'Về trang chủ',
    chooseLanguage: 'Chọn ngôn ngữ',
    footerNote:
      'Văn bản được sao nguyên văn từ nguồn ghi tại mỗi văn bản. Bản dịch không chính thức chỉ để tham khảo.',
    clauseCount: 'điều khoản',
    documentsCount: 'văn bản',
    relationsHeading: 'Văn bản liên quan',
    noRelations: 'Chưa ghi nhận văn bản liên quan.',
    atClause: 'tại',
    notOnSite: 'Toàn văn văn bản này chưa có trên trang. Dưới đây là những gì các văn bản trên trang nói về nó.',
    whatSourcesSay: 'Các nguồn nói gì',
    sha256: 'SHA-256',
    download: 'tệp gốc',
    clausesLabel: 'Số điều khoản',
    newsCount: 'tiêu đề',
    parallelView: 'Song ngữ',
    permalinkTo: 'Liên kết đến',
    copyLink: 'Sao chép liên kết',
    linkCopied: 'Đã sao chép liên kết:',
    citeClause: 'Trích dẫn',
    copyCitation: 'Sao chép trích dẫn',
    citationCopied: 'Đã sao chép trích dẫn.',
    sharePage: 'Trang chia sẻ',
    closeTools: 'Đóng',
    clauseTools: 'Công cụ cho điều khoản',
    unknownClause: 'Văn bản này không có điều khoản với mã',
    unknownClauseHelp: 'Đường dẫn có thể đã gõ sai. Xem mục lục để tìm điều khoản cần đọc.',
    citationVi: 'Trích dẫn (tiếng Việt)',
    citationEn: 'Trích dẫn (tiếng Anh)',
    readClause: 'Đọc điều khoản này trong toàn văn',
    redirecting: 'Đang chuyển đến điều khoản trong toàn văn…',
    documentPermalink: 'Đường dẫn văn bản',
    parallelLink: 'Xem song ngữ Việt - Anh',
    parallelIntro: 'Bản tiếng Việt và tiếng Anh đặt cạnh nhau theo từng điều khoản. Bấm § để mở điều khoản trong toàn văn.',
    readSingle: 'Toàn văn tiếng Việt',
    openClause: 'Mở điều khoản trong toàn văn tiếng Việt:',
  },
  en: {
    langName: 'English',
    siteName: 'Vietnam Health Policy Documents',
    siteTagline: "Read, search and cite Vietnam's health-policy documents in Vietnamese and English.",
    skipToContent: 'Skip to main content',
    navHome: 'Home',
    navDocuments: 'Documents',
    navNews: 'News',
    navData: 'Open data',
    mainNav: 'Main navigation',
    switchLanguage: 'Tiếng Việt',
    switchLanguageLabel: 'Read this page in Vietnamese',
    documentsHeading: 'Documents',
    documentsIntro: 'Every document on the site, newest first. Documents whose date is not known come last.',
    latestNews: 'Latest news',
    allNews: 'All news',
    allDocuments: 'All documents',
    homeIntro:
      "This site collects Vietnam's health-policy documents: the full text, with number, issuing body and date, and a link of its own for every clause, to share and to cite. Every document reads in Vietnamese and English; unofficial translations are labelled as such.",
    colType: 'Type',
    colNumber: 'Number',
    colTitle: 'Title',
    colIssuer: 'Issued by',
    colDate: 'Date',
    metaHeading: 'Document details',
    metaNumber: 'Number',
    metaType: 'Type',
    metaIssuer: 'Issued by',
    metaSigner: 'Signed by',
    metaDate: 'Date of issue',
    metaPlace: 'Place of issue',
    metaField: 'Field',
    metaStatus: 'Status',
    metaLanguage: 'Language of this version',
    metaSource: 'Source',
    metaProvenance: 'Source file and SHA-256',
    metaTranslation: 'Translation',
    unknown: 'Unknown (not given in the source)',
    tocHeading: 'Contents',
    bodyHeading: 'Text of the document',
    footnotesHeading: 'Footnotes',
    footnoteBack: 'Back to the footnote reference',
    unofficialDocument:
      'This English version is an unofficial translation made by this site from the Vietnamese source; where they differ, the Vietnamese text prevails.',
    unofficialClause: 'Unofficial translation',
    sourceTranslation: 'Text as given by the source',
    mixedTranslation:
      "This version is the source's English translation; the parts the source lacks were translated by this site and are labelled where they occur.",
    readInOther: 'Read the Vietnamese version',
    newsHeading: 'News: activities of the Ministry of Health leadership',
    newsIntro: "Headlines as listed on the Ministry of Health's site, with the source's date and time.",
    newsHeadlineOnly: 'The source gives only the headline and the time of publication; the articles themselves are not in the source.',
    publishedAt: 'Published',
    openData: 'Open data',
    openDataIntro: 'Every document and clause as JSON:',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. The link may be mistyped, or the document may have moved.',
    backHome: 'Go to the home page',
    chooseLanguage: 'Choose a language',
    footerNote: 'Texts are reproduced verbatim from the source named on each document. Unofficial translations are for reference only.',
    clauseCount: 'clauses',
    documentsCount: 'documents',
    relationsHeading: 'Related documents',
    noRelations: 'No related documents recorded.',
    atClause: 'at',
    notOnSite: 'The full text of this document is not on the site yet. Below is what the documents on the site say about it.',
    whatSourcesSay: 'What the sources say',
    sha256: 'SHA-256',
    download: 'raw source file',
    clausesLabel: 'Clauses',
    newsCount: 'headlines',
    parallelView: 'Side by side',
    permalinkTo: 'Link to',
    copyLink: 'Copy link',
    linkCopied: 'Link copied:',
    citeClause: 'Cite',
    copyCitation: 'Copy citation',
    citationCopied: 'Citation copied.',
    sharePage: 'Share page',
    closeTools: 'Close',
    clauseTools: 'Tools for the clause',
    unknownClause: 'This document has no clause with the id',
    unknownClauseHelp: 'The link may be mistyped. Use the contents to find the clause you want.',
    citationVi: 'Citation (Vietnamese)',
    citationEn: 'Citation (English)',
    readClause: 'Read this clause in the full text',
    redirecting: 'Taking you to the clause in the full text…',
    documentPermalink: 'Permalink of the document',
    parallelLink: 'Read Vietnamese and English side by side',
    parallelIntro: 'The Vietnamese and English versions next to each other, clause by clause. Select § to open a clause in the full text.',
    readSingle: 'Full text in English',
    openClause: 'Open the clause in the full English text:',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiKey = keyof (typeof ui)['vi'];

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Vietnamese dates are dd/mm/yyyy; English dates are written out ("3 October 2025").
 * Takes an ISO calendar date (yyyy-mm-dd, yyyy-mm or yyyy) and never shifts it by a time zone.
 */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  const [, y, mo, d] = m;
  if (lang === 'vi') {
    if (d) return `${d}/${mo}/${y}`;
    if (mo) return `tháng ${mo}/${y}`;
    return `năm ${y}`;
  }
  if (d) return `${Number(d)} ${EN_MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${EN_MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}

export const documentTypeLabels = {
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  law: { vi: 'Luật', en: 'Law' },
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

