import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillSharePage, shareDescription, SHARE_TOKENS } from '../../src/lib/share-pages.ts';
import { lawSentences, seededRandom } from '../../scripts/bench/generate-corpus.ts';
import { mdxToMarkdown } from '../../scripts/bench/starlight.ts';

test('a share page template is filled everywhere, with values escaped for text and attributes', () => {
  const template = `<title>${SHARE_TOKENS.citation}</title><meta content="${SHARE_TOKENS.description}"><a href="/vi/documents/${SHARE_TOKENS.doc}/#${SHARE_TOKENS.clause}">${SHARE_TOKENS.citation}</a><p>${SHARE_TOKENS.text}</p><dd>${SHARE_TOKENS.citationVi}</dd><dd>${SHARE_TOKENS.citationEn}</dd>`;
  const html = fillSharePage(template, { doc: 'chi-thi-52', clause: 'item-1', citation: 'mục 1, "Chỉ thị" <b>', text: 'a & b', citationVi: 'vi', citationEn: 'en' });
  assert.ok(!/SHARETOKEN|sharetoken/i.test(html), 'no placeholder is left');
  assert.match(html, /<title>mục 1, &#34;Chỉ thị&#34; &#60;b&#62;<\/title>/);
  assert.match(html, /href="\/vi\/documents\/chi-thi-52\/#item-1"/);
  assert.match(html, /<p>a &#38; b<\/p>/);
});

test('a share description is cut at a word near 300 characters, with an ellipsis', () => {
  const long = 'từ '.repeat(200).trim();
  const d = shareDescription(long);
  assert.ok(d.length <= 298 && d.endsWith('…') && !d.includes('  '));
  assert.equal(shareDescription('ngắn'), 'ngắn');
});

test('the corpus generator is deterministic: the same seed draws the same numbers', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const c = seededRandom(8);
  const xs = Array.from({ length: 5 }, a);
  assert.deepEqual(xs, Array.from({ length: 5 }, b));
  assert.notDeepEqual(xs, Array.from({ length: 5 }, c));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test('law sentences leave out headings, numbering and anything MDX would read as markup', () => {
  const law = ['Chương I', 'NHỮNG QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', '1. Luật này quy định về cư trú của công dân Việt Nam trên lãnh thổ. Công dân có quyền tự do cư trú theo quy định.', 'a) Nơi ở có giá trị {x} không được dùng.', '- Gạch đầu dòng không phải câu văn bản luật hợp lệ ở đây.'].join('\n');
  assert.deepEqual(lawSentences(law), ['Luật này quy định về cư trú của công dân Việt Nam trên lãnh thổ.', 'Công dân có quyền tự do cư trú theo quy định.']);
});

test('Starlight gets the same text as plain Markdown: numbered clauses become headings, other tags go', () => {
  const mdx = '---\ntitle: "Chỉ thị"\norigin: source\n---\n\n<Clause kind="title">\nCHỈ THỊ\n</Clause>\n\n<Clause kind="item" num="1.">\nNội dung.\n\n<Clause kind="point" num="(1)">\n- <Unofficial />Ý một.\n</Clause>\n</Clause>\n';
  const { title, markdown } = mdxToMarkdown(mdx);
  assert.equal(title, 'Chỉ thị');
  assert.ok(!markdown.includes('<'));
  assert.match(markdown, /^## 1\.$/m);
  assert.match(markdown, /^### \(1\)$/m);
  assert.match(markdown, /^- Ý một\.$/m);
  assert.match(markdown, /^CHỈ THỊ$/m);
});
