import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { builtPage, readJson, textFolders, openDataDocuments } from './helpers.ts';
import { readContentDigest } from '../../src/lib/content/digest.ts';

interface DocumentsJson {
  documents: {
    id: string;
    hasText: boolean;
    url: { vi: string; en: string };
    clauses: { id: string; url: { vi: string; en: string }; share: { vi: string; en: string } }[];
    relations: { type: string; target: string }[];
  }[];
}

const data = { documents: openDataDocuments() };
const withText = data.documents.filter((d) => d.hasText);
const pageOf = (url: string) => `${new URL(url).pathname.replace(/^\//, '')}index.html`;

function ids(tree: ReturnType<typeof builtPage>): string[] {
  return selectAll('[id]', tree).map((el) => String((el as Element).properties.id));
}

test('documents.json lists every document with a text, with its clauses', () => {
  assert.deepEqual(withText.map((d) => d.id).sort(), textFolders());
  for (const d of withText) assert.ok(d.clauses.length > 5, `${d.id} has clauses`);
});

for (const doc of withText) {
  for (const lang of ['vi', 'en'] as const) {
    test(`${doc.id} (${lang}): every clause element has an id, ids are unique, every listed clause lands`, () => {
      const tree = builtPage(pageOf(doc.url[lang]));
      const clauseEls = selectAll('.clause', tree) as Element[];
      assert.ok(clauseEls.length > 5);
      for (const el of clauseEls) assert.ok(el.properties.id, `a .clause <${el.tagName}> without id`);
      const all = ids(tree);
      const dupes = all.filter((id, i) => all.indexOf(id) !== i);
      assert.deepEqual(dupes, [], 'duplicate ids on the page');
      const present = new Set(all);
      const missing = doc.clauses.filter((c) => !present.has(new URL(c.url[lang]).hash.slice(1)));
      assert.deepEqual(missing.map((c) => c.id), [], 'clauses whose URL does not land on an element');
      for (const c of doc.clauses) assert.equal(pageOf(c.url[lang]), pageOf(doc.url[lang]), 'clause URL points into its document');
    });
  }
}

test('the committed clause manifest is a contract: no published clause id disappears', async () => {
  const manifest = JSON.parse(fs.readFileSync('tests/clause-manifest.json', 'utf8')) as Record<string, string[]>;
  assert.ok(Object.keys(manifest).length >= 5, 'the manifest lists the documents');
  const published = new Map(withText.map((d) => [d.id, new Set(d.clauses.map((c) => c.id))]));
  // The redirects the build used, as the validator checked them.
  const redirects = (await readContentDigest()).redirects.clauses;
  const lost: string[] = [];
  for (const [doc, list] of Object.entries(manifest)) {
    for (const id of list) {
      if (published.get(doc)?.has(id)) continue;
      const moved = redirects.find((r) => r.document === doc && r.from === id);
      if (!moved || !published.get(doc)?.has(moved.to)) lost.push(`${doc}#${id}`);
    }
  }
  assert.deepEqual(lost, [], 'clause ids in tests/clause-manifest.json that no longer land (add a redirect in src/content/redirects.yaml, or restore them)');
});

test('relations in documents.json point at documents that exist, each with a page in both languages', () => {
  const known = new Set(data.documents.map((d) => d.id));
  for (const d of data.documents) {
    for (const r of d.relations) assert.ok(known.has(r.target), `${d.id} -> ${r.target}`);
    for (const lang of ['vi', 'en'] as const) assert.ok(fs.existsSync(`dist/${pageOf(d.url[lang])}`), d.url[lang]);
  }
});

test('the Directive implemented by the An Giang plan: relation present in the data', () => {
  const plan = data.documents.find((d) => d.id === 'ke-hoach-an-giang-thuc-hien-chi-thi-52')!;
  assert.ok(plan.relations.some((r) => r.type === 'implements' && r.target === 'chi-thi-52-ct-tw-2025'));
});
