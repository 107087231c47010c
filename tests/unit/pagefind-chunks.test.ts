import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { decodePages, groupSmallFragments, packGroups } from '../../src/lib/search/pagefind-fragments.ts';
import {
  assertPagefindVersion,
  chunkBounds,
  chunkBytesFor,
  olderPeriodChunkBytes,
  MIN_CHUNK_BYTES,
  OLDER_PERIOD_MIN_CHUNK_BYTES,
  compareWords,
  cutChunks,
  decodeChunk,
  decodeMeta,
  encodeChunk,
  encodeHead,
  encodeMeta,
  readPagefindFile,
  rechunkBundle,
  skipItem,
  writePagefindFile,
  type PackedWord,
} from '../../src/lib/search/pagefind-chunks.ts';

const word = (w: string, bytes = 10): PackedWord => {
  const text = Buffer.from(w, 'utf8');
  // [word, [[0, [1, 2]]], []] padded with positions to about `bytes`.
  const locs = Array.from({ length: Math.max(1, bytes - text.length - 6) }, (_, i) => i % 20);
  return { word: w, raw: Buffer.concat([encodeHead(4, 3), encodeHead(3, text.length), text, encodeHead(4, 1), encodeHead(4, 2), encodeHead(0, 0), encodeHead(4, locs.length), ...locs.map((l) => encodeHead(0, l)), encodeHead(4, 0)]) };
};

test('CBOR heads of every length round-trip, and items are skipped whole', () => {
  for (const n of [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1]) {
    const head = encodeHead(0, n);
    assert.equal(skipItem(head, 0), head.length, `uint ${n}`);
  }
  const chunk = encodeChunk([word('a'), word('bảo', 300)]);
  assert.equal(skipItem(chunk, 0), chunk.length);
  assert.deepEqual(decodeChunk(chunk).map((w) => w.word), ['a', 'bảo']);
  assert.deepEqual(readPagefindFile(writePagefindFile(chunk)), chunk);
  assert.throws(() => readPagefindFile(writePagefindFile(chunk).subarray(0, 10)));
});

test('words are cut into chunks by size in order, a large word alone, none split', () => {
  const words = ['a', 'b', 'big', 'c', 'd'].map((w) => word(w, w === 'big' ? 100 : 20));
  const chunks = cutChunks(words, 45);
  assert.deepEqual(chunks.map((c) => c.map((w) => w.word)), [['a', 'b'], ['big'], ['c', 'd']]);
  assert.deepEqual(chunks.flat(), words);
});

test('chunk bounds: from is the shortest prefix after the chunk before, to the last word in full', () => {
  const chunks = [['bao', 'baoc'], ['baod', 'cua'], ['cuc', 'y']].map((c) => c.map((w) => word(w)));
  assert.deepEqual(chunkBounds(chunks), [
    { from: 'bao', to: 'baoc' },
    { from: 'baod', to: 'cua' },
    { from: 'cuc', to: 'y' },
  ]);
  const wide = [['alpha', 'beta'], ['gamma', 'zeta']].map((c) => c.map((w) => word(w)));
  assert.deepEqual(chunkBounds(wide), [
    { from: 'alpha', to: 'beta' },
    { from: 'g', to: 'zeta' },
  ]);
  // By characters, not bytes: "đ" and "đa" share the two-byte "đ".
  assert.deepEqual(chunkBounds([[word('đ')], [word('đa')]]), [
    { from: 'đ', to: 'đ' },
    { from: 'đa', to: 'đa' },
  ]);
  assert.ok(compareWords('z', 'đ') < 0, 'UTF-8 byte order puts ASCII before đ');
});

test('the chunk size grows with the index, within bounds', () => {
  assert.equal(chunkBytesFor(1000), MIN_CHUNK_BYTES);
  assert.ok(chunkBytesFor(20_000_000) > MIN_CHUNK_BYTES && chunkBytesFor(20_000_000) < chunkBytesFor(500_000_000));
  assert.equal(chunkBytesFor(1e12), 32_768);
});

test('an unknown Pagefind version is refused with what to do', () => {
  assert.doesNotThrow(() => assertPagefindVersion('1.6.0'));
  assert.throws(() => assertPagefindVersion('2.0.0'), /Pagefind 2\.0\.0 wrote this index.*Fix: pin pagefind/);
});

