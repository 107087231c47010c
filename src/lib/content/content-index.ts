/**
 * Reads the whole content folder once, validates it, and returns an index of documents, texts, clauses and
 * agencies. The build runs it before Astro's own content sync (see src/integrations/content-validation.ts)
 * so that every content mistake fails the build with file, line and fix; tests use it to inject faults.
 * Each text is compiled once (text-compiler.ts): the records checked here come from the same render that
 * the pages show, so the build parses every text exactly once. Linear in the corpus.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { agencySchema, documentSchema, newsFeedSchema, redirectsSchema, targetFileSchema, taskFileSchema, textFrontmatter, type Agency, type DocumentMeta, type NewsFeed, type Target, type Task } from './schemas.ts';
import { ContentError, ContentErrors } from './errors.ts';
import type { TextRecords } from '../text/records.ts';
import { compileTexts, readTitle, type CompileResult } from '../text/compiler.ts';
import type { CatalogueEntry } from '../text/legal-references.ts';
import { LANGS, type Lang } from '../i18n/languages.ts';
import { nameKey } from '../i18n/vietnamese.ts';
import { paths } from '../site/urls.ts';

export interface ContentPaths {
  /** src/content */
  content: string;
  /** provenance/sources */
  sources: string;
}

export interface TextIndex extends TextRecords {
  file: string;
  title: string;
  origin: 'source' | 'unofficial';
}

export interface BuildOptions {
  /** Write each text's HTML and records to <compileTo>/<document>/<lang>.{html,json} for the pages. */
  compileTo?: string;
  /** Worker threads for compiling texts (default: one per core). */
  threads?: number;
}

export interface ContentIndex {
  redirects: z.infer<typeof redirectsSchema>;
  /** News feeds by file name (without .yaml). */
  news: Map<string, NewsFeed>;
  tasks: (Task & { document: string })[];
  targets: (Target & { document: string })[];
  agencies: Map<string, Agency>;
  documents: Map<string, { file: string; meta: DocumentMeta }>;
  texts: Map<string, Partial<Record<Lang, TextIndex>>>;
  /** What builds but deserves an editor's look: references the site cannot resolve. */
  warnings: ContentError[];
}

export function defaultPaths(root: string): ContentPaths {
  return { content: path.join(root, 'src/content'), sources: path.join(root, 'provenance/sources') };
}

interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/**
 * A file already read and checked for syntax, whose parsed tree is read again only if an error needs a
 * line: the trees of 10,000 document and 10,000 task files, held at once, took the validator past 3.5 GB.
 */
function yamlOnDemand(file: string): YamlFile {
  let parsed: YamlFile | undefined;
  const get = () => (parsed ??= readYaml(file, [])!);
  return {
    file,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

function readYaml(file: string, errors: ContentError[]): YamlFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      errors.push(new ContentError(file, e.linePos?.[0]?.line, `YAML syntax error: ${e.message.split('\n')[0]}`, 'correct the YAML syntax at that line.'));
    }
    return undefined;
  }
  return { file, doc, lines };
}

/** The line of the deepest node that exists along a path (a missing key is reported at its parent). */
function lineOf(y: YamlFile, pathParts: readonly PropertyKey[]): number | undefined {
  let node: unknown = y.doc.contents;
  let line: number | undefined = lineAt(y, node);
  for (const key of pathParts) {
    if (isMap(node) || isSeq(node)) {
      const nextNode = (node as { get(k: unknown, keep: true): unknown }).get(typeof key === 'number' ? key : String(key), true);
      if (nextNode === undefined) break;
      node = nextNode;
      line = lineAt(y, node) ?? line;
    } else break;
  }
  return line;
}

function lineAt(y: YamlFile, node: unknown): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? y.lines.linePos(range[0]).line : undefined;
}

