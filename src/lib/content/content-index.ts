/**
 * Reads the whole content folder once, validates it, and returns an index of documents, texts, clauses and
 * agencies. The build runs it before Astro's own content sync (src/integrations/content-validation/) so that
 * every content mistake fails the build with file, line and fix; tests use it to plant mistakes.
 * Each text is compiled once (text/compiler.ts): the records checked here come from the same render that
 * the pages show, so the build parses every text exactly once. Linear in the corpus.
 *
 * Each mistake is reported once, where it is: a check that depends on an input with a mistake of its own
 * (a file that does not parse, a text that does not compile) skips it rather than report what follows
 * from it. The checks themselves are in ./checks/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Agency, DocumentMeta, Glossary, NewsFeed, Redirects, Target, Task } from './schemas.ts';
import { documentSchema } from './schemas.ts';
import { ContentError, ContentErrors, relativeToProject } from './errors.ts';
import { checkSchema } from './schema-errors.ts';
import { readYamlData } from './yaml-file.ts';
import { checkAgencyScopes, readAgencies } from './checks/agencies.ts';
import { checkDocument, type DocumentSet } from './checks/documents.ts';
import { checkTexts, textFolders } from './checks/texts.ts';
import { checkTargets, checkTasks, type PointerFile } from './checks/tasks-targets.ts';
import { checkRedirects } from './checks/redirects.ts';
import { readNews } from './checks/news.ts';
import { readGlossary } from './checks/glossary.ts';
import { checkReferences } from './checks/references.ts';
import type { TextRecords } from '../text/records.ts';
import { compileTexts, readTitle } from '../text/compiler.ts';
import type { CatalogueEntry } from '../text/legal-references.ts';
import { LANGS, type Lang } from '../i18n/languages.ts';

export { sha256 } from './checks/documents.ts';

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
  redirects: Redirects;
  /** The translation rules and terms (glossary.yaml). */
  glossary: Glossary;
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

/**
 * The YAML files of a folder, read for syntax (each file's syntax error is reported) and held as data; the
 * parsed tree is built only if an error needs a line (readYamlData). `names` has every file, parsed or
 * not. Each file yields once, so that a worker that has finished a text is sent the next one at once.
 */
async function readFolder(dir: string, errors: ContentError[]): Promise<{ names: string[]; files: PointerFile[] }> {
  if (!fs.existsSync(dir)) return { names: [], files: [] };
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const files: PointerFile[] = [];
  for (const name of names) {
    await new Promise(setImmediate);
    const read = readYamlData(path.join(dir, name), errors);
    if (read) files.push({ name, ...read });
  }
  return { names, files };
}

export async function buildContentIndex(paths: ContentPaths, options: BuildOptions = {}): Promise<ContentIndex> {
  const errors: ContentError[] = [];
  const registry = readAgencies(path.join(paths.content, 'agencies.yaml'), errors);

  const textDir = path.join(paths.content, 'texts');
  const folders = textFolders(textDir);
  const jobs = folders.flatMap((id) =>
    LANGS.map((lang) => path.join(textDir, id, `${lang}.mdx`))
      .filter((file) => fs.existsSync(file))
      .map((file) => ({ file, outDir: options.compileTo && path.join(options.compileTo, id) })),
  );

  // The documents first: a text's references to other documents are linked as it compiles, from their
  // numbers and titles (the catalogue).
  const documentFiles = await readFolder(path.join(paths.content, 'documents'), errors);
  const documents: DocumentSet = { known: new Set(documentFiles.names.map((n) => n.replace(/\.yaml$/, ''))), valid: new Map() };
  for (const { name, y, data } of documentFiles.files) {
    const meta = checkSchema(y, documentSchema, data, [], errors);
    if (meta) documents.valid.set(name.replace(/\.yaml$/, ''), { file: y.file, meta, y });
  }
  const withText = new Set(jobs.map((j) => j.file));
  const titleOf = (id: string, lang: Lang) => {
    const file = path.join(textDir, id, `${lang}.mdx`);
    return withText.has(file) ? readTitle(file) : undefined;
  };
  const catalogue: CatalogueEntry[] = [...documents.valid].map(([id, { meta }]) => ({
    id,
    type: meta.type,
    number: meta.number,
    date: meta.date,
    titles: Object.fromEntries(LANGS.map((lang) => [lang, titleOf(id, lang) || meta.title?.[lang]]).filter(([, t]) => t)),
  }));
  // The texts compile in worker threads while this thread reads the tasks and targets, which need no text:
  // at 10,000 documents that reading took tens of seconds after the compile, with one core idle.
  const compiling = compileTexts(jobs, { agencies: [...registry.agencies.values()], documents: catalogue, threads: options.threads });
  // Awaited below; a worker that fails meanwhile must not be reported as an unhandled rejection first.
  compiling.catch(() => {});
  const taskFiles = await readFolder(path.join(paths.content, 'tasks'), errors);
  const targetFiles = await readFolder(path.join(paths.content, 'targets'), errors);

  const texts = checkTexts(textDir, folders, await compiling, documents, errors);
  checkAgencyScopes(registry, documents.known, errors);
  const warnings: ContentError[] = [];
  for (const [id, document] of documents.valid) checkDocument(id, document, { registry, documents, texts, sources: paths.sources }, errors, warnings);
  // One at a time: at 10,000 documents there are hundreds of thousands, past what a spread call takes.
  for (const w of checkReferences(texts, options.compileTo)) warnings.push(w);
  const pointers = { registry, documents, texts, seenIds: new Map<string, string>() };
  const tasks = checkTasks(taskFiles.files, pointers, errors);
  const targets = checkTargets(targetFiles.files, pointers, errors);
  const redirects = checkRedirects(path.join(paths.content, 'redirects.yaml'), documents, texts, errors);
  const news = readNews(path.join(paths.content, 'news'), errors);
  const glossary = readGlossary(path.join(paths.content, 'glossary.yaml'), errors);

  if (errors.length) throw new ContentErrors(inFileOrder(errors));
  return {
    redirects,
    glossary,
    news,
    tasks,
    targets,
    agencies: registry.agencies,
    documents: new Map([...documents.valid].map(([id, d]) => [id, { file: d.file, meta: d.meta }])),
    texts: new Map(
      [...texts].map(([id, entry]) => [
        id,
        Object.fromEntries(
          Object.entries(entry.byLang).flatMap(([lang, t]) =>
            t === 'failed' || !t.frontmatter ? [] : [[lang, { file: t.file, ...t.frontmatter, clauses: t.clauses, mentions: t.mentions, references: t.references }]],
          ),
        ),
      ]),
    ),
    warnings,
  };
}

/** The mistakes by file and line, as an editor goes through them. */
function inFileOrder(errors: ContentError[]): ContentError[] {
  return errors
    .map((e, i) => ({ e, i, file: relativeToProject(e.file) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.e.line ?? 0) - (b.e.line ?? 0) || a.i - b.i))
    .map(({ e }) => e);
}
