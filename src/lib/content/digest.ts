/**
 * The validated content, written once per build by the validator (validate.ts) and read by everything
 * after it: the content layer's loaders, the search index and the share pages. One JSON object per line:
 * the registry first (agencies, news, redirects), then one line per document, newest first (the search
 * index is cut into periods in that order). Clause records are not in it: they stay with each compiled
 * text (compiled.ts), so a reader of metadata never parses texts. Readers stream it, so memory stays flat
 * however large the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Agency, DocumentMeta, Glossary, NewsFeed, Redirects, Target, Task, TextFrontmatter } from './schemas.ts';
import type { ContentIndex } from './content-index.ts';
import type { Lang } from '../i18n/languages.ts';
import { compareNewestFirst } from './order.ts';
import { compiledDir, digestPath, mentionsPath } from './compiled.ts';

export interface DigestRegistry {
  /** Clauses of the Vietnamese texts, all documents together (what share pages and budgets scale with). */
  clauses: number;
  agencies: Agency[];
  glossary: Glossary;
  news: { id: string; feed: NewsFeed }[];
  redirects: Redirects;
}

export interface DigestDocument {
  id: string;
  meta: DocumentMeta;
  /** Title and origin of each language version the site holds (the records are in the compiled text). */
  texts: Partial<Record<Lang, TextFrontmatter>>;
  /** Tasks and targets this document sets. */
  tasks: Task[];
  targets: Target[];
}

/** Writes the digest, and beside it the mentions of agencies in the Vietnamese texts (compiled.ts: readMentions). */
export function writeContentDigest(index: ContentIndex, root = process.cwd()): void {
  // Both files are in the compiled folder.
  fs.mkdirSync(compiledDir(root), { recursive: true });
  const mentions = Object.fromEntries([...index.texts].flatMap(([id, texts]) => (texts.vi?.mentions.length ? [[id, texts.vi.mentions]] : [])));
  fs.writeFileSync(mentionsPath(root), JSON.stringify(mentions));
  const file = digestPath(root);
  const fd = fs.openSync(file, 'w');
  const byDocument = <T extends { document: string }>(list: T[]) => {
    const m = new Map<string, Omit<T, 'document'>[]>();
    for (const { document, ...rest } of list) {
      const l = m.get(document);
      if (l) l.push(rest);
      else m.set(document, [rest]);
    }
    return m;
  };
  try {
    const clauses = [...index.texts.values()].reduce((n, t) => n + (t.vi?.clauses.length ?? 0), 0);
    const registry: DigestRegistry = { clauses, agencies: [...index.agencies.values()], glossary: index.glossary, news: [...index.news].map(([id, feed]) => ({ id, feed })), redirects: index.redirects };
    fs.writeSync(fd, `${JSON.stringify(registry)}\n`);
    const tasks = byDocument(index.tasks);
    const targets = byDocument(index.targets);
    const newestFirst = [...index.documents].sort(([a, x], [b, y]) => compareNewestFirst({ id: a, date: x.meta.date }, { id: b, date: y.meta.date }));
    for (const [id, { meta }] of newestFirst) {
      const texts = Object.fromEntries(Object.entries(index.texts.get(id) ?? {}).map(([lang, t]) => [lang, { title: t.title, origin: t.origin }]));
      const doc: DigestDocument = { id, meta, texts, tasks: (tasks.get(id) ?? []) as Task[], targets: (targets.get(id) ?? []) as Target[] };
      fs.writeSync(fd, `${JSON.stringify(doc)}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface ContentDigest extends DigestRegistry {
  agencyById: Map<string, Agency>;
  /** The documents, newest first, one at a time; as often as needed. */
  documents: () => AsyncGenerator<DigestDocument>;
}

/** Opens the digest: the registry at once, documents one at a time. */
export async function readContentDigest(root = process.cwd()): Promise<ContentDigest> {
  const file = digestPath(root);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: the content validation writes it at the start of \`astro build\`, \`astro dev\` and \`astro check\`.`);
  async function* lines() {
    const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of rl) if (line) yield line;
  }
  let registry: DigestRegistry | undefined;
  for await (const first of lines()) {
    registry = JSON.parse(first) as DigestRegistry;
    break;
  }
  if (!registry) throw new Error(`${file} is empty.`);
  return {
    ...registry,
    agencyById: new Map(registry.agencies.map((a) => [a.id, a])),
    documents: async function* () {
      let first = true;
      for await (const line of lines()) {
        if (first) {
          first = false;
          continue;
        }
        yield JSON.parse(line) as DigestDocument;
      }
    },
  };
}
