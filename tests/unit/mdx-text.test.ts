import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMdxText, mdxAttribute } from '../../src/lib/import/mdx-text.ts';

/** What a reader sees of an MDX paragraph: the text of the rendered HTML. */
async function rendered(mdx: string): Promise<string> {
  const { default: remarkParse } = await import('remark-parse');
  const { unified } = await import('unified');
  const { default: remarkMdx } = await import('remark-mdx');
  const { default: remarkGfm } = await import('remark-gfm');
  const { toString } = await import('mdast-util-to-string');
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
  return toString(tree);
}

const LINES = [
  '1. Luật này quy định về chế độ',
  '- một gạch đầu dòng không phải danh sách',
  '# không phải tiêu đề',
  '---------',
  'Giá {x} < 5% và > 2% * 3 _a_ [^1] `code` ~~gạch~~ | ô |',
  'Điểm a) & &amp; &nbsp; \\ cuối',
  '2) mục thứ hai',
  '> không phải trích dẫn',
  'http://example.org và www.example.org',
  '+ cộng',
];

test('escaped text renders back to itself, whatever markup characters it holds', async () => {
  for (const line of LINES) assert.equal(await rendered(escapeMdxText(line)), line.replace(/^[ \t]+/, ''), line);
});

test('attribute values survive quotes and ampersands', async () => {
  const { default: remarkParse } = await import('remark-parse');
  const { unified } = await import('unified');
  const { default: remarkMdx } = await import('remark-mdx');
  const title = 'Quyền và "nghĩa vụ" & trách nhiệm';
  const tree = unified().use(remarkParse).use(remarkMdx).parse(`<Clause kind="dieu" title=${mdxAttribute(title)}>\nx\n</Clause>`) as unknown as { children: { attributes: { name: string; value: string }[] }[] };
  assert.equal(tree.children[0].attributes.find((a) => a.name === 'title')?.value, title);
});

