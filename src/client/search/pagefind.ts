/**
 * Pagefind on the search page: loaded on first use, without its worker (one download fewer), with the
 * index's period shards merged into the one instance as a query needs them (src/lib/search/shards.ts).
 * The shard list and the abbreviation table (a few hundred bytes each) come alongside the library.
 */
import { SHARD_MANIFEST, primaryPagesFile, type PrimaryPages, type SearchShard } from '../../lib/search/shards.ts';
import { ABBREVIATIONS_FILE, AbbreviationIndex, type AbbreviationFile } from '../../lib/search/abbreviations.ts';
import type { Lang } from '../../lib/i18n/languages.ts';

export interface PagefindAnchor {
  element: string;
  id?: string;
  text?: string;
  location: number;
}
export interface PagefindData {
  url: string;
  /** The page's text, its words at the positions Pagefind reports. */
  content: string;
  anchors: PagefindAnchor[];
  meta: Record<string, string>;
  /** A long document's slice table, in place of content and anchors (src/lib/search/slices.ts). */
  slices?: unknown;
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export type Filters = Record<string, string[]>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Filters }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}

// Pagefind's own excerpts are not used (the page builds its own from the clause), so they are kept short.
const EXCERPT_LENGTH = 8;

export class SearchIndex {
  private pagefind: Promise<Pagefind> | undefined;
  private abbreviationTable: Promise<AbbreviationIndex> | undefined;
  private pages: Promise<{ records: Set<string>; large: Set<string> }> | undefined;
  /** The index's period shards, newest first; the first is the primary bundle Pagefind loads itself. */
  shards: SearchShard[] = [];
  /** How many shards, from the newest, are merged into the search. */
  searched = 1;
  private merging: Promise<void> = Promise.resolve();
  private readonly lang: Lang;

  constructor(lang: Lang) {
    this.lang = lang;
  }

  load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js';
      // Without the shard list the primary bundle is the whole index, as on a site small enough for one shard.
      const [pf, list] = await Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, fetchJson<SearchShard[]>(`/pagefind/${SHARD_MANIFEST}`)]);
      this.shards = Array.isArray(list) ? list.filter((s) => typeof s?.path === 'string' && s.path.startsWith('/pagefind/')) : [];
      await pf.options({ excerptLength: EXCERPT_LENGTH, noWorker: true });
      await pf.init();
      return pf;
    })();
    return this.pagefind;
  }

  /**
   * The abbreviations of the texts (src/lib/search/abbreviations.ts); none if the file is missing, and none
   * on English pages, whose texts spell them out.
   */
  abbreviations(): Promise<AbbreviationIndex> {
    this.abbreviationTable ??=
      this.lang === 'vi'
        ? fetchJson<AbbreviationFile>(`/pagefind/${ABBREVIATIONS_FILE}`).then((f) => new AbbreviationIndex(Array.isArray(f?.abbreviations) ? f.abbreviations : []))
        : Promise.resolve(new AbbreviationIndex([]));
    return this.abbreviationTable;
  }

  /** What the ranking knows of the primary bundle's pages before fetching any; nothing if the file is missing. */
  primaryPages(): Promise<{ records: Set<string>; large: Set<string> }> {
    this.pages ??= fetchJson<PrimaryPages>(`/pagefind/${primaryPagesFile(this.lang)}`).then((p) => ({
      records: new Set(Array.isArray(p?.records) ? p.records : []),
      large: new Set(Array.isArray(p?.large) ? p.large : []),
    }));
    return this.pages;
  }

  documentsSearched(): number {
    return this.shards.slice(0, this.searched).reduce((n, s) => n + (s.documents ?? 0), 0);
  }

  /** Merges older shards until `count` shards (from the newest) are searched; merges run one after another. */
  searchShards(count: number): Promise<void> {
    this.merging = this.merging.then(async () => {
      const pf = await this.load();
      while (this.searched < Math.min(count, this.shards.length)) {
        await pf.mergeIndex(this.shards[this.searched].path, { language: this.lang, excerptLength: EXCERPT_LENGTH });
        this.searched++;
      }
    });
    return this.merging;
  }

  /** Resolves once no merge is under way, so a search never runs over a half-merged shard. */
  settled(): Promise<void> {
    return this.merging;
  }
}

/** JSON from this site, or undefined when it is missing or broken. */
export function fetchJson<T>(url: string): Promise<T | undefined> {
  return fetch(url).then(
    (r) => (r.ok ? (r.json() as Promise<T>).catch(() => undefined) : undefined),
    () => undefined,
  );
}
