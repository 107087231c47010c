/**
 * Share pages, as link previewers and readers meet them. Which exist depends on the publisher's share mode
 * (src/lib/share/mode.ts): this checks the static ones where the build wrote them, and the way an old share
 * address reaches its clause where it did not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { allHtmlPages, builtPage } from './helpers.ts';
import { pageFile as rel, readSiteData } from '../../scripts/lib/built-site.ts';
import { clauseCitation } from '../../src/lib/text/citation.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';

const docs = readSiteData().documents.filter((d) => d.hasText);
const shared = docs.flatMap((d) => d.clauses.filter((c) => c.share).map((c) => ({ d, c })));
const meta = (tree: ReturnType<typeof builtPage>, selector: string) => String((select(selector, tree) as Element | undefined)?.properties.content ?? '');

test('where the site has share pages, every clause has one in both languages with a preview of its own, and no other share page exists', { skip: shared.length === 0 && 'this build has no static share pages' }, () => {
  assert.equal(shared.length, docs.reduce((n, d) => n + d.clauses.length, 0), 'every clause or none');
  for (const { d, c } of shared) {
    for (const lang of LANGS) {
      const file = rel(c.share![lang]);
      assert.ok(fs.existsSync(`dist/${file}`), `${file} exists`);
      const html = fs.readFileSync(`dist/${file}`, 'utf8');
      assert.ok(html.trimEnd().endsWith('</html>'), `${file}: nothing after </html> (the redirect script is in the body)`);
      const tree = builtPage(file);
      const title = meta(tree, 'meta[property="og:title"]');
      assert.equal(meta(tree, 'meta[name="twitter:title"]'), title);
      assert.ok(title.length > 0 && title.length <= 120, `${file}: a preview title chat apps show whole (${title.length} characters)`);
      assert.ok(!/không rõ|unknown/.test(title), `${file}: no "unknown" filler in the title`);
      assert.ok(meta(tree, 'meta[property="og:description"]').length > 0, `${file}: description`);
      assert.equal(meta(tree, 'meta[property="og:url"]'), c.share![lang], 'og:url is the share page itself');
      assert.equal(String((select('link[rel="canonical"]', tree) as Element).properties.href), c.url[lang], 'the clause is canonical');
      assert.match(meta(tree, 'meta[property="og:image"]'), /\/share-card\.png$/);
      assert.equal(String((select('a.share-target', tree) as Element).properties.href), c.url[lang], 'a visible link to the clause');
      // The heading is the full citation: the unit's label with the document's form the open data gives.
      assert.equal(toText(select('h1', tree)!), clauseCitation(lang, c.id, d.citation[lang]), `${file}: the citation`);
      if (d.number) assert.ok(toText(select('h1', tree)!).includes(d.number), `${file}: the citation names the document number`);
    }
  }
  const built = allHtmlPages().filter((p) => LANGS.some((lang) => p.startsWith(`${lang}/share/`)));
  assert.equal(built.length, shared.length * LANGS.length, 'share pages built: one per clause and language');
  assert.ok(fs.existsSync('dist/share-card.png'), 'the card the previews show');
});

test('a share page carries the citation in Vietnamese legal style and in English', { skip: shared.length === 0 && 'this build has no static share pages' }, () => {
  // A known text is the point here: the citation of bullet 5 of item 7 of Directive 52-CT/TW, written out by
  // hand as Vietnamese legal style cites it, checks the whole chain (unit labels, document form, date,
  // issuer, the short preview title) against what a reader would write. Every other share page is checked
  // by rule above.
  const tree = builtPage('vi/share/chi-thi-52-ct-tw-2025/item-7__bullet-5/index.html');
  assert.equal(meta(tree, 'meta[property="og:title"]'), 'Gạch đầu dòng thứ 5 mục 7 · Chỉ thị 52-CT/TW');
  assert.equal(toText(select('h1', tree)!), 'gạch đầu dòng thứ 5 mục 7, Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới');
  assert.match(meta(tree, 'meta[property="og:description"]'), /^Ban Tuyên giáo và Dân vận Trung ương chủ trì/);
  const citations = toText(select('.share-citations', tree)!);
  assert.match(citations, /bullet 5 of item 7, Directive No\. 52-CT\/TW of 3 October 2025 of the Secretariat on implementing universal health insurance in the new period\. http/);
});

test('the not-found page sends a share address on to its clause, for sites without share pages', () => {
  const page = builtPage('404.html');
  const scripts = selectAll('script[type="module"]', page) as Element[];
  assert.ok(scripts.length > 0, 'the 404 page runs its script');
  const code = scripts.map((s) => (s.properties.src ? fs.readFileSync(`dist${s.properties.src}`, 'utf8') : toText(s))).join('\n');
  assert.match(code, /share/, 'it knows share addresses');
});

test("a document page names its clauses' share pages to the clause tools exactly where they exist", () => {
  for (const d of docs) {
    for (const lang of LANGS) {
      const article = select('article.doc-body[data-doc]', builtPage(rel(d.url[lang]))) as Element | undefined;
      if (!article) continue;
      for (const l of LANGS) {
        const named: unknown = article.properties[l === 'vi' ? 'dataShareVi' : 'dataShareEn'];
        // The tools link a clause's share page as the named base + its id (src/client/clause-tools.ts).
        if (shared.length === 0) assert.equal(named, undefined, `${d.id} ${lang}: no share pages, none named`);
        else for (const c of d.clauses) assert.equal(`${String(named)}${c.id}/`, c.share![l], `${d.id} ${lang}: share page of ${c.id}`);
      }
    }
  }
});
