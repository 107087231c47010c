import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lawSentences, seededRandom } from '../../scripts/bench/generate-corpus.ts';
import { mdxToMarkdown } from '../../scripts/bench/starlight.ts';
import { CLAUSES_PER_DOCUMENT, ShardPlanner, documentWeight, periodLabel } from '../../src/lib/search/shards.ts';
import { compareNewestFirst } from '../../src/lib/content/order.ts';

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

test('search shards: newest first, undated last, cut at the shard size, with the period each covers', () => {
  const docs = [
    { id: 'b', date: '2025-10-03' },
    { id: 'a', date: '2025-10-03' },
    { id: 'c', date: '2025-08' },
    { id: 'd', date: '2009-09-07' },
    { id: 'e', date: null },
  ].sort(compareNewestFirst);
  assert.deepEqual(docs.map((d) => d.id), ['a', 'b', 'c', 'd', 'e']);
  const planner = new ShardPlanner(2);
  assert.deepEqual(docs.map((d) => planner.place(d)), [
    { shard: 0, opens: true },
    { shard: 0, opens: false },
    { shard: 1, opens: true },
    { shard: 1, opens: false },
    { shard: 2, opens: true },
  ]);
  assert.deepEqual(planner.shards, [
    { path: '/pagefind/', documents: 2, weight: 2, from: '2025-10-03', to: '2025-10-03' },
    { path: '/pagefind/older-1/', documents: 2, weight: 2, from: '2009-09-07', to: '2025-08' },
    { path: '/pagefind/older-2/', documents: 1, weight: 1, from: null, to: null },
  ]);
  assert.equal(periodLabel('vi', '2009-09-07', '2025-08'), '07/09/2009 – tháng 08/2025');
  assert.equal(periodLabel('en', '2025-10-03', '2025-10-03'), '3 October 2025');
  assert.equal(periodLabel('en', null, null), null);
});

test('search shards: the newest is smallest and each older one doubles, up to the largest size', () => {
  const planner = new ShardPlanner(8, 2);
  for (let i = 0; i < 30; i++) planner.place({ id: `d${String(i).padStart(2, '0')}`, date: null });
  assert.deepEqual(planner.shards.map((s) => s.documents), [2, 4, 8, 8, 8]);
  assert.deepEqual([0, 1, 2, 3, 9].map((i) => planner.capacity(i)), [2, 4, 8, 8, 8]);
  // A first shard larger than the largest is cut to it.
  assert.equal(new ShardPlanner(3, 100).capacity(0), 3);
});

test('search shards weigh a long text as that many ordinary documents: a shard of laws holds few of them', () => {
  assert.equal(documentWeight(19), 1, 'a short text counts as one');
  assert.equal(documentWeight(CLAUSES_PER_DOCUMENT * 16), 16);
  const planner = new ShardPlanner(40, 20);
  const law = documentWeight(CLAUSES_PER_DOCUMENT * 8);
  for (let i = 0; i < 6; i++) planner.place({ id: `law-${i}`, date: null }, law);
  // 20 ordinary documents of room: two laws of weight 8, not a third; then 40: five would pass it.
  assert.deepEqual(planner.shards.map((s) => s.documents), [2, 4]);
  // A text heavier than a whole shard still gets one of its own.
  planner.place({ id: 'law-9', date: null }, 100);
  assert.deepEqual(planner.shards.map((s) => s.documents), [2, 4, 1]);
});

test('search shards refuse documents out of date order, naming both', () => {
  const planner = new ShardPlanner(10);
  planner.place({ id: 'old', date: '2009-09-07' });
  assert.throws(() => planner.place({ id: 'new', date: '2025-10-03' }), /"new" \(2025-10-03\) comes after "old" \(2009-09-07\)/);
  assert.throws(() => new ShardPlanner(0), /positive integer/);
  assert.throws(() => new ShardPlanner(10, 0), /positive integer/);
});
