/**
 * The `texts` collection: one entry per document text (<document>/<lang>), with its frontmatter. The body
 * is compiled once by the content validator (text-compiler.ts); pages read the result through
 * compiled-texts.ts, so the content layer stores no HTML (at 10,000 documents that would be gigabytes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function textsLoader(base: string): Loader {
  return {
    name: 'texts-loader',
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = path.join(root, base);
      store.clear();
      for (const doc of fs.readdirSync(dir).sort()) {
        if (!fs.statSync(path.join(dir, doc)).isDirectory()) continue;
        for (const name of fs.readdirSync(path.join(dir, doc)).filter((f) => f.endsWith('.mdx')).sort()) {
          const file = path.join(dir, doc, name);
          const raw = fs.readFileSync(file, 'utf8');
          const id = `${doc}/${name.replace(/\.mdx$/, '')}`;
          const data = await parseData({ id, data: parse(FRONTMATTER.exec(raw)?.[1] ?? '') ?? {}, filePath: file });
          store.set({ id, data, filePath: path.relative(root, file), digest: generateDigest(raw) });
        }
      }
    },
  };
}
