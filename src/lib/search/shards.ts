/**
 * The search index in period shards, newest first. Pagefind loads a whole page table and, for each query
 * word, the whole posting list of that word; both grow with the number of documents, so at 10,000 documents
 * a single index makes a first query fetch megabytes (BENCHMARKS.md). Split by issue date instead, a query
 * first searches only the newest shard (the primary Pagefind bundle at /pagefind/) and merges older shards
 * into the same Pagefind instance (`mergeIndex`) only while it has too few results, or when the reader asks
 * for older documents or sets a filter. The build also indexes one shard at a time, which bounds Pagefind's
 * memory. A corpus of at most FIRST_SHARD_DOCUMENTS documents is one shard: the site searches as one index.
 */
import { type Lang } from '../i18n/languages.ts';
import { compareNewestFirst } from '../content/order.ts';
import { formatDate } from '../i18n/dates.ts';

/** Documents in the largest shard: it bounds Pagefind's memory while it builds one (about 1.2 GB at 1,000 documents, 0.6 GB at 500). */
export const SHARD_DOCUMENTS = 500;
/**
 * Documents in the newest shard, which every query searches first. A common word's posting list grows with
 * the documents of a shard: at 1,000 documents of law text "co" (có, cơ, cô …, which Pagefind folds to one
 * word) is 85 KB compressed, at 100 about a tenth of that, which is what keeps a cold query of common words
 * under 150 KB. Each older shard doubles, up to SHARD_DOCUMENTS, so a rare word that no recent document
 * holds is found in a number of steps that grows with the logarithm of the corpus, not with it.
 */
export const FIRST_SHARD_DOCUMENTS = 100;
/**
 * Clauses a document may hold and still count as one in a shard's capacity (the seed texts hold 19 to 85).
 * A shard's posting lists grow with its words, not with its documents: a longer text counts as that many
 * documents (a law of 800 clauses as 4), so on a corpus of laws the newest shard holds about 25 laws, not
 * a hundred (on the 206 laws a cold query of common words had fetched 406 KB). Not lower: a shard boundary
 * also decides what a query searches first, and this site's own 40 documents (13 of them laws) stay one
 * shard, searched as one index.
 */
export const CLAUSES_PER_DOCUMENT = 200;
/** A document's weight in a shard's capacity: at least 1, and more for a long text. */
export function documentWeight(clauses: number): number {
  return Math.max(1, clauses / CLAUSES_PER_DOCUMENT);
}
/** The shard list, next to the primary bundle. */
export const SHARD_MANIFEST = 'shards.json';
/** What the ranking knows of the primary bundle's pages before fetching any (one file per language beside it). */
export const primaryPagesFile = (lang: Lang) => `pages.${lang}.json`;
export interface PrimaryPages {
  /** Pages of the registry's records (agencies): they rank after documents' clauses that match as well. */
  records: string[];
  /**
   * Pages whose fragment is more than twice the median (long laws): among documents that tie on every rule
   * of the ranking, the others are fetched first, since a fragment is the bulk of a query's bytes.
   */
  large: string[];
}

export interface SearchShard {
  /** URL path of the Pagefind bundle, ending in "/". */
  path: string;
  documents: number;
  /** The documents' weights (documentWeight), which the shard's capacity bounds. */
  weight?: number;
  /** Issue dates (ISO) of the oldest and newest dated documents in the shard; null when none is dated. */
  from: string | null;
  to: string | null;
  /** The issue dates it covers, as a reader reads them ("25/08/2025 – 09/09/2025"); null when none is dated. */
  period?: Record<Lang, string> | null;
  /** Its oldest issue date, as a reader reads it; null when none is dated. */
  since?: Record<Lang, string> | null;
}

export function periodLabel(lang: Lang, from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  return from === to ? formatDate(lang, from) : `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
}

/** The bundle path of the i-th shard (0 is the newest and the primary bundle). */
export function shardPath(i: number): string {
  return i === 0 ? '/pagefind/' : `/pagefind/older-${i}/`;
}

/**
 * Gathers documents, given newest first, into shards: the newest of `first` documents, each older one twice
 * the one before, up to `size`, counting each document by its weight (documentWeight). Throws when they
 * are out of order: the shards would then not be periods.
 */
export class ShardPlanner {
  readonly shards: SearchShard[] = [];
  private previous: { id: string; date?: string | null } | undefined;
  private readonly size: number;
  private readonly first: number;
  constructor(size: number = SHARD_DOCUMENTS, first: number = FIRST_SHARD_DOCUMENTS) {
    for (const n of [size, first]) if (!Number.isInteger(n) || n < 1) throw new Error(`shard size must be a positive integer, not ${n}`);
    this.size = size;
    this.first = Math.min(first, size);
  }

  /** How many documents the i-th shard (0 is the newest) holds when full. */
  capacity(i: number): number {
    return Math.min(this.size, this.first * 2 ** i);
  }

  /** Places a document; returns its shard's number, and whether that shard is new. */
  place(doc: { id: string; date?: string | null }, weight = 1): { shard: number; opens: boolean } {
    if (this.previous && compareNewestFirst(this.previous, doc) > 0) {
      throw new Error(`search shards: document "${doc.id}" (${doc.date ?? 'no date'}) comes after "${this.previous.id}" (${this.previous.date ?? 'no date'}); documents must be given newest first`);
    }
    this.previous = doc;
    let current = this.shards.at(-1);
    // A document opens a new shard when the current one is full, or would be more than full with it (a
    // heavy text never joins a shard it would overflow, unless the shard is empty).
    const used = current?.weight ?? 0;
    const capacity = this.capacity(this.shards.length - 1);
    const opens = !current || used >= capacity || (current.documents > 0 && used + weight > capacity);
    if (opens) {
      current = { path: shardPath(this.shards.length), documents: 0, weight: 0, from: null, to: null };
      this.shards.push(current);
    }
    current!.documents++;
    current!.weight = (current!.weight ?? 0) + weight;
    if (doc.date) {
      current!.to ??= doc.date;
      current!.from = doc.date;
    }
    return { shard: this.shards.length - 1, opens };
  }
}
