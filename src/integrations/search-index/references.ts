/**
 * Writes the reference index (src/lib/search/references.ts) beside the search index, from the documents as
 * the index build streams them: each document's units file at once (memory stays flat), the number, title
 * and citation files at the end, when every relation has been counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { paths } from '../../lib/site/urls.ts';
import type { DocumentMeta } from '../../lib/content/schemas.ts';
import type { Abbreviation } from '../../lib/search/abbreviations.ts';
import type { PrimaryPages } from '../../lib/search/shards.ts';
import type { Lang } from '../../lib/i18n/languages.ts';
import { isHeadedKind } from '../../lib/text/clause-ids.ts';
import type { ClauseRecord } from '../../lib/text/records.ts';
import { documentNumberKey } from '../../lib/search/legal-reference.ts';
import { NORMATIVE_DOCUMENT_TYPES } from '../../lib/content/document-types.ts';
import {
  CITED_PAGE,
  REFERENCE_DIR,
  compactArticles,
  referencePaths,
  subjectKey,
  titleSubject,
  unitBucket,
  type CitedPage,
  type DocumentEntry,
  type UnitEntry,
  type UnitsBucketFile,
} from '../../lib/search/references.ts';

/** Words of a unit's text a reference result shows when the unit has no title of its own. */
const UNIT_TEXT_WORDS = 12;

export class ReferenceIndexWriter {
  private readonly entries: DocumentEntry[] = [];
  private readonly cited = new Map<string, number>();
  /** Pagefind's page id of each page, by URL (fragmentPages). */
  private readonly pages = new Map<string, string>();
  private units = 0;
  private readonly out: string;

  constructor(out: string) {
    this.out = out;
    fs.rmSync(path.join(out, REFERENCE_DIR), { recursive: true, force: true });
  }

  private write(relative: string, data: unknown) {
    const file = path.join(this.out, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(data));
  }

  /** One document, with the clause records of each language it has. */
  add(id: string, meta: DocumentMeta, title: Record<Lang, string>, clauses: Partial<Record<Lang, ClauseRecord[]>>): void {
    for (const r of meta.relations) if (r.target !== id) this.cited.set(r.target, (this.cited.get(r.target) ?? 0) + 1);
    const info = { id, type: meta.type, number: meta.number, title, date: meta.date };
    const articles = new Set<string>();
    const buckets = new Map<string, Partial<Record<Lang, UnitEntry[]>>>();
    for (const [lang, list] of Object.entries(clauses) as [Lang, ClauseRecord[]][]) {
      for (const c of list) {
        if (c.num === undefined && !(isHeadedKind(c.kind) && c.title)) continue;
        const unit: UnitEntry = c.title ? { id: c.id, title: c.title } : { id: c.id, text: c.text.split(/\s+/).slice(0, UNIT_TEXT_WORDS).join(' ') };
        const byLang = buckets.get(unitBucket(c.id)) ?? {};
        (byLang[lang] ??= []).push(unit);
        buckets.set(unitBucket(c.id), byLang);
        this.units++;
        if (c.kind === 'dieu') articles.add(c.id.slice('dieu-'.length));
      }
    }
    for (const [bucket, units] of buckets) this.write(referencePaths.units(id, bucket), { document: info, units } satisfies UnitsBucketFile);
    this.entries.push({ ...info, cited: 0, ...(articles.size ? { articles: compactArticles([...articles]) } : {}) });
  }

  /** The pages of a Pagefind bundle just written (fragmentPages), to name each document's page. */
  addPages(pages: Map<string, FragmentPage>): void {
    for (const [url, { id }] of pages) this.pages.set(url, id);
  }

