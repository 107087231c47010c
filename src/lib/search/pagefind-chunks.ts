/**
 * Re-cuts the word index of a Pagefind bundle into smaller chunks, after Pagefind has written it.
 *
 * Why: a query downloads, for each of its words, the whole chunk file that holds the word. Pagefind 1.6 cuts
 * its word index into chunks of at least 20,000 word positions (`chunk_index(word_map, 20000)` in
 * pagefind/src/index/mod.rs; there is no option), 25–35 KB compressed each, so a query of k words costs
 * k × 30 KB before any result is shown, however small the index (BENCHMARKS.md). Cut into chunks of a few
 * kilobytes, a word costs about its own posting list. The page table (`pf_meta`) names every chunk, so
 * smaller chunks make it larger: the chunk size is chosen per bundle (see `chunkBytesFor`).
 *
 * What is touched, and why it is safe: only the chunk files and the chunk list in `pf_meta`. Each word's
 * CBOR is copied byte for byte; words keep Pagefind's order (sorted by UTF-8 bytes, which is how its wasm
 * compares them), and chunk bounds are the shortest distinguishing prefixes, as Pagefind computes them. The
 * format is Pagefind's internal one: `assertPagefindVersion` refuses any version this was not written and
 * tested against, so an upgrade fails the build instead of shipping a broken search.
 *
 * File format (pagefind/src/output/mod.rs): gzip of the bytes "pagefind_dcd" followed by CBOR. `pf_meta` is
 * [version, pages, chunks: [[from, to, hash]…], …] (1.6 has six fields; only the first three are read); a
 * chunk is [[[word, pages, …]…]], each word's page list delta-coded within the word.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';

/** The Pagefind versions whose index format this was written against. */
export const SUPPORTED_PAGEFIND_VERSIONS = ['1.6.0'];
const SIGNATURE = Buffer.from('pagefind_dcd');

export function readPagefindFile(file: Buffer): Buffer {
  const data = gunzipSync(file);
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind index file (no pagefind_dcd signature)');
  return data.subarray(SIGNATURE.length);
}

export function writePagefindFile(cbor: Buffer): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: constants.Z_BEST_COMPRESSION });
}

// ---- the little CBOR this needs: definite arrays, text strings, integers (RFC 8949) ----

interface Head {
  major: number;
  value: number;
  /** Offset just past the head. */
  next: number;
}

