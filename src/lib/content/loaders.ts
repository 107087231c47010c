/**
 * The content layer's collections, loaded from the validator's digest (digest.ts): the YAML and the MDX
 * frontmatter were parsed and checked once, with line numbers, before Astro syncs content; the loaders
 * only hand the checked data on. Texts' bodies are not in the content layer: pages read the compiled HTML
 * (compiled.ts), so the data store holds no HTML (at 10,000 documents that would be gigabytes).
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readContentDigest, type ContentDigest } from './digest.ts';

type Entries = (digest: ContentDigest) => AsyncGenerator<[string, Record<string, unknown>]> | Generator<[string, Record<string, unknown>]>;

/** What each collection takes from the digest, by entry id. */
const COLLECTIONS = {
  documents: async function* (d) {
    for await (const doc of d.documents()) yield [doc.id, doc.meta];
  },
  /** "<document>/<lang>": the text's title and origin. */
  texts: async function* (d) {
    for await (const doc of d.documents()) for (const [lang, text] of Object.entries(doc.texts)) yield [`${doc.id}/${lang}`, text];
  },
  agencies: function* (d) {
    for (const agency of d.agencies) yield [agency.id, agency];
  },
  /** One entry, "glossary". */
  glossary: function* (d) {
    yield ['glossary', d.glossary];
  },
  news: function* (d) {
    for (const { id, feed } of d.news) yield [id, feed];
  },
  /** By the document that assigns them. */
  tasks: async function* (d) {
    for await (const doc of d.documents()) if (doc.tasks.length) yield [doc.id, { tasks: doc.tasks }];
  },
  targets: async function* (d) {
    for await (const doc of d.documents()) if (doc.targets.length) yield [doc.id, { targets: doc.targets }];
  },
} satisfies Record<string, Entries>;

export type CompiledCollection = keyof typeof COLLECTIONS;

export function compiledContentLoader(collection: CompiledCollection): Loader {
  return {
    name: `compiled-${collection}`,
    load: async ({ config, store, parseData, generateDigest }) => {
      const digest = await readContentDigest(fileURLToPath(config.root));
      store.clear();
      for await (const [id, raw] of (COLLECTIONS[collection] as Entries)(digest)) {
        const data = await parseData({ id, data: raw });
        store.set({ id, data, digest: generateDigest(raw) });
      }
    },
  };
}
