/**
 * Bundles Pagefind's smallest fragments into shared files, in the format Pagefind 1.6 itself writes when a
 * language passes its `maxFragments` option: a page-table entry names a group (`<lang>_group_<hash>`), and the
 * group file maps each page's hash to its fragment; pagefind.js fetches the group once and caches it.
 *
 * Why not `maxFragments`: Pagefind cuts every page into groups of the same count, so a long law's 100 KB
 * fragment would travel with its neighbours to every query that wants one of them. Here only fragments of
 * at most SMALL_FRAGMENT_BYTES are grouped (an agency's record, a document the site holds no text of, the
 * English record of a Vietnamese-only law: about 250 bytes each), in groups of at most GROUP_BYTES, so a query
 * that needs one pays a few kilobytes at most, and a document's text keeps its own file. On the 206 laws
 * these records were about 800 of 1,050 fragment files.
 *
 * File formats as in pagefind-chunks.ts: gzip of "pagefind_dcd" and then CBOR (pf_meta) or JSON (fragments).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FragmentSlice, SliceTable } from './slices.ts';
import { splitWords } from './words.ts';
import { assertPagefindVersion, decodeMeta, encodeHead, encodeMeta, encodeText, expectArray, readPagefindFile, readText, skipItem, uniqueHash, writePagefindFile } from './pagefind-chunks.ts';

/** A fragment (gzipped, as served) of at most this many bytes may share a file. */
export const SMALL_FRAGMENT_BYTES = 1024;
/** A group file holds small fragments up to about this many bytes, as served. */
export const GROUP_BYTES = 4096;

export interface PageEntry {
  hash: string;
  /** The entry's fields between the hash and the group (the word count), byte for byte. */
  middle: Buffer;
  /** "" for a page whose fragment has a file of its own. */
  group: string;
}

/** The page table of a pf_meta: [[hash, word count, group], …]. */
export function decodePages(pages: Buffer): PageEntry[] {
  const list = expectArray(pages, 0, 'the page table');
  const entries: PageEntry[] = [];
  let p = list.next;
  for (let i = 0; i < list.value; i++) {
    const entry = expectArray(pages, p, 'a page entry');
    if (entry.value !== 3) throw new Error(`Pagefind index: a page entry has ${entry.value} fields, expected 3 (hash, word count, group)`);
    const hash = readText(pages, entry.next);
    const middleEnd = skipItem(pages, hash.next);
    const group = readText(pages, middleEnd);
    entries.push({ hash: hash.text, middle: pages.subarray(hash.next, middleEnd), group: group.text });
    p = group.next;
  }
  if (p !== pages.length) throw new Error('Pagefind index: unexpected bytes after the page table');
  return entries;
}

export function encodePages(entries: readonly PageEntry[]): Buffer {
  return Buffer.concat([encodeHead(4, entries.length), ...entries.flatMap((e) => [encodeHead(4, 3), encodeText(e.hash), e.middle, encodeText(e.group)])]);
}

/** Packs the sizes, in order, into runs of at most `budget` bytes; a run of one is left alone. */
export function packGroups<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length && bytes + item.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length) groups.push(current);
  return groups.filter((g) => g.length > 1);
}

export interface GroupFigures {
  language: string;
  fragmentsBefore: number;
  fragmentsAfter: number;
}

/** Groups the small fragments of every language of the bundle in `dir`, and removes the files they replace. */
export function groupSmallFragments(dir: string, smallBytes = SMALL_FRAGMENT_BYTES, groupBytes = GROUP_BYTES): GroupFigures[] {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  assertPagefindVersion(entry.version);
  const fragmentDir = path.join(dir, 'fragment');
  const figures: GroupFigures[] = [];
  const obsolete: string[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = decodeMeta(readPagefindFile(fs.readFileSync(metaFile)));
    const pages = decodePages(meta.pages);
    const fileOf = (hash: string) => path.join(fragmentDir, `${hash}.pf_fragment`);
    const small = pages
      .filter((p) => p.group === '')
      .map((page) => ({ page, bytes: fs.statSync(fileOf(page.hash)).size }))
      .filter((p) => p.bytes <= smallBytes);
    const groups = packGroups(small, groupBytes);
    const taken = new Set<string>();
    for (const members of groups) {
      const json = `{${members.map(({ page }) => `${JSON.stringify(page.hash)}:${readPagefindFile(fs.readFileSync(fileOf(page.hash))).toString('utf8')}`).join(',')}}`;
      const body = Buffer.from(json, 'utf8');
      const group = uniqueHash(`${language}_group`, body, taken);
      fs.writeFileSync(fileOf(group), writePagefindFile(body));
      for (const { page } of members) {
        page.group = group;
        obsolete.push(fileOf(page.hash));
      }
    }
    const metaCbor = encodeMeta({ ...meta, pages: encodePages(pages) });
    const metaHash = uniqueHash(language, metaCbor, new Set(), 10);
    fs.writeFileSync(path.join(dir, `pagefind.${metaHash}.pf_meta`), writePagefindFile(metaCbor));
    if (metaHash !== info.hash) obsolete.push(metaFile);
    info.hash = metaHash;
    const grouped = groups.reduce((n, g) => n + g.length, 0);
    const own = pages.filter((p) => p.group === '').length;
    figures.push({ language, fragmentsBefore: own + grouped, fragmentsAfter: own + groups.length });
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of obsolete) fs.rmSync(file, { force: true });
  return figures;
}