function schemaErrors<T>(y: YamlFile, schema: z.ZodType<T>, value: unknown, basePath: PropertyKey[], errors: ContentError[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = [...basePath, ...issue.path];
    const field = at.map(String).join('.') || '(top level)';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    errors.push(
      new ContentError(
        y.file,
        lineOf(y, at),
        missing ? `missing required metadata "${field}".` : `metadata "${field}" is invalid: ${issue.message}.`,
        missing
          ? `add "${String(at.at(-1))}" (use null where the sources do not give a value).`
          : 'correct the value to match the schema in src/schemas.ts.',
      ),
    );
  }
  return undefined;
}

function loadAgencies(paths: ContentPaths, errors: ContentError[]): Map<string, Agency> {
  const agencies = new Map<string, Agency>();
  const file = path.join(paths.content, 'agencies.yaml');
  const y = readYaml(file, errors);
  if (!y) return agencies;
  const list = y.doc.toJS() as unknown;
  if (!Array.isArray(list)) {
    errors.push(new ContentError(file, 1, 'agencies.yaml must be a list of agencies.', 'write one "- id: ..." entry per agency.'));
    return agencies;
  }
  const byName = new Map<string, string>();
  list.forEach((raw, i) => {
    const agency = schemaErrors(y, agencySchema, raw, [i], errors);
    if (!agency) return;
    if (agencies.has(agency.id)) {
      errors.push(new ContentError(file, lineOf(y, [i, 'id']), `agency id "${agency.id}" is listed twice.`, 'merge the two entries into one.'));
      return;
    }
    for (const name of [agency.name.vi, ...agency.aliases]) {
      const key = nameKey(name);
      const other = byName.get(key);
      if (other && other !== agency.id) {
        errors.push(
          new ContentError(file, lineOf(y, [i, 'id']), `agency "${agency.id}" has the name "${name}", which is a spelling variant of agency "${other}".`, `one body is one agency: merge "${agency.id}" into "${other}" and keep "${name}" as an alias.`),
        );
      }
      byName.set(key, agency.id);
    }
    agencies.set(agency.id, agency);
  });
  for (const [i, agency] of [...agencies.values()].entries()) {
    if (agency.parent && !agencies.has(agency.parent)) {
      errors.push(new ContentError(file, lineOf(y, [i, 'parent']), `agency "${agency.id}" has an unknown parent "${agency.parent}".`, 'use the id of an agency listed in agencies.yaml.'));
    }
    if (agency.partyCommitteeOf && !agencies.has(agency.partyCommitteeOf)) {
      errors.push(new ContentError(file, lineOf(y, [i, 'partyCommitteeOf']), `agency "${agency.id}" is the Party committee of an unknown agency "${agency.partyCommitteeOf}".`, 'use the id of an agency listed in agencies.yaml.'));
    }
  }
  return agencies;
}