  /** Writes the number, title and citation files; returns a summary for the build log. */
  finish(): string {
    for (const e of this.entries) {
      e.cited = this.cited.get(e.id) ?? 0;
      const page = Object.fromEntries((['vi', 'en'] as Lang[]).map((lang) => [lang, this.pages.get(paths.document(lang, e.id))]).filter(([, id]) => id));
      if (Object.keys(page).length) e.page = page;
    }
    const group = (key: (e: DocumentEntry) => string[]) => {
      const m = new Map<string, DocumentEntry[]>();
      for (const e of this.entries) for (const k of key(e)) m.set(k, [...(m.get(k) ?? []), e]);
      return m;
    };
    const numbers = group((e) => {
      const lead = e.number ? (documentNumberKey(e.number)?.lead ?? Number.parseInt(e.number, 10)) : Number.NaN;
      return Number.isNaN(lead) ? [] : [referencePaths.number(lead)];
    });
    for (const [file, list] of numbers) this.write(file, list);
    const titled = group((e) =>
      NORMATIVE_DOCUMENT_TYPES.includes(e.type) || e.articles
        ? [...new Set((['vi', 'en'] as Lang[]).map((lang) => `${lang}-${subjectKey(titleSubject(e.title[lang], e.type, lang))}`))]
        : [],
    );
    for (const [key, list] of titled) {
      const [lang, word] = [key.slice(0, 2) as Lang, key.slice(3)];
      this.write(referencePaths.title(lang, word), list);
    }
    const withArticles = this.entries
      .filter((e) => e.articles)
      .sort((a, b) => b.cited - a.cited || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    const pages = Math.max(1, Math.ceil(withArticles.length / CITED_PAGE));
    for (let p = 0; p < pages; p++) {
      this.write(referencePaths.cited(p), { documents: withArticles.slice(p * CITED_PAGE, (p + 1) * CITED_PAGE), more: p < pages - 1 } satisfies CitedPage);
    }
    return `references: ${numbers.size} number files, ${titled.size} title files, ${withArticles.length} documents with articles, ${this.units} units`;
  }
}

/** The reviewed abbreviations (src/lib/search/abbreviations.reviewed.json), each with where the texts use it. */
export function readReviewedAbbreviations(file = new URL('../../lib/search/abbreviations.reviewed.json', import.meta.url)): (Abbreviation & { source: string })[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { abbreviations: { abbr: string; expansions: string[]; source: string }[] };
  return data.abbreviations.map((a) => ({ ...a, from: ['reviewed'] }));
}

export interface FragmentPage {
  id: string;
  /** The fragment's size as served (gzipped), what fetching the page costs a query. */
  bytes: number;
}

/**
 * Pagefind's page id of each page of a bundle, by URL: the name of its fragment file
 * (fragment/<id>.pf_fragment, gzip of "pagefind_dcd" and the page's JSON, whose first field is its URL;
 * pagefind-chunks.ts checks the bundle's Pagefind version). Only each file's first bytes are inflated.
 */
export function fragmentPages(dir: string): Map<string, FragmentPage> {
  const pages = new Map<string, FragmentPage>();
  const fragments = path.join(dir, 'fragment');
  if (!fs.existsSync(fragments)) return pages;
  const head = Buffer.alloc(1024);
  for (const name of fs.readdirSync(fragments)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fd = fs.openSync(path.join(fragments, name), 'r');
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const bytes = fs.fstatSync(fd).size;
    fs.closeSync(fd);
    const text = gunzipSync(head.subarray(0, n), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const url = /^pagefind_dcd\{"url":"([^"]+)"/.exec(text)?.[1];
    if (url) pages.set(url, { id: name.slice(0, -'.pf_fragment'.length), bytes });
  }
  return pages;
}

/** The primary bundle's pages as the search page needs them before fetching any (src/lib/search/shards.ts). */
export function primaryPages(pages: Map<string, FragmentPage>, lang: Lang, recordUrls: string[]): PrimaryPages {
  const records = recordUrls.map((url) => pages.get(url)?.id).filter((id): id is string => Boolean(id));
  const documents = [...pages].filter(([url]) => url.startsWith(`/${lang}/documents/`)).map(([, p]) => p);
  const sizes = documents.map((p) => p.bytes).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return { records, large: documents.filter((p) => p.bytes > 2 * median).map((p) => p.id) };
}
