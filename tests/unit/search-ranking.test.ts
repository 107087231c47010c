import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery, type QueryPlan } from '../../src/lib/search/query.ts';
import { AbbreviationIndex } from '../../src/lib/search/abbreviations.ts';
import { foldedKey, splitWords, wordKey } from '../../src/lib/search/words.ts';
import {
  compareCandidates,
  compareCore,
  compareKeys,
  fetchNext,
  findOccurrences,
  isResult,
  matchKey,
  rankRegions,
  regionsOf,
  DOCUMENT,
  NO_MATCH,
  RECORD,
  RECORD_NAMED,
  type Candidate,
} from '../../src/lib/search/ranking.ts';
import { excerptRuns } from '../../src/lib/search/excerpt.ts';

/**
 * A page as the index holds it: a head, then each clause as a heading (its id's label) and its text; and
 * the positions Pagefind would return for each searched word (every word that folds to it or, from three
 * letters, starts with it, as Pagefind's word extensions do).
 */
function page(clauses: Record<string, string>, head = 'Tiêu đề văn bản.') {
  const words = splitWords(head);
  const anchors: { id: string; location: number; text: string }[] = [];
  for (const [id, text] of Object.entries(clauses)) {
    anchors.push({ id, location: words.length, text: `mục ${id}` });
    words.push('mục', id, ...splitWords(text));
  }
  return { words, anchors };
}
function positions(plan: QueryPlan, words: string[]) {
  const map = new Map<string, number[]>();
  for (const term of plan.terms) {
    const t = foldedKey(term);
    map.set(
      wordKey(term),
      words.flatMap((w, p) => (foldedKey(w) === t || (t.length >= 3 && foldedKey(w).startsWith(t)) ? [p] : [])),
    );
  }
  return map;
}
function rank(query: string, clauses: Record<string, string>, lang: 'vi' | 'en' = 'vi', abbreviations?: AbbreviationIndex) {
  const plan = planQuery(query, lang, abbreviations);
  const { words, anchors } = page(clauses);
  const pos = positions(plan, words);
  const occurrences = findOccurrences(plan, pos, lang, words);
  const ranked = rankRegions(plan, occurrences, regionsOf(anchors, words.length));
  const bound = matchKey(plan, findOccurrences(plan, pos, lang), 0, true);
  return { plan, words, ranked, bound, ids: ranked.map((r) => r.region.id) };
}

test('a clause holding every word ranks above one that holds some words many times', () => {
  // The Notice's case: point (2) holds every word within 12; item 1 holds "sức khoẻ" and "năm" most often.
  const { ids } = rank('khám sức khỏe định kỳ ít nhất mỗi năm', {
    a: 'sức khoẻ nhân dân năm nay, sức khoẻ năm sau, sức khoẻ là vốn quý, nâng cao sức khoẻ mỗi năm và năm tới.',
    b: 'Miễn phí khám sức khoẻ định kỳ cho Nhân dân ít nhất mỗi năm một lần.',
  });
  assert.equal(ids[0], 'b');
});

test('among clauses holding every word, the words closest together first', () => {
  const { ids } = rank('universal health insurance coverage by 2030', {
    news: 'By 2030 the coverage of health services will be universal, and insurance will follow for all in the region.',
    directive: 'By 2030 achieve universal health insurance coverage for the whole population.',
  }, 'en');
  assert.equal(ids[0], 'directive');
});

test('words apart are found, each once, however often a word repeats in the query', () => {
  const { ids, ranked } = rank('y duc can bo y te', {
    one: 'Nâng cao y đức, phát triển nguồn nhân lực.',
    both: 'Nâng cao y đức của cán bộ y tế.',
  });
  assert.equal(ids[0], 'both');
  assert.equal(ranked[0].key.coverage, 6, '"y" twice needs two places');
  assert.equal(ranked[1].key.coverage, 2, 'one "y" fills one of the two');
});

test('phrase holders first, even in a longer clause', () => {
  const { ids } = rank('trục lợi bảo hiểm', {
    short: 'bảo hiểm chống trục lợi',
    long: 'xử lý nghiêm các hành vi vi phạm, trục lợi bảo hiểm y tế theo quy định của pháp luật hiện hành',
  });
  assert.equal(ids[0], 'long');
});

test('exact diacritics above folded ones; then the shorter clause', () => {
  assert.equal(rank('đường', { folded: 'dương', exact: 'đường' }).ids[0], 'exact');
  assert.equal(rank('tuyến', { long: 'y tế tuyến cơ sở và tuyến trên', short: 'y tế tuyến xã' }).ids[0], 'short');
  assert.equal(rank('khỏe', { old: 'sức khoẻ' }).ranked[0].key.exactness, 3, 'tone conventions are one spelling');
});

test('a syllable that only starts like a typed word is another word, except the word being typed', () => {
  const { ranked } = rank('chỉ thị', { a: 'chiến lược thị trường', b: 'chỉ thị của Ban Bí thư' });
  assert.deepEqual(ranked.map((r) => r.region.id), ['b', 'a']);
  assert.equal(ranked.find((r) => r.region.id === 'a')!.key.coverage, 1, '"chiến" is not "chỉ"');
  assert.equal(rank('chỉ thi', { a: 'chỉ thiện' }).ranked[0].key.coverage, 2, '"thi" may still be "thiện" being typed');
});

