/**
 * How each raw source maps onto the built site, and the ONLY ways a page may differ from its source:
 * the boilerplate listed in ../shared/design.md (site menus, paywall lines, page markers, photo file names)
 * and the extraction artifacts it names. Everything else in a source must reach its page verbatim.
 */

export interface SourceSection {
  /** The built page whose text must contain this section, relative to dist/. */
  page: string;
  /** Which part of the page holds the text (CSS selectors; their text is joined in document order). */
  selectors: string[];
  /** The start of the first and of the last line of the section in the source; omitted = start/end of file. */
  from?: string;
  to?: string;
  /** A list whose every line is a unit of its own (headlines and datelines), not hard-wrapped prose. */
  eachLineIsUnit?: boolean;
}

export interface SourceSpec {
  file: string;
  sections: SourceSection[];
  /** Whole lines (trimmed) that are boilerplate: left out of the site on purpose. */
  boilerplate: (string | RegExp)[];
  /** Extraction artifacts of the source, replaced before comparing: [as in the source, as meant]. */
  artifacts: [string, string][];
  /** Text moved elsewhere on the page (a footnote cut into the body by a page break): [source text, page text]. */
  moved: [string, string][];
  /** The source marks emphasis with Markdown ** and *, which the page renders as <strong>/<em>. */
  markdownEmphasis?: boolean;
}

const documentText = ['main h1', 'article.doc-body'];

export const SOURCES: SourceSpec[] = [
  {
    file: '000_ceff1da8fa0a6986.txt',
    sections: [{ page: 'vi/documents/thong-bao-ket-luan-2025-04-23/index.html', selectors: documentText }],
    boilerplate: ['Admintbvp176 2', '-----'],
    artifacts: [['THÔNGBÁO', 'THÔNG BÁO']],
    moved: [
      [
        '1 Ban Tổ chức Trung ương; Ban Tuyên giáo và Dân vận Trung ương; Ban Chính sách, chiến lược Trung ương; Đảng \nuỷ các Bộ: Tài chính; Khoa học và Công nghệ, Nội vụ; Y tế; Văn phòng Trung ương Đảng.',
        'Ban Tổ chức Trung ương; Ban Tuyên giáo và Dân vận Trung ương; Ban Chính sách, chiến lược Trung ương; Đảng uỷ các Bộ: Tài chính; Khoa học và Công nghệ, Nội vụ; Y tế; Văn phòng Trung ương Đảng.',
      ],
    ],
  },
  {
    file: '001_cbae2daa710676d2.txt',
    sections: [
      { page: 'vi/news/index.html', selectors: ['main'], from: 'HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ', to: 'Thứ Năm, ngày 15/01/2026 03:57', eachLineIsUnit: true },
      {
        page: 'vi/documents/tin-bo-y-te-2025-12-11/index.html',
        selectors: documentText,
        from: 'Thứ trưởng Thường trực Bộ Y tế Vũ Mạnh Hà: Dự thảo Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW cần sự đồng thuận, trách nhiệm của các cơ quan tổ chức thực hiện',
        to: 'Thứ trưởng Thường trực Vũ Mạnh Hà đề nghị các đơn vị thống kê rõ',
      },
    ],
    // The dateline is shown in the metadata panel; "|" and the widget labels are site furniture.
    boilerplate: ['Xuất bản thông tin Xuất bản thông tin', 'Thăm dò ý kiến', '|', '11/12/2025 | 22:21 PM'],
    artifacts: [],
    moved: [],
  },
  {
    file: '002_ce1d7d310c2a7f79.txt',
    sections: [
      { page: 'vi/documents/chi-thi-52-ct-tw-2025/index.html', selectors: documentText, from: 'BAN CHẤP HÀNH TRUNG ƯƠNG', to: 'Trần Cẩm Tú' },
      { page: 'en/documents/chi-thi-52-ct-tw-2025/index.html', selectors: documentText, from: 'CENTRAL EXECUTIVE COMMITTEE', to: 'Tran Cam Tu' },
    ],
    boilerplate: [
      'Bạn phải đăng nhập tài khoản TVPL Pro để xem được toàn bộ nội dung văn bản Tiếng Anh',
      'Tiện ích dành riêng cho tài khoản TVPL Basic và TVPL Pro',
    ],
    artifacts: [],
    moved: [],
  },
  {
    file: '003_c4af837f63e0ea47.txt',
    sections: [
      {
        page: 'en/documents/phong-van-nghi-quyet-72-nq-tw-2025-09-17/index.html',
        selectors: documentText,
        from: 'Resolution No. 72-NQ/TW of the Politburo on a number of breakthrough solutions',
        to: 'Source: https://daibieunhandan.vn/',
      },
    ],
    // The garbled byline is recorded as metadata (publisher and date); image file names are not text.
    boilerplate: ['Báo Đại biểu Nhân dânBáo Đại biểu Nhân dân17/09/2025', /^[\w-]+\.(jpe?g|png)$/i],
    artifacts: [],
    moved: [],
  },
  {
    file: '004_74b5fba1341c9a3e.txt',
    sections: [{ page: 'vi/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/index.html', selectors: documentText }],
    boilerplate: [],
    // The footnote marker is printed as a superscript "⁽¹⁾"; the page renders a linked footnote "1".
    artifacts: [['tỉnh⁽¹⁾ về', 'tỉnh1 về']],
    moved: [
      [
        '¹ Chỉ thị số 01-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác lãnh đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp trên địa bàn tỉnh giai đoạn 2025 - 2030.',
        'Chỉ thị số 01-CT/TU, ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác lãnh đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp trên địa bàn tỉnh giai đoạn 2025 - 2030.',
      ],
    ],
    markdownEmphasis: true,
  },
  {
    // One paragraph per line (the Vietnamese Legal Corpus): each line is a block of its own.
    file: 'Luat-bao-hiem-y-te-2008-25-2008-QH12-82196.txt',
    sections: [{ page: 'vi/documents/luat-bao-hiem-y-te-2008/index.html', selectors: documentText, eachLineIsUnit: true }],
    boilerplate: [],
    artifacts: [],
    moved: [],
  },
];
