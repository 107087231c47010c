/**
 * Compiles every document text once per build: MDX through the unified processor (markdown-pipeline.ts)
 * to HTML, clause records and agency mentions. The validator checks the records; pages read the HTML and
 * records from the compiled content (src/lib/content/compiled.ts), as do the search index and share pages. Nothing parses a
 * text twice, and no text becomes a JavaScript module (an MDX module per text costs about 47 ms of bundling
 * each, the largest cost of a 10,000-document build). Texts are spread over worker threads, one per core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readProblems, readRecords, type TextRecords } from './records.ts';
import { ContentError } from '../content/errors.ts';
import { createTextRenderer, type TextLinkTargets } from './pipeline.ts';
import { parseDocument } from 'yaml';

export interface CompiledText extends TextRecords {
  title: string;
  origin: 'source' | 'unofficial';
}

export interface CompileJob {
  file: string;
  /** Where to write <lang>.html and <lang>.json; nothing is written without it. */
  outDir?: string;
}

export interface CompileResult {
  file: string;
  /** The frontmatter as written (validated by the caller, which knows the schema and reports lines). */
  frontmatter?: { yaml: string };
  /** Absent when the text has problems: a text with mistakes yields no records to check against. */
  text?: Omit<CompiledText, 'title' | 'origin'>;
  /** Every problem of the text, each at its line. */
  errors: { file: string; line?: number; problem: string; fix: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** A text's title from its frontmatter, read without compiling it (for the catalogue of documents). */
export function readTitle(file: string): string | undefined {
  const fm = FRONTMATTER.exec(fs.readFileSync(file, 'utf8'));
  const title = fm ? (parseDocument(fm[1]).toJS() as { title?: unknown } | null)?.title : undefined;
  return typeof title === 'string' ? title : undefined;
}

export type Renderer = Awaited<ReturnType<typeof createTextRenderer>>;

export async function compileText(renderer: Renderer, job: CompileJob): Promise<CompileResult> {
  const { file } = job;
  const raw = fs.readFileSync(file, 'utf8');
  const fm = FRONTMATTER.exec(raw);
  if (!fm) {
    return { file, errors: [{ file, line: 1, problem: 'the text has no frontmatter.', fix: 'start the file with ---, title: ..., origin: source|unofficial, ---.' }] };
  }
  const frontmatter = { yaml: fm[1] };
  // Blank out the frontmatter but keep its lines, so Markdown line numbers stay those of the file.
  const body = fm[0].replace(/[^\n]/g, '') + raw.slice(fm[0].length);
  let rendered: Awaited<ReturnType<Renderer['render']>>;
  try {
    rendered = await renderer.render(body, { fileURL: pathToFileURL(path.resolve(file)) });
  } catch (e) {
    // The text's own mistakes come back as problems (remark-clauses.ts), not thrown; what is thrown with a
    // place in the file is still the editor's to fix. Anything else is a bug of the code and goes up as it is.
    if (e instanceof ContentError) return { file, frontmatter, errors: [{ file: e.file, line: e.line, problem: e.problem, fix: e.fix }] };
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    if (!err.place && typeof err.line !== 'number') throw e;
    const line = err.line ?? err.place?.start?.line ?? err.place?.line;
    return { file, frontmatter, errors: [{ file, line, problem: `the MDX does not parse: ${err.reason ?? err.message}`, fix: 'correct the markup (see CONTENT.md for escaping rules).' }] };
  }
  const problems = readProblems(rendered.metadata.frontmatter);
  if (problems.length) return { file, frontmatter, errors: problems.map((p) => ({ file, ...p })) };
  const text = readRecords(rendered.metadata.frontmatter);
  // Astro's renderer gives every heading without an id a slug of its words (rehypeHeadingIds runs after
  // our plugins); a unit's heading needs none, its clause's wrapper carries the id.
  const html = rendered.code.replace(/(<h[2-6] class="unit-heading") id="[^"]*"/g, '$1');
  if (job.outDir) {
    const lang = path.basename(file, '.mdx');
    fs.mkdirSync(job.outDir, { recursive: true });
    fs.writeFileSync(path.join(job.outDir, `${lang}.html`), html);
    fs.writeFileSync(path.join(job.outDir, `${lang}.json`), JSON.stringify(text));
  }
  return { file, frontmatter, text, errors: [] };
}

export interface CompileOptions extends TextLinkTargets {
  /** Worker threads at most (default: one per core). */
  threads?: number;
}

/**
 * A compiler thread's young generation. Parsing a text allocates a tree after tree that dies young, and at
 * Node's default a worker spent 4.2–4.5 s of its 35 s collecting them at 1,000 documents; at 128 MB,
 * 3.1 s (a thread holds about 120 MB more).
 */
const COMPILER_HEAP = { maxYoungGenerationSizeMb: 128 };

/**
 * Compiles all jobs, in worker threads when there are enough texts to repay starting them: one thread per
 * core, at most one per 50 texts, none below 100 texts.
 */
export async function compileTexts(jobs: CompileJob[], { agencies, documents, threads = os.availableParallelism() }: CompileOptions): Promise<CompileResult[]> {
  const workers = Math.max(1, Math.min(threads, Math.floor(jobs.length / 50)));
  if (workers === 1) {
    const renderer = await createTextRenderer({ agencies, documents });
    const out: CompileResult[] = [];
    for (const job of jobs) out.push(await compileText(renderer, job));
    return out;
  }
  const results = new Array<CompileResult>(jobs.length);
  // Longest texts first: a code of a thousand articles sent last would keep one thread busy while the others
  // have finished.
  const sizes = jobs.map((job) => fs.statSync(job.file, { throwIfNoEntry: false })?.size ?? 0);
  const order = jobs.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./compiler-worker.ts', import.meta.url), { workerData: { agencies, documents }, resourceLimits: COMPILER_HEAP });
        const send = () => {
          if (next >= jobs.length) {
            void worker.terminate();
            resolve();
            return;
          }
          const i = order[next++];
          worker.postMessage({ i, job: jobs[i] });
        };
        worker.on('message', ({ i, result }: { i: number; result: CompileResult }) => {
          results[i] = result;
          send();
        });
        worker.on('error', reject);
        worker.on('online', send);
      }),
    ),
  );
  return results;
}
