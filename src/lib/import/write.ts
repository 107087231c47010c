/**
 * Puts an import plan in place: the raw source (unchanged, under provenance/sources/), the metadata, the
 * text, the cited-only entries, and the links that change because of it. Nothing is written when the
 * document exists already (unless forced), and everything is checked before the first file is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Relation } from '../content/schemas.ts';
import { resolveCitations, type CitingText } from './citations.ts';
import { clauseRecords } from './clause-records.ts';
import type { ImportPlan } from './importer.ts';
import { houseYaml } from './metadata.ts';
import { ImportError, Report } from './report.ts';
import type { SiteIndex } from './site-index.ts';

export interface WriteOptions {
  force?: boolean;
  /** Add a relation to this document from every text of the site that cites it (default: yes). */
  linkBack?: boolean;
}

export interface WriteResult {
  files: string[];
  /** Relations added to other documents that cite this one. */
  backlinks: { document: string; relation: Relation }[];
}

const rel = (root: string, file: string) => path.relative(root, file);

/** Adds relations to a document's metadata file, keeping the rest of the file as it is. */
function addRelations(file: string, relations: Relation[]) {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  let list = doc.get('relations') as YAMLSeq | undefined;
  if (!list || !('items' in list)) {
    doc.set('relations', doc.createNode([]));
    list = doc.get('relations') as YAMLSeq;
  }
  list.flow = false;
  for (const r of relations) {
    const node = doc.createNode(r) as YAMLMap;
    node.flow = true;
    list.items.push(node);
  }
  fs.writeFileSync(file, houseYaml(doc));
}

/** Where a text of the site names the new document: relations for that text's metadata. */
function citationsOf(plan: ImportPlan, site: SiteIndex): { document: string; relation: Relation }[] {
  const newDoc = { id: plan.id, type: plan.meta.type as never, number: plan.meta.number as string | null, date: plan.meta.date as string | null, title: plan.title, hasText: true };
  const only: SiteIndex = { root: site.root, agencies: site.agencies, documents: new Map([[plan.id, newDoc]]) };
  const out: { document: string; relation: Relation }[] = [];
  for (const d of site.documents.values()) {
    if (d.id === plan.id || !d.hasText) continue;
    const file = path.join(site.root, 'src/content/texts', d.id, 'vi.mdx');
    if (!fs.existsSync(file)) continue;
    const records = clauseRecords(fs.readFileSync(file, 'utf8'));
    const byId = new Map(records.map((r) => [r.id, r]));
    const texts: CitingText[] = [];
    for (const r of records) {
      if (r.kind !== 'para' && r.kind !== 'bullet' && r.kind !== 'footnote' && r.title === undefined) continue;
      const parent = r.parent ? byId.get(r.parent) : undefined;
      const lead = parent?.num !== undefined && r.id === `${parent.id}__para-1`;
      texts.push({ clause: lead ? parent.id : r.id, text: r.kind === 'para' || r.kind === 'bullet' || r.kind === 'footnote' ? r.text : r.title!, line: r.line ?? 0, inTitle: r.id.startsWith('title__') });
    }
    const { relations } = resolveCitations(texts, { id: d.id, type: d.type, number: d.number, title: d.title ?? '', date: d.date }, only, new Report());
    const existing = parseDocument(fs.readFileSync(path.join(site.root, 'src/content/documents', `${d.id}.yaml`), 'utf8')).toJS() as { relations?: Relation[] };
    for (const r of relations) if (r.target === plan.id && !(existing.relations ?? []).some((e) => e.target === plan.id)) out.push({ document: d.id, relation: r });
  }
  return out;
}

export function writeImport(plan: ImportPlan, site: SiteIndex, options: WriteOptions = {}): WriteResult {
  const root = site.root;
  const documents = path.join(root, 'src/content/documents');
  const yamlFile = path.join(documents, `${plan.id}.yaml`);
  const textDir = path.join(root, 'src/content/texts', plan.id);
  const existing = site.documents.get(plan.id);
  if ((fs.existsSync(yamlFile) || fs.existsSync(textDir)) && !options.force && existing?.hasText !== false) {
    throw new ImportError(`the site already has a document "${plan.id}".`, 'pass --force to replace it, or --id to import under another id.');
  }
  const sourceFile = path.join(root, 'provenance/sources', plan.source.file);
  const backlinks = options.linkBack === false ? [] : citationsOf(plan, site);

  const files: string[] = [];
  const write = (file: string, content: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    files.push(rel(root, file));
  };
  if (!fs.existsSync(sourceFile)) write(sourceFile, plan.source.bytes);
  write(yamlFile, plan.yaml);
  write(path.join(textDir, 'vi.mdx'), plan.mdx);
  for (const c of plan.citedOnly) {
    const file = path.join(documents, `${c.id}.yaml`);
    if (!fs.existsSync(file)) write(file, c.yaml);
  }
  if (plan.replaces) {
    // The cited-only entry of this document: its links and URL move to the document with its text.
    fs.rmSync(path.join(documents, `${plan.replaces}.yaml`));
    files.push(`${rel(root, path.join(documents, `${plan.replaces}.yaml`))} (removed)`);
    for (const name of fs.readdirSync(documents).filter((f) => f.endsWith('.yaml'))) {
      const file = path.join(documents, name);
      const text = fs.readFileSync(file, 'utf8');
      if (!new RegExp(`target:\\s*${plan.replaces}\\b`).test(text)) continue;
      const doc: Document = parseDocument(text);
      const relations = doc.get('relations') as YAMLSeq<YAMLMap>;
      for (const r of relations.items) if (r.get('target') === plan.replaces) r.set('target', plan.id);
      fs.writeFileSync(file, houseYaml(doc));
      files.push(rel(root, file));
    }
    const redirects = path.join(root, 'src/content/redirects.yaml');
    const doc = parseDocument(fs.existsSync(redirects) ? fs.readFileSync(redirects, 'utf8') : 'clauses: []\ndocuments: []\n');
    let list = doc.get('documents') as YAMLSeq;
    if (!list || !('items' in list)) {
      doc.set('documents', doc.createNode([]));
      list = doc.get('documents') as YAMLSeq;
    }
    list.flow = false;
    const node = doc.createNode({ from: plan.replaces, to: plan.id }) as YAMLMap;
    node.flow = true;
    list.items.push(node);
    fs.writeFileSync(redirects, houseYaml(doc));
    files.push(rel(root, redirects));
    site.documents.delete(plan.replaces);
  }
  const byDocument = new Map<string, Relation[]>();
  for (const b of backlinks) byDocument.set(b.document, [...(byDocument.get(b.document) ?? []), b.relation]);
  for (const [document, relations] of byDocument) {
    const file = path.join(documents, `${document}.yaml`);
    addRelations(file, relations);
    files.push(rel(root, file));
  }

  // The site as it is now, for the next import of a run.
  site.documents.set(plan.id, { id: plan.id, type: plan.meta.type as never, number: plan.meta.number as string | null, date: plan.meta.date as string | null, title: plan.title, hasText: true });
  for (const c of plan.citedOnly) if (!site.documents.has(c.id)) site.documents.set(c.id, { id: c.id, type: c.entry.type, number: c.entry.number, date: c.entry.date, title: c.entry.title.vi, hasText: false });
  return { files, backlinks };
}