/** A fragment (gzipped, as served) larger than this is cut into slices: a long law's was up to 120 KB. */
export const LARGE_FRAGMENT_BYTES = 12 * 1024;
/** A slice holds the text of whole clauses up to about this many bytes (about 7 KB as served). */
export const SLICE_BYTES = 24 * 1024;



/**
 * The word offsets where slices start: at clause headings only, each slice as many whole clauses as fit in
 * `budget` bytes (at least one).
 */
export function sliceBounds(words: readonly string[], headings: readonly number[], budget: number): number[] {
  const offset = [0];
  for (const w of words) offset.push(offset[offset.length - 1] + Buffer.byteLength(w) + 1);
  const starts = [0];
  let last = 0;
  for (const at of [...new Set(headings)].filter((h) => h > 0 && h < words.length).sort((a, b) => a - b)) {
    const start = starts[starts.length - 1];
    if (offset[at] - offset[start] > budget && last > start) starts.push(last);
    last = at;
  }
  if (offset[words.length] - offset[starts[starts.length - 1]] > budget && last > starts[starts.length - 1]) starts.push(last);
  return starts;
}

/**
 * Cuts every fragment of the bundle in `dir` larger than `largeBytes` into slices of whole clauses: the
 * fragment keeps its page data (URL, title, filters) and a table of its slices (`slices`), and each slice is
 * a JSON file under slice/ that the search page fetches only when a result lands in it (src/client/search/
 * results.ts). A query fetching the fragments of five long laws had cost up to 260 KB; a sliced law costs its
 * table and the one slice its best match is in. `base` is the bundle's URL path ("/pagefind/older-2/").
 * pagefind.js reads the emptied fragment as a page with no text, which the site's own ranking never asks of it.
 */
export function sliceLargeFragments(dir: string, base: string, largeBytes = LARGE_FRAGMENT_BYTES, sliceBytes = SLICE_BYTES): { sliced: number; slices: number } {
  const fragmentDir = path.join(dir, 'fragment');
  const sliceDir = path.join(dir, 'slice');
  const figures = { sliced: 0, slices: 0 };
  if (!fs.existsSync(fragmentDir)) return figures;
  for (const name of fs.readdirSync(fragmentDir)) {
    const file = path.join(fragmentDir, name);
    if (!name.endsWith('.pf_fragment') || name.includes('_group_') || fs.statSync(file).size <= largeBytes) continue;
    const fragment = JSON.parse(readPagefindFile(fs.readFileSync(file)).toString('utf8')) as { content: string; anchors: FragmentSlice['anchors']; slices?: SliceTable };
    // Split as pagefind.js splits it, so slice offsets are the word positions the index reports.
    const words = splitWords(fragment.content);
    const starts = sliceBounds(words, fragment.anchors.map((a) => a.location), sliceBytes);
    if (starts.length < 2) continue;
    fs.mkdirSync(sliceDir, { recursive: true });
    const table: SliceTable = starts.map((from, i) => {
      const to = starts[i + 1] ?? words.length;
      const slice: FragmentSlice = { from, to, content: words.slice(from, to).join(' '), anchors: fragment.anchors.filter((a) => a.location >= from && a.location < to) };
      const body = Buffer.from(JSON.stringify(slice), 'utf8');
      const hash = uniqueHash(name.slice(0, 2), body, new Set());
      fs.writeFileSync(path.join(sliceDir, `${hash}.json`), body);
      return [from, to, `${base}slice/${hash}.json`];
    });
    fs.writeFileSync(file, writePagefindFile(Buffer.from(JSON.stringify({ ...fragment, content: '', anchors: [], slices: table }), 'utf8')));
    figures.sliced++;
    figures.slices += table.length;
  }
  return figures;
}
