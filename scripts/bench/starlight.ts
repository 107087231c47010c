/**
 * The comparison site: the same documents (generated, or the real corpus) as plain Markdown pages in a default Starlight site
 * (vi and en locales, Pagefind with its Default UI), which is what a team would otherwise pick.
 *
 * Two deliberate changes from the defaults. The sidebar: left to itself Starlight lists every page in
 * every page's sidebar, which is quadratic (at 10,000 documents, 20,000 pages of 10,000 links each); no
 * team would publish that, and it would make the comparison meaningless. The sidebar here holds one link.
 * And Astro's chunked collection storage: with the default single file, Astro's data-store writer fails at
 * 10,000 documents ("Invalid string length": Starlight keeps every page's rendered HTML in the store, one
 * string past V8's limit), and chunked storage is Astro's remedy for it. (This site keeps the single file:
 * its store holds no HTML, and chunks made its content sync slower.)
 * Numbered clauses become headings ("2.1."), the way Markdown writes numbered sections, so Starlight's
 * table of contents and Pagefind's sub-results see them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_ORIGIN } from '../../src/lib/site/origin.ts';

/** An MDX text of this project as plain Markdown: clause tags become numbered headings or disappear. */
export function mdxToMarkdown(mdx: string): { title: string; markdown: string } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? ['', '', mdx];
  const title = JSON.parse(/^title: (.*)$/m.exec(front)?.[1] ?? '""') as string;
  const depth: boolean[] = [];
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const open = /^<Clause\b[^>]*?(?:num="([^"]*)")?[^>]*>$/.exec(line);
    if (open) {
      const numbered = /num="/.test(line);
      depth.push(numbered);
      const num = /num="([^"]*)"/.exec(line)?.[1];
      // An article's or chapter's title is part of its heading, as in the law.
      const title = /title="([^"]*)"/.exec(line)?.[1];
      if (numbered) out.push(`${'#'.repeat(Math.min(1 + depth.filter(Boolean).length, 6))} ${num}${title ? ` ${title}` : ''}`, '');
      continue;
    }
    if (/^<\/Clause>$/.test(line)) {
      depth.pop();
      continue;
    }
    out.push(line.replace(/<Unofficial \/>/g, ''));
  }
  return { title, markdown: out.join('\n') };
}

/** Writes a Starlight project at `dir` for the texts in `content/texts/<doc>/{vi,en}.mdx`. */
export function writeStarlightProject(content: string, dir: string): number {
  fs.rmSync(dir, { recursive: true, force: true });
  const docs = path.join(dir, 'src/content/docs');
  fs.mkdirSync(docs, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(
      // Astro finds packages that ship components (Starlight) through the dependencies listed here.
      { name: 'starlight-comparison', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } },
      null,
      2,
    ));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: '${LOCAL_ORIGIN}',
  experimental: { collectionStorage: 'chunked' },
  integrations: [
    starlight({
      title: 'Văn bản chính sách y tế',
      defaultLocale: 'vi',
      locales: { vi: { label: 'Tiếng Việt', lang: 'vi' }, en: { label: 'English', lang: 'en' } },
      sidebar: [{ label: 'Trang chủ', link: '/vi/' }],
    }),
  ],
});
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  let pages = 0;
  for (const lang of ['vi', 'en']) {
    fs.mkdirSync(path.join(docs, lang));
    fs.writeFileSync(path.join(docs, lang, 'index.md'), `---\ntitle: ${lang === 'vi' ? 'Văn bản' : 'Documents'}\n---\n\n${lang === 'vi' ? 'Văn bản chính sách y tế.' : 'Health-policy documents.'}\n`);
  }
  const texts = path.join(content, 'texts');
  for (const doc of fs.readdirSync(texts).sort()) {
    for (const lang of ['vi', 'en']) {
      // A Vietnamese-only text (an imported law) has no English page in Starlight, which has no fallback.
      if (!fs.existsSync(path.join(texts, doc, `${lang}.mdx`))) continue;
      const { title, markdown } = mdxToMarkdown(fs.readFileSync(path.join(texts, doc, `${lang}.mdx`), 'utf8'));
      fs.writeFileSync(path.join(docs, lang, `${doc}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n${markdown}`);
      pages++;
    }
  }
  return pages;
}