function readHead(b: Buffer, o: number): Head {
  const first = b[o];
  if (first === undefined) throw new Error(`CBOR: unexpected end at ${o}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: o + 1 };
  if (info === 24) return { major, value: b[o + 1], next: o + 2 };
  if (info === 25) return { major, value: b.readUInt16BE(o + 1), next: o + 3 };
  if (info === 26) return { major, value: b.readUInt32BE(o + 1), next: o + 5 };
  if (info === 27) return { major, value: Number(b.readBigUInt64BE(o + 1)), next: o + 9 };
  throw new Error(`CBOR: indefinite or reserved length at ${o}, which Pagefind does not write`);
}

/** Offset just past the item starting at `o`. */
export function skipItem(b: Buffer, o: number): number {
  const h = readHead(b, o);
  switch (h.major) {
    case 0:
    case 1:
    case 7:
      return h.next;
    case 2:
    case 3:
      return h.next + h.value;
    case 4: {
      let p = h.next;
      for (let i = 0; i < h.value; i++) p = skipItem(b, p);
      return p;
    }
    case 5: {
      let p = h.next;
      for (let i = 0; i < 2 * h.value; i++) p = skipItem(b, p);
      return p;
    }
    case 6:
      return skipItem(b, h.next);
    default:
      throw new Error(`CBOR: unknown major type ${h.major} at ${o}`);
  }
}

export function expectArray(b: Buffer, o: number, what: string): Head {
  const h = readHead(b, o);
  if (h.major !== 4) throw new Error(`Pagefind index: ${what} is not an array`);
  return h;
}

export function readText(b: Buffer, o: number): { text: string; next: number } {
  const h = readHead(b, o);
  if (h.major !== 3) throw new Error(`Pagefind index: expected a text string at ${o}`);
  return { text: b.toString('utf8', h.next, h.next + h.value), next: h.next + h.value };
}

export function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(value, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(value, 1);
  return b;
}

export const encodeText = (s: string) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeHead(3, bytes.length), bytes]);
};

// ---- Pagefind's structures ----

export interface ChunkRef {
  from: string;
  to: string;
  hash: string;
}

export interface PagefindMeta {
  /** How many fields the top-level array has (kept as written). */
  fields: number;
  version: string;
  /** The page table, as Pagefind wrote it. */
  pages: Buffer;
  chunks: ChunkRef[];
  /** The fields after the chunk list (filters, sorts, …), as Pagefind wrote them. */
  rest: Buffer;
}

export function decodeMeta(cbor: Buffer): PagefindMeta {
  const top = expectArray(cbor, 0, 'pf_meta');
  if (top.value < 3) throw new Error(`Pagefind index: pf_meta has ${top.value} fields, expected at least 3`);
  const version = readText(cbor, top.next);
  const pagesEnd = skipItem(cbor, version.next);
  const list = expectArray(cbor, pagesEnd, 'the chunk list');
  const chunks: ChunkRef[] = [];
  let p = list.next;
  for (let i = 0; i < list.value; i++) {
    const entry = expectArray(cbor, p, 'a chunk entry');
    const from = readText(cbor, entry.next);
    const to = readText(cbor, from.next);
    const hash = readText(cbor, to.next);
    chunks.push({ from: from.text, to: to.text, hash: hash.text });
    p = hash.next;
  }
  return { fields: top.value, version: version.text, pages: cbor.subarray(version.next, pagesEnd), chunks, rest: cbor.subarray(p) };
}

export function encodeMeta(meta: PagefindMeta): Buffer {
  return Buffer.concat([
    encodeHead(4, meta.fields),
    encodeText(meta.version),
    meta.pages,
    encodeHead(4, meta.chunks.length),
    ...meta.chunks.flatMap((c) => [encodeHead(4, 3), encodeText(c.from), encodeText(c.to), encodeText(c.hash)]),
    meta.rest,
  ]);
}

export interface PackedWord {
  word: string;
  /** The word's whole CBOR item ([word, pages]), byte for byte. */
  raw: Buffer;
}

export function decodeChunk(cbor: Buffer): PackedWord[] {
  const top = expectArray(cbor, 0, 'a chunk');
  if (top.value !== 1) throw new Error('Pagefind index: a chunk must hold one field');
  const list = expectArray(cbor, top.next, "a chunk's words");
  const words: PackedWord[] = [];
  let p = list.next;
  for (let i = 0; i < list.value; i++) {
    const item = expectArray(cbor, p, 'a word');
    const word = readText(cbor, item.next);
    const end = skipItem(cbor, p);
    words.push({ word: word.text, raw: cbor.subarray(p, end) });
    p = end;
  }
  return words;
}

export function encodeChunk(words: readonly PackedWord[]): Buffer {
  return Buffer.concat([encodeHead(4, 1), encodeHead(4, words.length), ...words.map((w) => w.raw)]);
}

/** Pagefind's word order: by UTF-8 bytes (Rust's `String` ordering, which its wasm uses to find a chunk). */
export const compareWords = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Cuts words, in order, into chunks of about `maxBytes` of CBOR; a word larger than that is a chunk of its
 * own (a word is never split: Pagefind reads a word from one chunk).
 */
export function cutChunks(words: readonly PackedWord[], maxBytes: number): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let current: PackedWord[] = [];
  let size = 0;
  for (const w of words) {
    if (current.length && size + w.raw.length > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(w);
    size += w.raw.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * The bounds a chunk is named by in `pf_meta`. Pagefind's wasm loads, for a query word, the first chunk with
 * from <= word <= to (by bytes), and only when none holds it, the first whose bounds hold it when both are
 * cut to the word's length. `from` is the shortest prefix of the chunk's first word that still sorts after
 * the chunk before (as Pagefind's `get_prefixes` makes it, by characters), so a query that is the prefix of
 * words finds the chunk they start in. `to` is the last word in full: Pagefind cuts it short too, which is
 * harmless with its few large chunks but, with many small ones, would send a word past its chunk's cut
 * `to` ("bao46" > "b") to the fallback, and that takes the first chunk starting "bao", not the one holding
 * "bao46" (the unit test shows it).
 */
export function chunkBounds(chunks: readonly (readonly PackedWord[])[]): { from: string; to: string }[] {
  const bounds = chunks.map((c) => ({ from: c[0].word, to: c[c.length - 1].word }));
  for (let i = 1; i < bounds.length; i++) {
    const a = Array.from(bounds[i - 1].to);
    const b = Array.from(bounds[i].from);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    bounds[i].from = b.slice(0, common + 1).join('');
  }
  return bounds;
}

export function assertPagefindVersion(version: string): void {
  if (!SUPPORTED_PAGEFIND_VERSIONS.includes(version)) {
    throw new Error(
      `Pagefind ${version} wrote this index, but src/lib/pagefind-chunks.ts re-cuts the format of Pagefind ${SUPPORTED_PAGEFIND_VERSIONS.join(', ')}. ` +
        'Fix: pin pagefind to a supported version in package.json, or check the new format (pf_meta and pf_index in Pagefind\'s source) and add the version.',
    );
  }
}

/**
 * The chunk size for a language's index: the size that makes a cold query of a few words cheapest. A query
 * of k words costs the chunk list (about `ENTRY_BYTES` per chunk) plus k chunks; with c chunks over W bytes
 * of words, c·e + k·W/c is least at c = √(k·W/e). Bounded, so a tiny index is not cut into crumbs and a
 * huge one does not keep Pagefind's coarse chunks.
 */
/** The newest period's smallest chunk: below it, files multiply (979 at 1,000 documents with 1 KB, 519 with 4 KB) while a cold query saves nothing measurable. */
export const MIN_CHUNK_BYTES = 4_096;
export function chunkBytesFor(totalWordBytes: number, queryWords = 4): number {
  const ENTRY_BYTES = 14;
  const chunks = Math.sqrt((queryWords * totalWordBytes) / ENTRY_BYTES);
  return Math.round(Math.min(32_768, Math.max(MIN_CHUNK_BYTES, totalWordBytes / Math.max(chunks, 1))));
}

/**
 * The chunk size for an older period's index. An older period is fetched only when the newest holds no
 * document with the query's words together, so its chunk count matters less to a query than to the host:
 * every chunk is a file, and at 10,000 documents the older periods' fine chunks were about 30,000 files of
 * a static host's 100,000. At least 48 KB a chunk (about 16 KB as served, gzipped; Pagefind's own chunks are
 * about 30 KB) cuts a 400-document period from about 900 chunks to about 75 (24 KB had left 842 chunk files
 * in the older periods of 1,000 documents).
 */
export const OLDER_PERIOD_MIN_CHUNK_BYTES = 48 * 1024;
export function olderPeriodChunkBytes(totalWordBytes: number): number {
  return Math.max(chunkBytesFor(totalWordBytes), Math.min(OLDER_PERIOD_MIN_CHUNK_BYTES, totalWordBytes));
}

export interface RechunkFigures {
  language: string;
  chunksBefore: number;
  chunksAfter: number;
  chunkBytes: number;
}

/**
 * Re-cuts every language of the bundle in `dir` (one Pagefind output folder: pagefind-entry.json, pf_meta,
 * index/). Writes the new chunk files and page tables, points pagefind-entry.json at them, and removes the
 * files they replace.
 */
export function rechunkBundle(dir: string, chunkBytes: (totalWordBytes: number) => number = chunkBytesFor): RechunkFigures[] {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  assertPagefindVersion(entry.version);
  const figures: RechunkFigures[] = [];
  const obsolete = new Set<string>();
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = decodeMeta(readPagefindFile(fs.readFileSync(metaFile)));
    const words: PackedWord[] = [];
    for (const chunk of meta.chunks) {
      const file = path.join(dir, 'index', `${chunk.hash}.pf_index`);
      words.push(...decodeChunk(readPagefindFile(fs.readFileSync(file))));
      obsolete.add(file);
    }
    for (let i = 1; i < words.length; i++) {
      if (compareWords(words[i - 1].word, words[i].word) >= 0) throw new Error(`Pagefind index (${language}): words out of order at "${words[i].word}"`);
    }
    const total = words.reduce((n, w) => n + w.raw.length, 0);
    const size = chunkBytes(total);
    const cut = cutChunks(words, size);
    const bounds = chunkBounds(cut);
    const taken = new Set<string>();
    const chunks: ChunkRef[] = cut.map((chunkWords, i) => {
      const cbor = encodeChunk(chunkWords);
      const hash = uniqueHash(language, cbor, taken);
      const file = path.join(dir, 'index', `${hash}.pf_index`);
      obsolete.delete(file);
      fs.writeFileSync(file, writePagefindFile(cbor));
      return { ...bounds[i], hash };
    });
    const metaCbor = encodeMeta({ ...meta, chunks });
    const metaHash = uniqueHash(language, metaCbor, new Set(), 10);
    fs.writeFileSync(path.join(dir, `pagefind.${metaHash}.pf_meta`), writePagefindFile(metaCbor));
    if (metaHash !== info.hash) obsolete.add(metaFile);
    info.hash = metaHash;
    figures.push({ language, chunksBefore: meta.chunks.length, chunksAfter: chunks.length, chunkBytes: size });
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of obsolete) fs.rmSync(file, { force: true });
  return figures;
}

/** Pagefind's naming: `{language}_{hex}`, the hex lengthened while it collides. */
export function uniqueHash(language: string, content: Buffer, taken: Set<string>, length = 7): string {
  const hex = createHash('sha256').update(content).digest('hex');
  let n = length;
  while (taken.has(`${language}_${hex.slice(0, n)}`)) n++;
  const hash = `${language}_${hex.slice(0, n)}`;
  taken.add(hash);
  return hash;
}
