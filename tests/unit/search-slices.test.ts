import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { planQuery } from '../../src/lib/search/query.ts';
import { findOccurrences } from '../../src/lib/search/ranking.ts';
import { foldedKey, splitWords, wordKey } from '../../src/lib/search/words.ts';
import { bestSlice, sliceRegions, sliceTable, type FragmentSlice, type SliceTable } from '../../src/lib/search/slices.ts';
import { sliceBounds, sliceLargeFragments } from '../../src/lib/search/pagefind-fragments.ts';
import { readPagefindFile } from '../../src/lib/search/pagefind-chunks.ts';

/** A law-like text: article k is a heading followed by its words. */
function law(articles: string[]) {
  const words: string[] = [];
  const headings: number[] = [];
  articles.forEach((text, k) => {
    headings.push(words.length);
    words.push(`Điều`, String(k + 1), ...splitWords(text));
  });
  return { words, headings };
}

test('slices start at clause headings, cover the text once, and hold whole clauses up to the budget', () => {
  const { words, headings } = law(Array.from({ length: 40 }, (_, k) => `quy định về việc ${'bảo hiểm '.repeat(k % 7 + 3)}`));
  const starts = sliceBounds(words, headings, 200);
  assert.equal(starts[0], 0);
  assert.ok(starts.length > 3, `several slices: ${starts}`);
  for (const s of starts.slice(1)) assert.ok(headings.includes(s), `${s} is a heading`);
  const bytes = (from: number, to: number) => words.slice(from, to).reduce((n, w) => n + Buffer.byteLength(w) + 1, 0);
  starts.forEach((from, i) => {
    const to = starts[i + 1] ?? words.length;
    const clauses = headings.filter((h) => h >= from && h < to).length;
    assert.ok(bytes(from, to) <= 200 || clauses === 1, `slice ${i}: ${bytes(from, to)} bytes in ${clauses} clauses`);
  });
  // A clause longer than the budget is a slice of its own, never cut.
  assert.deepEqual(sliceBounds(['a', 'b', 'c', 'd'], [0, 2], 1), [0, 2]);
  assert.deepEqual(sliceBounds(['a', 'b'], [0], 1000), [0]);
});

test('the slice fetched is the one holding the best match; the head when none holds a word', () => {
  const { words, headings } = law(['phạm vi điều chỉnh', 'đối tượng áp dụng', 'giải thích từ ngữ', 'mức hưởng bảo hiểm y tế', 'trách nhiệm của cơ quan bảo hiểm']);
  const starts = [0, headings[2], headings[4]];
  const table: SliceTable = starts.map((from, i) => [from, starts[i + 1] ?? words.length, `/s${i}.json`]);
  const plan = planQuery('bảo hiểm y tế', 'vi');
  const positions = new Map(plan.terms.map((t) => [wordKey(t), words.flatMap((w, p) => (foldedKey(w) === foldedKey(t) ? [p] : []))]));
  // Article 4 holds all three words together, article 5 only two: the middle slice.
  assert.equal(bestSlice(plan, findOccurrences(plan, positions, 'vi'), table), 1);
  assert.equal(bestSlice(plan, [], table), 0);
  assert.equal(bestSlice(planQuery('', 'vi'), [], table), 0);
});

test('a slice table is read only when well formed: contiguous from word 0', () => {
  assert.deepEqual(sliceTable({ slices: [[0, 5, '/a'], [5, 9, '/b']] }), [[0, 5, '/a'], [5, 9, '/b']]);
  assert.equal(sliceTable({}), undefined);
  assert.equal(sliceTable({ slices: [[0, 5, '/a'], [6, 9, '/b']] }), undefined);
  assert.equal(sliceTable({ slices: [[1, 5, '/a']] }), undefined);
  assert.equal(sliceTable({ slices: 'x' }), undefined);
});

test('a real long fragment sliced: the fragment keeps its page data and the table, the slices hold every word and heading once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-slices-'));
  try {
    const { index } = await pagefind.createIndex({});
    const articles = Array.from({ length: 60 }, (_, k) => `<h2 id="dieu-${k + 1}">§</h2><p>Điều ${k + 1} quy định ${'về bảo hiểm y tế và trách nhiệm của cơ quan '.repeat(5)} số ${k}</p>`).join('\n');
    await index!.addHTMLFile({ url: '/vi/documents/luat/', content: `<html lang="vi"><body><main data-pagefind-body><h1 data-pagefind-meta="title">Luật</h1><p>Luật dài.</p>${articles}</main></body></html>` });
    await index!.addHTMLFile({ url: '/vi/documents/ngan/', content: `<html lang="vi"><body><main data-pagefind-body><h1>Ngắn</h1><p>Văn bản ngắn.</p></main></body></html>` });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const fragments = () => new Map(fs.readdirSync(path.join(dir, 'fragment')).map((n) => [n, JSON.parse(readPagefindFile(fs.readFileSync(path.join(dir, 'fragment', n))).toString('utf8'))]));
    const before = fragments();
    const original = [...before.values()].find((f) => f.url === '/vi/documents/luat/');
    const figures = sliceLargeFragments(dir, '/pagefind/', 1000, 2000);
    assert.equal(figures.sliced, 1, 'only the long fragment');
    const after = fragments();
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'every fragment keeps its file (its name is the page hash)');
    const head = [...after.values()].find((f) => f.url === '/vi/documents/luat/');
    assert.equal(head.content, '');
    assert.deepEqual(head.anchors, []);
    assert.deepEqual(head.meta, original.meta);
    assert.deepEqual(head.filters, original.filters);
    const table = sliceTable(head)!;
    assert.equal(table.length, figures.slices);
    assert.ok(table.length > 2);
    const slices = table.map(([, , url]) => JSON.parse(fs.readFileSync(path.join(dir, url.replace(/^\/pagefind\//, '')), 'utf8')) as FragmentSlice);
    assert.deepEqual(slices.flatMap((s) => splitWords(s.content)), splitWords(original.content), 'the words, each once, in order, at their positions');
    assert.deepEqual(slices.flatMap((s) => s.anchors), original.anchors, 'every heading once');
    slices.forEach((s, i) => {
      assert.deepEqual([s.from, s.to], table[i].slice(0, 2));
      assert.ok(sliceRegions(s).every((r) => r.start >= s.from && r.end <= s.to));
    });
    assert.deepEqual(slices.flatMap((s) => sliceRegions(s).map((r) => r.id)).filter(Boolean), original.anchors.map((a: { id: string }) => a.id));
    const short = [...after.values()].find((f) => f.url === '/vi/documents/ngan/');
    assert.equal(short.slices, undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