test('an abbreviation fills the place of its expansion, both ways, as a phrase', () => {
  const table = new AbbreviationIndex([{ abbr: 'BHYT', expansions: ['bảo hiểm y tế'], from: ['reviewed'] }]);
  const short = rank('BHYT toàn dân', { a: 'bảo hiểm y tế toàn dân', b: 'toàn dân tham gia' }, 'vi', table);
  assert.equal(short.ids[0], 'a');
  assert.equal(short.ranked[0].key.phrase, true);
  const long = rank('bảo hiểm y tế toàn dân', { a: 'xã đạt chuẩn BHYT toàn dân' }, 'vi', table);
  assert.equal(long.ranked[0].key.phrase, true);
  assert.equal(long.ranked[0].key.window, 3);
});

test('an abbreviation stands as close as its expansion: fewer words between wins', () => {
  const table = new AbbreviationIndex([{ abbr: 'BHYT', expansions: ['bảo hiểm y tế'], from: ['reviewed'] }]);
  const { ids } = rank('xử lý trục lợi bảo hiểm y tế', {
    plan: 'xử lý nghiêm các hành vi vi phạm, lạm dụng, trục lợi BHYT',
    directive: 'xử lý nghiêm các hành vi vi phạm, trục lợi bảo hiểm y tế',
  }, 'vi', table);
  assert.equal(ids[0], 'directive');
});

test("a document's bound is never below its best clause", () => {
  const texts = ['bảo hiểm y tế toàn dân', 'y tế cơ sở', 'toàn dân tham gia bảo hiểm', 'bảo đảm an sinh', 'dân y'];
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let n = 0; n < 200; n++) {
    const clauses = Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => [`c${i}`, texts[Math.floor(random() * texts.length)]]));
    const query = ['bảo hiểm', 'y tế toàn dân', 'dân tham gia', 'bao dam y'][n % 4];
    const { ranked, bound } = rank(query, clauses);
    if (ranked[0]) assert.ok(compareCore(bound, ranked[0].key) <= 0, `${query} in ${JSON.stringify(clauses)}`);
  }
});

test('documents go by their best clause: the second of Pagefind can come first', () => {
  const plan = planQuery('a b', 'en');
  const first: Candidate = { id: 'high', score: 10, bound: matchKey(plan, [], 0, true), key: { phrase: false, coverage: 2, window: 9, exactness: 6, kind: DOCUMENT, length: 40 } };
  const second: Candidate = { id: 'low', score: 1, bound: first.bound, key: { phrase: true, coverage: 2, window: 2, exactness: 6, kind: DOCUMENT, length: 80 } };
  assert.deepEqual([first, second].sort(compareCandidates).map((c) => c.id), ['low', 'high']);
  assert.ok(compareKeys(first.key!, { ...first.key!, length: 20 }) > 0, 'shorter first when all else is equal');
  assert.ok(compareKeys(first.key!, { ...first.key!, kind: RECORD, length: 3 }) < 0, "a document's clause before an agency's short record");
  assert.ok(compareKeys({ ...first.key!, kind: RECORD_NAMED, length: 3 }, first.key!) < 0, 'but an agency named as typed first');
});

test('fragments are fetched best bound first, then only while an unfetched one could still rank higher', () => {
  const key = (coverage: number, window: number) => ({ phrase: false, coverage, window, exactness: coverage * 3, kind: DOCUMENT, length: 0 });
  const candidates: Candidate[] = [
    { id: 'a', score: 1, bound: key(3, 3) },
    { id: 'b', score: 1, bound: key(3, 5) },
    { id: 'c', score: 9, bound: key(2, 2) },
    { id: 'd', score: 1, bound: key(3, 4) },
  ];
  assert.deepEqual(fetchNext(candidates, 2, 4).map((c) => c.id), ['a', 'd']);
  candidates[0].key = { ...key(3, 3), length: 10 };
  // d's words stand apart once its clauses are known: b's bound could still beat it.
  candidates[3].key = { ...key(2, 6), length: 10 };
  assert.deepEqual(fetchNext(candidates, 2, 4).map((c) => c.id), ['b']);
  candidates[1].key = { ...key(3, 5), length: 10 };
  assert.deepEqual(fetchNext(candidates, 2, 4).map((c) => c.id), [], 'c cannot beat b');
  assert.deepEqual(fetchNext(candidates, 2, 3), [], 'never beyond the limit');
  const tie: Candidate[] = [
    { id: 'law', score: 9, bound: key(1, 1), large: true },
    { id: 'notice', score: 1, bound: key(1, 1) },
  ];
  assert.deepEqual(fetchNext(tie, 1, 1).map((c) => c.id), ['notice'], 'among equal bounds, a small fragment first');
});

test('a document is listed when it holds at least half the words', () => {
  const plan = planQuery('khám sức khỏe định kỳ', 'vi');
  assert.equal(plan.slots.length, 5);
  assert.equal(isResult(plan, { ...NO_MATCH, coverage: 3, window: 9, exactness: 9 }), true);
  assert.equal(isResult(plan, { ...NO_MATCH, coverage: 2, window: 2, exactness: 6 }), false);
});

test('the excerpt is text around the closest matches, the matches marked, the heading left out', () => {
  const { words, ranked } = rank('gác cửa', { x: `${'lời mở đầu '.repeat(20)}Trạm y tế xã là người “gác cửa” của hệ thống y tế. ${'kết thúc '.repeat(20)}` });
  const runs = excerptRuns(words, ranked[0].region, ranked[0].occurrences, 12);
  const text = runs.map((r) => r.text).join('');
  assert.ok(text.startsWith('… ') && text.endsWith(' …'));
  assert.ok(!text.includes('mục x'));
  assert.deepEqual(runs.filter((r) => r.mark).map((r) => r.text), ['“gác cửa”']);
});
