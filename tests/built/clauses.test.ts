import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { builtPage, textFolders } from './helpers.ts';
import { pageFile as pageOf, readSiteData } from '../../scripts/lib/built-site.ts';
import { readContentDigest } from '../../src/lib/content/digest.ts';
import { textRecords } from '../../src/lib/content/compiled.ts';
import type { Redirects } from '../../src/lib/content/schemas.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';
import { clauseText } from '../../src/lib/open-data/records.ts';

const data = readSiteData();
const withText = data.documents.filter((d) => d.hasText);

function ids(tree: ReturnType<typeof builtPage>): string[] {
  return selectAll('[id]', tree).map((el) => String((el as Element).properties.id));
}

test('documents.json lists every document with a text, with every clause its text has', () => {
  assert.deepEqual(withText.map((d) => d.id).sort(), textFolders());
  for (const d of withText) {
    // documents.json lists the clauses of the Vietnamese text, as the compiler recorded them.
    const compiled = textRecords(d.id, 'vi').clauses.map((c) => c.id);
    assert.ok(compiled.length > 0, `${d.id}: the compiled text has no clauses`);
    assert.deepEqual(d.clauses.map((c) => c.id), compiled, d.id);
  }
});

test("a document's data file holds each word once: a clause with sub-units has no text, and its sub-units' texts make the compiled clause's", () => {
  let parents = 0;
  for (const d of withText) {
    for (const lang of LANGS) {
      if (!d.languages.includes(lang)) continue;
      const compiled = new Map(textRecords(d.id, lang).clauses.map((c) => [c.id, c.text]));
      const holders = new Set(d.clauses.map((c) => c.parent).filter(Boolean));
      for (const c of d.clauses) {
        if (holders.has(c.id)) {
          parents++;
          assert.equal(c.text, null, `${d.id} ${c.id}: a clause with sub-units stores no text`);
        } else assert.equal(c.text?.[lang], compiled.get(c.id), `${d.id} ${c.id} ${lang}`);
        // The words a reader sees for the clause, from the data file alone.
        assert.equal(clauseText(d.clauses, c.id, lang)?.replace(/\s+/g, ' '), compiled.get(c.id)?.replace(/\s+/g, ' '), `${d.id} ${c.id} ${lang}: its text from the data file`);
      }
    }
  }
  assert.ok(parents > 0, 'the content has clauses with sub-units');
});

for (const doc of withText) {
  for (const lang of LANGS) {
    test(`${doc.id} (${lang}): every clause element has an id, ids are unique, every listed clause lands`, () => {
      const tree = builtPage(pageOf(doc.url[lang]));
      const clauseEls = selectAll('.clause', tree) as Element[];
      assert.ok(clauseEls.length > 0, 'the page shows clauses');
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

/** Manifest entries that no longer land: neither published nor moved (redirects.yaml) to a published clause. */
function lostClauses(manifest: Record<string, string[]>, published: Map<string, Set<string>>, redirects: Redirects['clauses']): string[] {
  const lost: string[] = [];
  for (const [doc, list] of Object.entries(manifest)) {
    for (const id of list) {
      if (published.get(doc)?.has(id)) continue;
      const moved = redirects.find((r) => r.document === doc && r.from === id);
      if (!moved || !published.get(doc)?.has(moved.to)) lost.push(`${doc}#${id}`);
    }
  }
  return lost;
}

const published = new Map(withText.map((d) => [d.id, new Set(d.clauses.map((c) => c.id))]));

test('the committed clause manifest is a contract: no published clause id disappears', async () => {
  const manifest = JSON.parse(fs.readFileSync('tests/clause-manifest.json', 'utf8')) as Record<string, string[]>;
  assert.ok(Object.values(manifest).some((list) => list.length > 0), 'the manifest lists clause ids');
  // The redirects the build used, as the validator checked them.
  const redirects = (await readContentDigest()).redirects.clauses;
  assert.deepEqual(lostClauses(manifest, published, redirects), [], 'clause ids in tests/clause-manifest.json that no longer land (add a redirect in src/content/redirects.yaml, or restore them)');
});

test('the manifest check can fail: a clause id that stopped landing is reported, a redirected one is not', () => {
  const doc = withText.find((d) => d.clauses.length > 0)!;
  const gone = `${doc.clauses[0].id}-gone`;
  assert.ok(!published.get(doc.id)!.has(gone));
  assert.deepEqual(lostClauses({ [doc.id]: [doc.clauses[0].id, gone] }, published, []), [`${doc.id}#${gone}`]);
  assert.deepEqual(lostClauses({ [doc.id]: [gone] }, published, [{ document: doc.id, from: gone, to: doc.clauses[0].id }]), []);
});

test('relations in documents.json point at documents that exist, each with a page in both languages', () => {
  const known = new Set(data.documents.map((d) => d.id));
  for (const d of data.documents) {
    for (const r of d.relations) assert.ok(known.has(r.target), `${d.id} -> ${r.target}`);
    for (const lang of LANGS) assert.ok(fs.existsSync(`dist/${pageOf(d.url[lang])}`), d.url[lang]);
  }
});

test('documents.json carries every relation the content states, as stated', async () => {
  const stated = new Map<string, unknown[]>();
  for await (const d of (await readContentDigest()).documents()) stated.set(d.id, d.meta.relations);
  assert.deepEqual([...stated.keys()].sort(), data.documents.map((d) => d.id).sort(), 'every document of the content is in the data');
  for (const d of data.documents) assert.deepEqual(d.relations, stated.get(d.id), d.id);
});
