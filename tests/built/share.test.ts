import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { allHtmlPages, builtPage } from './helpers.ts';
import { pageFile as rel, readSiteData } from '../../scripts/lib/built-site.ts';
import { LANGS } from '../../src/lib/i18n/languages.ts';

const docs = readSiteData().documents.filter((d) => d.hasText);
const meta = (tree: ReturnType<typeof builtPage>, selector: string) => String((select(selector, tree) as Element | undefined)?.properties.content ?? '');

test('every clause of every document has a share page in both languages with a correct preview, and no other share page exists', () => {
  let pages = 0;
  for (const d of docs) {
    for (const c of d.clauses) {
      for (const lang of LANGS) {
        const file = rel(c.share[lang]);
        assert.ok(fs.existsSync(`dist/${file}`), `${file} exists`);
        const tree = builtPage(file);
        const title = meta(tree, 'meta[property="og:title"]');
        assert.equal(meta(tree, 'meta[name="twitter:title"]'), title);
        if (d.number) assert.ok(title.includes(d.number), `${file}: citation names the document number`);
        assert.ok(meta(tree, 'meta[property="og:description"]').length > 0, `${file}: description`);
        assert.equal(meta(tree, 'meta[property="og:url"]'), c.url[lang]);
        assert.equal(String((select('link[rel="canonical"]', tree) as Element).properties.href), d.url[lang], 'the full document is canonical');
        assert.equal(String((select('a.share-target', tree) as Element).properties.href), c.url[lang], 'a visible link to the clause');
        pages++;
      }
    }
  }
  const built = allHtmlPages().filter((p) => LANGS.some((lang) => p.startsWith(`${lang}/share/`)));
  assert.equal(built.length, pages, 'share pages built: one per clause and language');
});

test('a share page carries the citation in Vietnamese legal style and in English', () => {
  // A known text is the point here: the citation of bullet 5 of item 7 of Directive 52-CT/TW, written out by
  // hand as Vietnamese legal style cites it, checks the whole chain (unit labels, document form, date,
  // issuer) against what a lawyer would write. Every other share page is checked by rule above.
  const tree = builtPage('vi/share/chi-thi-52-ct-tw-2025/item-7__bullet-5/index.html');
  assert.equal(
    meta(tree, 'meta[property="og:title"]'),
    'gạch đầu dòng thứ 5 mục 7, Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới',
  );
  assert.match(meta(tree, 'meta[property="og:description"]'), /^Ban Tuyên giáo và Dân vận Trung ương chủ trì/);
  const citations = toText(select('.share-citations', tree)!);
  assert.match(citations, /bullet 5 of item 7, Directive No\. 52-CT\/TW of 3 October 2025 of the Secretariat on implementing universal health insurance in the new period\. http/);
});
