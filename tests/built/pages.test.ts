import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { builtPage, allHtmlPages } from './helpers.ts';
import { pageFile, readSiteData, textLanguages } from '../../scripts/lib/built-site.ts';
import { SOURCES } from '../fidelity/sources.ts';
import { normalizeText } from '../fidelity/sentences.ts';
import { readContentDigest, type DigestDocument } from '../../src/lib/content/digest.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/languages.ts';
import { formatDate } from '../../src/lib/i18n/dates.ts';
import { inlineHashSources } from '../../src/lib/site/page-csp.ts';

const { documents } = readSiteData();
const withText = documents.filter((d) => d.hasText);
const contentDocuments: DigestDocument[] = [];
for await (const d of (await readContentDigest()).documents()) contentDocuments.push(d);

test('every page has a language, a title and a description', () => {
  for (const page of allHtmlPages()) {
    const tree = builtPage(page);
    const html = select('html', tree) as Element;
    assert.ok(LANGS.includes(html.properties.lang as Lang), `${page} lang`);
    assert.ok(toText(select('title', tree)!).trim().length > 10, `${page} title`);
    assert.ok(select('meta[name="description"]', tree), `${page} description`);
  }
});

test('footnotes are labelled in the language of their text: heading and every way back', (t) => {
  const withFootnotes = withText.filter((d) => d.clauses.some((c) => c.kind === 'footnote'));
  if (!withFootnotes.length) return t.skip('no document has footnotes');
  for (const d of withFootnotes) {
    for (const lang of textLanguages(d.id)) {
      const tree = builtPage(pageFile(d.url[lang]));
      assert.equal(toText(select('#footnote-label', tree)!), ui[lang].footnotesHeading, `${d.id} ${lang}`);
      const back = selectAll('[data-footnote-backref]', tree) as Element[];
      assert.equal(back.length, d.clauses.filter((c) => c.kind === 'footnote').length, `${d.id} ${lang}: a way back from each footnote`);
      for (const a of back) assert.ok(String(a.properties.ariaLabel).startsWith(`${ui[lang].footnoteBack} `), `${d.id} ${lang}: ${a.properties.ariaLabel}`);
    }
  }
});

/** Emphasised spans of a source that marks emphasis with Markdown: **bold** and *italic*, across line breaks. */
function emphasis(raw: string, marker: '**' | '*'): string[] {
  const pattern = marker === '**' ? /\*\*([^*]+)\*\*/g : /(?<!\*)\*([^*]+)\*(?!\*)/g;
  return [...raw.matchAll(pattern)].map((m) => normalizeText(m[1]));
}

test('source emphasis is kept: every bold and italic span of a source that marks them is bold or italic on its page', (t) => {
  const marked = SOURCES.filter((s) => s.markdownEmphasis);
  if (!marked.length) return t.skip('no source marks emphasis');
  for (const spec of marked) {
    let raw = fs.readFileSync(path.resolve('provenance/sources', spec.file), 'utf8');
    for (const [inSource, meant] of spec.artifacts) raw = raw.split(inSource).join(meant);
    for (const section of spec.sections) {
      const article = select('article', builtPage(section.page))!;
      for (const [marker, tag] of [['**', 'strong'], ['*', 'em']] as const) {
        const spans = emphasis(raw, marker);
        // A span over several lines may be cut into one element per line: they are read together.
        const shown = normalizeText(selectAll(tag, article).map((el) => toText(el)).join(' '));
        assert.deepEqual(spans.filter((s) => !shown.includes(s)), [], `${spec.file}: ${marker} spans not in <${tag}> on ${section.page}`);
      }
      assert.ok(emphasis(raw, '**').length + emphasis(raw, '*').length > 0, `${spec.file} marks emphasis`);
    }
  }
});

/** The value the metadata panel shows for one label (the <dd> after the <dt>). */
function panelValue(tree: Root, label: string): Element | undefined {
  const items = (select('.meta-panel dl', tree) as Element).children.filter((c): c is Element => c.type === 'element');
  const i = items.findIndex((el) => el.tagName === 'dt' && toText(el).trim() === label);
  return i >= 0 ? items[i + 1] : undefined;
}