function textIndex(result: CompileResult, errors: ContentError[]): TextIndex | undefined {
  for (const e of result.errors) errors.push(new ContentError(e.file, e.line, e.problem, e.fix));
  if (!result.frontmatter) return undefined;
  // The frontmatter starts on line 2 of the file; its own line numbers are shifted by one.
  const lines = new LineCounter();
  const doc = parseDocument(`\n${result.frontmatter.yaml}`, { lineCounter: lines });
  const front = schemaErrors({ file: result.file, doc, lines }, textFrontmatter, doc.toJS(), [], errors);
  if (!front || !result.text) return undefined;
  return { file: result.file, title: front.title, origin: front.origin, ...result.text };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export async function buildContentIndex(paths: ContentPaths, options: BuildOptions = {}): Promise<ContentIndex> {
  const errors: ContentError[] = [];
  const agencies = loadAgencies(paths, errors);
  const documents = new Map<string, { file: string; meta: DocumentMeta; y: YamlFile }>();
  const texts = new Map<string, Partial<Record<Lang, TextIndex>>>();

  const textDir = path.join(paths.content, 'texts');
  const folders = fs.readdirSync(textDir).sort().filter((docId) => fs.statSync(path.join(textDir, docId)).isDirectory());
  const jobs = folders.flatMap((docId) =>
    LANGS.map((lang) => path.join(textDir, docId, `${lang}.mdx`))
      .filter((file) => fs.existsSync(file))
      .map((file) => ({ file, outDir: options.compileTo && path.join(options.compileTo, path.basename(path.dirname(file))) })),
  );
  // Each file yields once, so that a worker that has finished a text is sent the next one at once.
  const readAll = async (folder: string): Promise<{ name: string; y: YamlFile; data: unknown }[]> => {
    const dir = path.join(paths.content, folder);
    if (!fs.existsSync(dir)) return [];
    const out: { name: string; y: YamlFile; data: unknown }[] = [];
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
      await new Promise(setImmediate);
      const y = readYaml(path.join(dir, name), errors);
      if (y) out.push({ name, y: yamlOnDemand(y.file), data: y.doc.toJS() });
    }
    return out;
  };
  // The documents first: a text's references to other documents are linked as it compiles, from their
  // numbers and titles (the catalogue).
  for (const { name, y, data } of await readAll('documents')) {
    const meta = schemaErrors(y, documentSchema, data, [], errors);
    if (meta) documents.set(name.replace(/\.yaml$/, ''), { file: y.file, meta, y });
  }
  const catalogue: CatalogueEntry[] = [...documents].map(([id, { meta }]) => ({
    id,
    type: meta.type,
    number: meta.number,
    date: meta.date,
    titles: Object.fromEntries(LANGS.map((lang) => [lang, (folders.includes(id) && fs.existsSync(path.join(textDir, id, `${lang}.mdx`)) && readTitle(path.join(textDir, id, `${lang}.mdx`))) || meta.title?.[lang]]).filter(([, t]) => t)),
  }));
  // The texts compile in worker threads while this thread reads the tasks and targets, which need no text:
  // at 10,000 documents that reading took tens of seconds after the compile, with one core idle.
  const compiling = compileTexts(jobs, { agencies: [...agencies.values()], documents: catalogue, threads: options.threads });
  // Awaited below; a worker that fails meanwhile must not be reported as an unhandled rejection first.
  compiling.catch(() => {});
  const pointerFiles = { tasks: await readAll('tasks'), targets: await readAll('targets') };
  const compiled = new Map((await compiling).map((r) => [r.file, r]));
  for (const docId of folders) {
    const dir = path.join(textDir, docId);
    const entry: Partial<Record<Lang, TextIndex>> = {};
    for (const lang of LANGS) {
      const file = path.join(dir, `${lang}.mdx`);
      const result = compiled.get(file);
      if (!result) {
        // A document may be Vietnamese-only (its English page shows the Vietnamese text), never English-only.
        if (lang === 'vi') errors.push(new ContentError(dir, undefined, 'the Vietnamese text vi.mdx is missing.', 'every document the site holds has its Vietnamese text: add vi.mdx (an unofficial translation if the source is in another language).'));
        continue;
      }
      const text = textIndex(result, errors);
      if (text) entry[lang] = text;
    }
    for (const name of fs.readdirSync(dir)) {
      if (!LANGS.some((l) => name === `${l}.mdx`)) {
        errors.push(new ContentError(path.join(dir, name), undefined, `unexpected file "${name}" in a document text folder.`, 'a text folder holds only vi.mdx and en.mdx.'));
      }
    }
    if (!documents.has(docId)) {
      errors.push(new ContentError(dir, undefined, `texts/${docId} has no metadata.`, `add src/content/documents/${docId}.yaml.`));
    }
    if (entry.vi && entry.en) {
      const vi = new Set(entry.vi.clauses.map((c) => c.id));
      const en = new Set(entry.en.clauses.map((c) => c.id));
      const onlyVi = [...vi].filter((id) => !en.has(id));
      const onlyEn = [...en].filter((id) => !vi.has(id));
      if (onlyVi.length || onlyEn.length) {
        const firstMissing = onlyVi[0] ?? onlyEn[0];
        const where = onlyVi.length ? entry.vi : entry.en;
        const line = where.clauses.find((c) => c.id === firstMissing)?.line;
        errors.push(
          new ContentError(
            where.file,
            line,
            `the two language versions have different clauses: only in vi: [${onlyVi.join(', ')}]; only in en: [${onlyEn.join(', ')}].`,
            'give both files exactly the same <Clause> structure and the same number of paragraphs and bullets in each.',
          ),
        );
      }
    }
    texts.set(docId, entry);
  }

  const metaWarnings: ContentError[] = [];
  for (const [id, { meta, y }] of documents) {
    meta.issuer.forEach((agencyId, i) => {
      if (!agencies.has(agencyId)) {
        errors.push(new ContentError(y.file, lineOf(y, ['issuer', i]), `unknown agency id "${agencyId}".`, 'use an id from src/content/agencies.yaml, or add the agency there.'));
      }
    });
    if (meta.hasText && !texts.has(id)) {
      errors.push(new ContentError(y.file, lineOf(y, ['hasText']), `document "${id}" says hasText: true but src/content/texts/${id}/ does not exist.`, 'add the texts or set hasText: false.'));
    }
    if (!meta.hasText && !meta.title) {
      errors.push(new ContentError(y.file, 1, `document "${id}" has no text, so it needs a title.`, 'add title: { vi: ..., en: ... }.'));
    }
    if (meta.hasText && texts.get(id)?.vi && !texts.get(id)?.en && !meta.title) {
      errors.push(new ContentError(y.file, 1, `document "${id}" has no English text, so its English page needs a title.`, 'add title: { vi: <the title as in vi.mdx>, en: <the site\'s English title> } (and a summary in both languages).'));
    }
    if (!meta.issuer.length && !meta.issuerPrinted) {
      // A source that names no issuer (a text cited only by its number, a page of news) still builds; its page says the issuer is unknown.
      metaWarnings.push(new ContentError(y.file, lineOf(y, ['issuer']), `document "${id}" names no issuer.`, 'add the issuing body\'s agency id to issuer, or, if it is not in agencies.yaml yet, its name as printed in issuerPrinted.'));
    }
    meta.sources.forEach((source, i) => {
      const file = path.join(paths.sources, source.file);
      if (!fs.existsSync(file)) {
        errors.push(new ContentError(y.file, lineOf(y, ['sources', i, 'file']), `source file "${source.file}" is not in provenance/sources/.`, 'copy the raw source file there, unchanged.'));
      } else if (sha256(file) !== source.sha256) {
        errors.push(new ContentError(y.file, lineOf(y, ['sources', i, 'sha256']), `the SHA-256 of provenance/sources/${source.file} is ${sha256(file)}, not the recorded ${source.sha256}.`, 'restore the original source file; if a new version was deliberately added, record its hash.'));
      }
    });
    meta.relations.forEach((rel, i) => {
      const target = documents.get(rel.target);
      if (!target) {
        errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'target']), `relation "${rel.type}" points at an unknown document "${rel.target}".`, 'use the id (file name without .yaml) of a document in src/content/documents/.'));
        return;
      }
      if (rel.clause) {
        const clauses = texts.get(rel.target)?.vi?.clauses ?? [];
        if (!clauses.some((c) => c.id === rel.clause)) {
          errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'clause']), `relation "${rel.type}" points at clause "${rel.clause}", which document "${rel.target}" does not have.`, 'use a clause id listed for that document in /data/documents.json (or tests/clause-manifest.json).'));
        }
      }
      if (rel.from) {
        const clauses = texts.get(id)?.vi?.clauses ?? [];
        if (!clauses.some((c) => c.id === rel.from)) {
          errors.push(new ContentError(y.file, lineOf(y, ['relations', i, 'from']), `relation "${rel.type}" is stated in clause "${rel.from}", which this document does not have.`, 'use one of this document\'s clause ids.'));
        }
      }
    });
  }

  const warnings = [...metaWarnings, ...checkReferences(texts, options.compileTo)];

  // Tasks and targets point at clauses and quote them: both must be there, in both languages.
  const collapse = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();
  const tasks: (Task & { document: string })[] = [];
  const targets: (Target & { document: string })[] = [];
  const seenIds = new Map<string, string>();
  const loadPointers = <T extends { id: string; clause: string; quote: { vi: string; en: string } }>(
    folder: keyof typeof pointerFiles,
    schema: z.ZodType<Record<string, T[]>>,
    listKey: string,
    extra: (y: YamlFile, item: T, i: number) => void,
    out: (T & { document: string })[],
  ) => {
    for (const { name, y, data } of pointerFiles[folder]) {
      const docId = name.replace(/\.yaml$/, '');
      if (!documents.has(docId) || !texts.get(docId)?.vi) {
        errors.push(new ContentError(y.file, 1, `${folder}/${name} names no document with a text ("${docId}").`, 'name the file after the id of the document whose clauses it points at.'));
        continue;
      }
      const parsed = schemaErrors(y, schema, data, [], errors);
      if (!parsed) continue;
      parsed[listKey].forEach((item, i) => {
        const other = seenIds.get(item.id);
        if (other) errors.push(new ContentError(y.file, lineOf(y, [listKey, i, 'id']), `id "${item.id}" is used twice (also in ${other}).`, 'give each entry its own id.'));
        seenIds.set(item.id, `${folder}/${name}`);
        const byLang = texts.get(docId)!;
        const clause = byLang.vi!.clauses.find((c) => c.id === item.clause);
        if (!clause) {
          errors.push(new ContentError(y.file, lineOf(y, [listKey, i, 'clause']), `"${item.id}" points at clause "${item.clause}", which document "${docId}" does not have.`, 'use a clause id of that document (see /data/documents.json).'));
        } else {
          for (const lang of LANGS) {
            const text = collapse(byLang[lang]?.clauses.find((c) => c.id === item.clause)?.text ?? '').replace(/\[(\w+)\]/g, '$1');
            if (!text.includes(collapse(item.quote[lang]))) {
              errors.push(new ContentError(y.file, lineOf(y, [listKey, i, 'quote', lang]), `the ${lang} quote of "${item.id}" is not in clause "${item.clause}".`, 'copy the assigning text exactly as it stands in that clause (no markup), or point at the clause that holds it.'));
            }
          }
        }
        extra(y, item, i);
        out.push({ ...item, document: docId });
      });
    }
  };
  loadPointers<Task>('tasks', taskFileSchema as never, 'tasks', (y, task, i) => {
    for (const role of ['lead', 'partners', 'directedBy'] as const) {
      task[role].forEach((agencyId, j) => {
        if (!agencies.has(agencyId)) errors.push(new ContentError(y.file, lineOf(y, ['tasks', i, role, j]), `task "${task.id}" names an unknown agency "${agencyId}" in ${role}.`, 'use an id from src/content/agencies.yaml, or add the agency there.'));
      });
    }
  }, tasks);
  loadPointers<Target>('targets', targetFileSchema as never, 'targets', () => {}, targets);

  let redirects: z.infer<typeof redirectsSchema> = { clauses: [], documents: [] };
  const redirectsFile = path.join(paths.content, 'redirects.yaml');
  if (fs.existsSync(redirectsFile)) {
    const y = readYaml(redirectsFile, errors);
    const parsed = y && schemaErrors(y, redirectsSchema, y.doc.toJS() ?? {}, [], errors);
    if (y && parsed) {
      redirects = parsed;
      parsed.clauses.forEach((r, i) => {
        const ids = new Set((texts.get(r.document)?.vi?.clauses ?? []).map((c) => c.id));
        if (!documents.has(r.document)) errors.push(new ContentError(y.file, lineOf(y, ['clauses', i, 'document']), `redirect for unknown document "${r.document}".`, 'use a document id from src/content/documents/.'));
        else if (ids.has(r.from)) errors.push(new ContentError(y.file, lineOf(y, ['clauses', i, 'from']), `clause "${r.from}" still exists in "${r.document}", so it cannot be redirected.`, 'remove the redirect, or the clause.'));
        else if (!ids.has(r.to)) errors.push(new ContentError(y.file, lineOf(y, ['clauses', i, 'to']), `redirect target "${r.to}" is not a clause of "${r.document}".`, 'point the redirect at an existing clause id.'));
      });
      parsed.documents.forEach((r, i) => {
        if (!documents.has(r.to)) errors.push(new ContentError(y.file, lineOf(y, ['documents', i, 'to']), `redirect target "${r.to}" is not a document.`, 'point the redirect at an existing document id.'));
        if (documents.has(r.from)) errors.push(new ContentError(y.file, lineOf(y, ['documents', i, 'from']), `document "${r.from}" still exists, so it cannot be redirected.`, 'remove the redirect, or the document.'));
      });
    }
  }

  const news = new Map<string, NewsFeed>();
  const newsDir = path.join(paths.content, 'news');
  if (fs.existsSync(newsDir)) {
    for (const name of fs.readdirSync(newsDir).filter((f) => f.endsWith('.yaml')).sort()) {
      const y = readYaml(path.join(newsDir, name), errors);
      const feed = y && schemaErrors(y, newsFeedSchema, y.doc.toJS(), [], errors);
      if (feed) news.set(name.replace(/\.yaml$/, ''), feed);
    }
  }

  if (errors.length) throw new ContentErrors(errors);
  return {
    redirects,
    news,
    tasks,
    targets,
    agencies,
    documents: new Map([...documents].map(([id, d]) => [id, { file: d.file, meta: d.meta }])),
    texts,
    warnings,
  };
}

