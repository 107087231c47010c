/**
 * The clause records of an MDX text as the site's clause pipeline makes them (remark-mdx, GFM, remarkClauses),
 * without rendering HTML: what the importer checks its output against, and reads existing texts with.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkClauses } from '../text/remark-clauses.ts';
import type { ClauseRecord } from '../text/records.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkClauses);

/** `mdx` with or without frontmatter; `lang` decides labels only. Throws the pipeline's error on invalid MDX. */
export function clauseRecords(mdx: string, lang: 'vi' | 'en' = 'vi'): ClauseRecord[] {
  // Blank the frontmatter but keep its lines, so records carry the file's line numbers.
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\n]/g, ''));
  const file = new VFile({ path: `${lang}.mdx`, value: body });
  processor.runSync(processor.parse(file), file);
  return file.data.clauses?.clauses ?? [];
}
