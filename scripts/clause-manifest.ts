/**
 * The committed manifest of published clause ids (tests/clause-manifest.json) is a contract: a clause URL,
 * once published, must keep landing. `npm run manifest` records the ids the content has now; run it when
 * clauses are added, and never to paper over a removed one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildContentIndex, defaultPaths } from '../src/lib/content/content-index.ts';

export const MANIFEST = path.resolve('tests/clause-manifest.json');

/** The clause ids each text has now, and the published ids that src/content/redirects.yaml moves. */
export async function currentClauseIds(): Promise<{ ids: Record<string, string[]>; redirected: Set<string> }> {
  const index = await buildContentIndex(defaultPaths(process.cwd()));
  const ids: Record<string, string[]> = {};
  for (const [doc, texts] of [...index.texts].sort(([a], [b]) => a.localeCompare(b))) {
    ids[doc] = (texts.vi?.clauses ?? []).map((c) => c.id);
  }
  return { ids, redirected: new Set(index.redirects.clauses.map((r) => `${r.document}#${r.from}`)) };
}

if (process.argv.includes('--write')) {
  const { ids, redirected } = await currentClauseIds();
  const previous: Record<string, string[]> = fs.existsSync(MANIFEST) ? JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) : {};
  // A redirected id stays in the manifest: it was published, and its redirect must keep it landing.
  for (const [doc, list] of Object.entries(previous)) {
    for (const id of list) if (redirected.has(`${doc}#${id}`) && !(ids[doc] ?? []).includes(id)) (ids[doc] ??= []).push(id);
  }
  const removed = Object.entries(previous).flatMap(([doc, list]) => list.filter((id) => !(ids[doc] ?? []).includes(id)).map((id) => `${doc}#${id}`));
  if (removed.length && !process.argv.includes('--allow-removal')) {
    console.error(`These published clause ids would disappear:\n  ${removed.join('\n  ')}\nKeep them, or declare redirects; pass --allow-removal only if they were never published.`);
    process.exit(1);
  }
  fs.writeFileSync(MANIFEST, JSON.stringify(ids, null, 1) + '\n');
  const total = Object.values(ids).reduce((n, l) => n + l.length, 0);
  console.log(`wrote ${path.relative(process.cwd(), MANIFEST)}: ${Object.keys(ids).length} documents, ${total} clause ids`);
}
