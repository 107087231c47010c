/**
 * The validated content index, written to disk once per build so that the build steps beside the pages
 * (share pages, search index) read what the validator already parsed instead of parsing every text again, and so
 * that the index need not stay in memory while Astro builds pages. One JSON object per line: agencies and
 * tasks first, then one line per document with its metadata and both texts' clause records, newest document
 * first (the search index is cut into periods in that order). Readers stream it document by document, so
 * memory stays flat however large the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Agency, DocumentMeta, Task } from './schemas.ts';
import type { ContentIndex, TextIndex } from './content-index.ts';
import type { Lang } from '../i18n/languages.ts';
import { compareNewestFirst } from '../search/shards.ts';

export interface DigestDocument {
  id: string;
  meta: DocumentMeta;
  texts: Partial<Record<Lang, Omit<TextIndex, 'file'>>>;
  /** Tasks this document assigns. */
  tasks: Task[];
}

export function digestPath(root: string): string {
  return path.join(root, '.astro', 'content-digest.ndjson');
}

export function writeContentDigest(index: ContentIndex, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify({ agencies: [...index.agencies.values()] })}\n`);
    const tasksByDoc = new Map<string, Task[]>();
    for (const { document, ...task } of index.tasks) {
      const list = tasksByDoc.get(document);
      if (list) list.push(task);
      else tasksByDoc.set(document, [task]);
    }
    const newestFirst = [...index.documents].sort(([a, x], [b, y]) => compareNewestFirst({ id: a, date: x.meta.date }, { id: b, date: y.meta.date }));
    for (const [id, { meta }] of newestFirst) {
      const texts = Object.fromEntries(Object.entries(index.texts.get(id) ?? {}).map(([lang, { file: _file, ...text }]) => [lang, text]));
      const doc: DigestDocument = { id, meta, texts, tasks: tasksByDoc.get(id) ?? [] };
      fs.writeSync(fd, `${JSON.stringify(doc)}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface ContentDigest {
  agencies: Map<string, Agency>;
  documents: () => AsyncGenerator<DigestDocument>;
}

/** Opens a digest: agencies at once, documents one at a time, as often as needed. */
export async function readContentDigest(file: string): Promise<ContentDigest> {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: it is written by the content validation at the start of \`astro build\`.`);
  async function* lines() {
    const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of rl) if (line) yield JSON.parse(line) as Record<string, unknown>;
  }
  let agencies: Agency[] = [];
  for await (const first of lines()) {
    agencies = first.agencies as Agency[];
    break;
  }
  return {
    agencies: new Map(agencies.map((a) => [a.id, a])),
    documents: async function* () {
      let first = true;
      for await (const line of lines()) {
        if (first) {
          first = false;
          continue;
        }
        yield line as unknown as DigestDocument;
      }
    },
  };
}
