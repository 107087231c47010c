/**
 * What the importer needs to know of the site it imports into: the agency registry (to name the issuer),
 * and every document by id, type, number, date and title (to link a citation to a document the site holds,
 * or reuse a cited-only entry). Read once; an import adds what it creates, so a run over a folder of
 * documents links each to those imported before it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agencySchema, type Agency } from '../content/schemas.ts';
import type { DocumentType } from '../content/document-types.ts';
import { numberKey } from './letterhead.ts';

export interface SiteDocument {
  id: string;
  type: DocumentType;
  number: string | null;
  date: string | null;
  /** The Vietnamese title: the text's own (vi.mdx) or the metadata's. */
  title?: string;
  hasText: boolean;
}

export interface SiteIndex {
  root: string;
  agencies: Agency[];
  documents: Map<string, SiteDocument>;
}

const FRONTMATTER_TITLE = /^---\r?\n[\s\S]*?^title:\s*(.+?)\s*$[\s\S]*?^---/m;

export function loadSiteIndex(root: string): SiteIndex {
  const content = path.join(root, 'src/content');
  const agencies = (parse(fs.readFileSync(path.join(content, 'agencies.yaml'), 'utf8')) as unknown[]).map((a) => agencySchema.parse(a));
  const documents = new Map<string, SiteDocument>();
  const dir = path.join(content, 'documents');
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const id = name.replace(/\.yaml$/, '');
    const data = parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { type: DocumentType; number: string | null; date: string | null; title?: { vi: string }; hasText: boolean };
    let title = data.title?.vi;
    const text = path.join(content, 'texts', id, 'vi.mdx');
    if (fs.existsSync(text)) {
      const m = FRONTMATTER_TITLE.exec(fs.readFileSync(text, 'utf8').slice(0, 2000));
      if (m) title = (parse(m[1]) as string) ?? title;
    }
    documents.set(id, { id, type: data.type, number: data.number ?? null, date: data.date == null ? null : String(data.date), title, hasText: data.hasText });
  }
  return { root, agencies, documents };
}

/** The site's documents with this number (and type, when given). */
export function documentsByNumber(site: SiteIndex, number: string, type?: DocumentType): SiteDocument[] {
  const key = numberKey(number);
  return [...site.documents.values()].filter((d) => d.number !== null && numberKey(d.number) === key && (!type || d.type === type));
}