/**
 * References a text makes that the site cannot follow: a document it does not hold, a unit of the same
 * document that does not exist, a unit of another document that it does not have (that link is cut back
 * to the document, in the compiled HTML and records). They build: the text reads the same either way.
 */
function checkReferences(texts: Map<string, Partial<Record<Lang, TextIndex>>>, compileTo: string | undefined): ContentError[] {
  const warnings: ContentError[] = [];
  const clauseIds = new Map<string, Set<string>>();
  const idsOf = (doc: string) => {
    let ids = clauseIds.get(doc);
    if (!ids) clauseIds.set(doc, (ids = new Set(texts.get(doc)?.vi?.clauses.map((c) => c.id) ?? [])));
    return ids;
  };
  for (const [docId, byLang] of texts) {
    for (const lang of LANGS) {
      const text = byLang[lang];
      if (!text) continue;
      let cut = false;
      for (const ref of text.references) {
        if (ref.document === null) {
          warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" cites ${ref.missing}, which the site does not hold.`, 'import it (npm run import) or add it as a document without text, and the reference becomes a link.'));
        } else if (ref.dangling) {
          warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" names ${ref.target}, which this document does not have.`, 'check the reference against the source; it stays unlinked.'));
        } else if (ref.target && ref.document !== docId && texts.has(ref.document) && !idsOf(ref.document).has(ref.target)) {
          warnings.push(new ContentError(text.file, ref.line, `"${ref.text}" names ${ref.target} of "${ref.document}", which that document does not have.`, 'check the reference; it links to the document instead.'));
          if (compileTo) {
            const html = path.join(compileTo, docId, `${lang}.html`);
            fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replaceAll(`href="${paths.document(lang, ref.document)}#${ref.target}"`, `href="${paths.document(lang, ref.document)}"`));
          }
          delete ref.target;
          cut = true;
        }
      }
      if (cut && compileTo) fs.writeFileSync(path.join(compileTo, docId, `${lang}.json`), JSON.stringify({ clauses: text.clauses, mentions: text.mentions, references: text.references }));
    }
  }
  return warnings;
}