test('a real Pagefind bundle re-cut: every word kept byte for byte, each found in the chunk its bounds name', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-chunks-'));
  try {
    const { index } = await pagefind.createIndex({});
    const syllables = ['bảo', 'hiểm', 'y', 'tế', 'của', 'các', 'cơ', 'quan', 'trách', 'nhiệm', 'đảng', 'uỷ', 'dân', 'số', 'xã', 'hội'];
    for (let p = 0; p < 60; p++) {
      const content = Array.from({ length: 400 }, (_, i) => `${syllables[(i * 7 + p) % syllables.length]}${i % 13 === 0 ? p : ''}`).join(' ');
      await index!.addCustomRecord({ url: `/vi/p${p}/`, content, language: 'vi', meta: { title: `p${p}` } });
    }
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();

    const entryOf = () => JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    const wordsOf = () => {
      const meta = decodeMeta(readPagefindFile(fs.readFileSync(path.join(dir, `pagefind.${entryOf().languages.vi.hash}.pf_meta`))));
      const chunks = meta.chunks.map((c) => ({ ...c, words: decodeChunk(readPagefindFile(fs.readFileSync(path.join(dir, 'index', `${c.hash}.pf_index`)))) }));
      return { meta, chunks, words: chunks.flatMap((c) => c.words) };
    };
    const before = wordsOf();
    const figures = rechunkBundle(dir, () => 600);
    const after = wordsOf();

    assert.ok(after.chunks.length > before.chunks.length, `more chunks: ${before.chunks.length} → ${after.chunks.length}`);
    assert.deepEqual(figures, [{ language: 'vi', chunksBefore: before.chunks.length, chunksAfter: after.chunks.length, chunkBytes: 600 }]);
    assert.deepEqual(after.words.map((w) => [w.word, w.raw.toString('hex')]), before.words.map((w) => [w.word, w.raw.toString('hex')]));
    assert.deepEqual(after.meta.pages, before.meta.pages);
    assert.deepEqual(after.meta.rest, before.meta.rest);
    assert.deepEqual(encodeMeta(after.meta), readPagefindFile(fs.readFileSync(path.join(dir, `pagefind.${entryOf().languages.vi.hash}.pf_meta`))));
    // How Pagefind's wasm finds a word's chunk: the first whose bounds hold it, by byte order. (With
    // Pagefind's own cut of `to`, "bao46" of this index fell past its chunk.)
    for (const w of after.words) {
      const found = after.chunks.find((c) => compareWords(w.word, c.from) >= 0 && compareWords(w.word, c.to) <= 0);
      assert.ok(found?.words.includes(w), `"${w.word}" is looked up in the chunk that holds it: ${JSON.stringify(after.chunks.map((c) => [c.from, c.to, c.words.map((x) => x.word).join(",")]))}`);
    }
    // Nothing left behind: one page table, and only the chunks it names.
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.pf_meta')).length, 1);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'index')).sort(), after.chunks.map((c) => `${c.hash}.pf_index`).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an older period is cut in chunks of at least OLDER_PERIOD_MIN_CHUNK_BYTES (fewer files), never larger than its words', () => {
  const words = 20_000_000;
  assert.ok(chunkBytesFor(words) < OLDER_PERIOD_MIN_CHUNK_BYTES, 'the newest period is cut finer');
  assert.equal(olderPeriodChunkBytes(words), OLDER_PERIOD_MIN_CHUNK_BYTES);
  assert.ok(words / olderPeriodChunkBytes(words) < words / chunkBytesFor(words) / 2, 'less than half the files');
  assert.ok(olderPeriodChunkBytes(3000) >= 3000, 'a tiny period is one chunk');
  assert.equal(olderPeriodChunkBytes(20_000), 20_000);
  assert.equal(olderPeriodChunkBytes(1e12), OLDER_PERIOD_MIN_CHUNK_BYTES);
});

test('small fragments share group files in the format pagefind.js reads; a large one keeps its own file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-groups-'));
  try {
    const { index } = await pagefind.createIndex({});
    const big = Array.from({ length: 3000 }, (_, i) => `từ${i}`).join(' ');
    await index!.addCustomRecord({ url: '/vi/big/', content: big, language: 'vi', meta: { title: 'big' } });
    for (let p = 0; p < 30; p++) await index!.addCustomRecord({ url: `/vi/r${p}/`, content: `Cơ quan số ${p}`, language: 'vi', meta: { title: `r${p}` } });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const metaOf = () => decodeMeta(readPagefindFile(fs.readFileSync(path.join(dir, `pagefind.${JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')).languages.vi.hash}.pf_meta`))));
    const fragmentOf = (hash: string) => JSON.parse(readPagefindFile(fs.readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`))).toString('utf8'));
    const before = decodePages(metaOf().pages);
    const originals = new Map(before.map((p) => [p.hash, fragmentOf(p.hash)]));
    assert.equal(before.length, 31);
    assert.ok(before.every((p) => p.group === ''));

    const figures = groupSmallFragments(dir, 1024, 1000);
    const after = decodePages(metaOf().pages);
    const bigPage = after.find((p) => originals.get(p.hash).url === '/vi/big/')!;
    assert.equal(bigPage.group, '', 'the large fragment keeps its own file');
    assert.deepEqual(fragmentOf(bigPage.hash), originals.get(bigPage.hash));
    const groups = new Set(after.filter((p) => p.group).map((p) => p.group));
    assert.ok(groups.size >= 2, `the small ones in several groups of at most 1,000 bytes: ${groups.size}`);
    for (const p of after.filter((x) => x.group)) {
      assert.match(p.group, /^vi_group_[0-9a-f]{7,}$/);
      assert.deepEqual(fragmentOf(p.group)[p.hash], originals.get(p.hash), 'the group maps the page hash to its fragment, unchanged');
      assert.ok(!fs.existsSync(path.join(dir, 'fragment', `${p.hash}.pf_fragment`)), 'its own file is gone');
    }
    // The rest of the page table is Pagefind's, byte for byte (word counts), and pages keep their order.
    assert.deepEqual(after.map((p) => [p.hash, p.middle.toString('hex')]), before.map((p) => [p.hash, p.middle.toString('hex')]));
    assert.deepEqual(figures, [{ language: 'vi', fragmentsBefore: 31, fragmentsAfter: 1 + groups.size }]);
    assert.equal(fs.readdirSync(path.join(dir, 'fragment')).length, 1 + groups.size);
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.pf_meta')).length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('groups are packed in order up to the budget, and a lone small fragment keeps its own file', () => {
  const sizes = [300, 300, 300, 300, 600, 200].map((bytes, i) => ({ i, bytes }));
  assert.deepEqual(packGroups(sizes, 1000).map((g) => g.map((x) => x.i)), [[0, 1, 2], [3, 4]]);
  assert.deepEqual(packGroups([{ bytes: 10 }], 1000), []);
});