test('metadata is shown as the content has it, and unknown metadata as unknown, never invented', () => {
  for (const d of contentDocuments) {
    const { meta } = d;
    for (const lang of LANGS) {
      const tree = builtPage(pageFile(`/${lang}/documents/${d.id}/`));
      const s = ui[lang];
      const fields: [string, string | null][] = [
        [s.metaNumber, meta.number],
        [s.metaSigner, meta.signer?.name[lang] ?? null],
        [s.metaDate, meta.date ? formatDate(lang, meta.date) : null],
        [s.metaPlace, meta.place?.[lang] ?? null],
        [s.metaStatus, meta.status?.[lang] ?? null],
      ];
      for (const [label, value] of fields) {
        const dd = panelValue(tree, label);
        assert.ok(dd, `${d.id} ${lang}: no "${label}" in the metadata panel`);
        const unknown = select('.unknown', dd);
        if (value === null) assert.equal(unknown && toText(unknown), s.unknown, `${d.id} ${lang}: ${label} is unknown`);
        else {
          assert.equal(unknown, undefined, `${d.id} ${lang}: ${label} is known`);
          assert.ok(toText(dd).includes(value), `${d.id} ${lang}: ${label} shows "${value}"`);
        }
      }
    }
  }
});

test("every page's CSP allows exactly its own inline scripts and styles, each by its hash", () => {
  let hashed = 0;
  for (const page of allHtmlPages()) {
    const html = fs.readFileSync(path.join('dist', page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    if (!policy) continue;
    const sources = (name: string) => new Set(policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)!.slice(1).filter((s) => s.startsWith("'sha256-")));
    const onPage = inlineHashSources(html, new Set(['sha256']));
    assert.deepEqual(sources('script-src'), onPage.script, `${page}: script hashes`);
    assert.deepEqual(sources('style-src'), onPage.style, `${page}: style hashes`);
    hashed += onPage.script.size;
  }
  assert.ok(hashed > 0, 'some page has an inline script');
});

/**
 * Astro compresses the templates' HTML (compressHTML: true); its 'jsx' mode, Astro 7's default, drops the line
 * break between two inline elements on separate lines, and "Bộ Y tế" + "Thời hạn" read as one word. The texts
 * themselves (article, side-by-side rows) are compiled apart and checked by the fidelity tests.
 */
test('templates keep words apart: no word glued to an inline element next to it', () => {
  const inline = 'a|span|time|strong|em|b|i|code|abbr|small|q|cite|mark|dfn|button|label';
  const glued = new RegExp(`[\\p{L}\\p{N}](?:</(?:${inline})>(?:<(?:${inline})\\b[^>]*>)*|<(?:${inline})\\b[^>]*>)[\\p{L}\\p{N}]`, 'u');
  for (const page of allHtmlPages()) {
    const chrome = fs
      .readFileSync(path.join('dist', page), 'utf8')
      .replace(/<article[\s\S]*?<\/article>/g, '')
      .replace(/<div class="parallel"[\s\S]*?<\/main>/, '');
    assert.equal(glued.exec(chrome)?.[0], undefined, `${page}: words glued across inline elements`);
  }
});

test('prose keeps its spaces: no clause number glued to the words after it', () => {
  for (const d of withText) {
    for (const lang of textLanguages(d.id)) {
      const article = select('article', builtPage(pageFile(d.url[lang])))!;
      for (const num of selectAll('a.clause-num', article) as Element[]) {
        const parent = (selectAll('*', article) as Element[]).find((el) => el.children.includes(num))!;
        const next = parent.children[parent.children.indexOf(num) + 1];
        // A unit's title follows its number as a block of its own (.unit-title is display: block).
        const spaced =
          next === undefined ||
          (next.type === 'text' && /^\s/.test(next.value)) ||
          (next.type === 'element' && (next.properties.className as string[] | undefined)?.includes('unit-title'));
        assert.ok(spaced, `${d.id} ${lang}: "${toText(num)}" glued to "${toText(parent).slice(0, 60)}"`);
      }
      // A unit's title is a block of its own on the page; the text read here must say so.
      for (const title of selectAll('.unit-title', article) as Element[]) title.children.unshift({ type: 'text', value: '\n' });
      const text = toText(article);
      const glued = /\d\.[A-ZĐ]/u.exec(text.replace(/\d+\.\d+/g, ''));
      assert.equal(glued, null, `${d.id} ${lang}: a number glued to the next word`);
    }
  }
});
