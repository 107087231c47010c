/**
 * Every kind of page is valid HTML for the W3C Nu checker (vnu.jar, run with Java): one page of each kind,
 * chosen from the build by its route, so a new page kind needs only its pattern here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, allHtmlPages } from './helpers.ts';

const KINDS: [string, RegExp][] = [
  ['language choice', /^index\.html$/],
  ['not found', /^404\.html$/],
  ['home', /^(vi|en)\/index\.html$/],
  ['document list', /^(vi|en)\/documents\/index\.html$/],
  ['document', /^(vi|en)\/documents\/[^/]+\/index\.html$/],
  ['side by side', /^(vi|en)\/documents\/[^/]+\/parallel\/index\.html$/],
  ['share page', /^(vi|en)\/share\/[^/]+\/[^/]+\/index\.html$/],
  ['agency list', /^(vi|en)\/agencies\/index\.html$/],
  ['agency', /^(vi|en)\/agencies\/[^/]+\/index\.html$/],
  ['task list', /^(vi|en)\/tasks\/index\.html$/],
  // Only for a document with more tasks than one list page; the others' tasks are a table on their page.
  ['task list by document', /^(vi|en)\/tasks\/document\/[^/]+\/index\.html$/],
  ['documents with tasks', /^(vi|en)\/tasks\/document\/index\.html$/],
  ['timeline', /^(vi|en)\/timeline\/index\.html$/],
  ['news', /^(vi|en)\/news\/index\.html$/],
  ['search', /^(vi|en)\/search\/index\.html$/],
  ['site page', /^(vi|en)\/(about|cite|open-data|search-help|translation)\/index\.html$/],
];

test('one page of every kind, in both languages, passes the W3C Nu checker with no error', { timeout: 300_000 }, () => {
  const pages = allHtmlPages();
  const chosen: string[] = [];
  for (const [kind, pattern] of KINDS) {
    for (const lang of ['vi', 'en', '']) {
      // The largest page of the kind: the one most likely to hold every construct the kind has.
      const candidates = pages.filter((p) => pattern.test(p) && (lang === '' ? !/^(vi|en)\//.test(p) : p.startsWith(`${lang}/`)));
      const page = candidates.sort((a, b) => fs.statSync(path.join(DIST, b)).size - fs.statSync(path.join(DIST, a)).size)[0];
      if (page) chosen.push(page);
    }
    // Kinds this content may not need: share pages (SHARE_PAGES) and a document's own task list.
    const optional = kind === 'share page' || kind === 'task list by document';
    assert.ok(chosen.some((p) => pattern.test(p)) || optional, `a page of kind "${kind}" was built`);
  }
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  let report = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...chosen.map((p) => path.join(DIST, p))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    report = String((e as { stderr?: string }).stderr ?? e);
  }
  assert.equal(report.trim(), '', `Nu checker errors:\n${report}`);
});

test('the checker does find errors (this test can fail)', { timeout: 120_000 }, () => {
  const bad = path.join(DIST, '..', '.astro', 'invalid-page.html');
  fs.writeFileSync(bad, '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>a</p></html><script>1</script>');
  assert.throws(() => execFileSync('java', ['-jar', path.resolve('node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', bad], { stdio: 'pipe' }));
  fs.rmSync(bad);
});
