import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';

export const DIST = path.resolve('dist');

export function builtPage(rel: string): Root {
  const file = path.join(DIST, rel);
  if (!fs.existsSync(file)) throw new Error(`${rel} is not built: run "npm run build" first`);
  return fromHtml(fs.readFileSync(file, 'utf8'));
}

/** The text a reader sees in the selected parts of a page, in document order (innerText-like). */
export function pageText(tree: Root, selectors: string[]): string {
  return selectAll(selectors.join(', '), tree)
    .map((el) => toText(el))
    .join('\n');
}

/** Astro's redirect stubs (moved documents): a refresh to the new URL, not a page of the site. */
export function isRedirectStub(rel: string): boolean {
  return /^<!doctype html>\s*<title>Redirecting to:/i.test(fs.readFileSync(path.join(DIST, rel), 'utf8').slice(0, 200));
}

/** Every page of the site (redirect stubs left out). */
export function allHtmlPages(dir = DIST): string[] {
  return htmlFiles(dir).filter((p) => !isRedirectStub(p));
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(path.relative(DIST, p));
  }
  return out.sort();
}

export function readJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIST, rel), 'utf8')) as T;
}

/** The documents whose texts the project holds (src/content/texts/<id>/), from the content, not the build. */
export function textFolders(): string[] {
  const dir = path.resolve('src/content/texts');
  return fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort();
}

/** A list the open data writes in parts (documents.json, documents-2.json, …): every part's records, in order. */
export function readJsonParts<T>(rel: string, key: string): T[] {
  const out: T[] = [];
  for (let next: string | undefined = rel; next; ) {
    const part: Record<string, unknown> = readJson<Record<string, unknown>>(next);
    out.push(...(part[key] as T[]));
    next = typeof part.next === 'string' ? new URL(part.next, 'http://x').pathname.slice(1) : undefined;
  }
  return out;
}

export interface OpenDataClause {
  id: string;
  kind: string;
  num: string | null;
  parent: string | null;
  text: Partial<Record<'vi' | 'en', string>>;
  url: { vi: string; en: string };
  share?: { vi: string; en: string };
}

export interface OpenDataDocument {
  id: string;
  number: string | null;
  hasText: boolean;
  languages: ('vi' | 'en')[];
  url: { vi: string; en: string };
  relations: { type: string; target: string; clause?: string; from?: string }[];
  clauses: OpenDataClause[];
}

/** Every document of the open data with its own file's clauses (documents.json lists; /data/documents/{id}.json holds). */
export function openDataDocuments(): OpenDataDocument[] {
  return readJsonParts<{ id: string }>('data/documents.json', 'documents').map((d) => readJson<OpenDataDocument>(`data/documents/${d.id}.json`));
}
