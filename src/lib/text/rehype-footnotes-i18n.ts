import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { langOfFile } from './remark-clauses.ts';
import { ui } from '../i18n/ui.ts';

/**
 * remark-rehype labels GFM footnotes in English for every file ("Footnotes", "Back to reference 1"); a
 * Vietnamese page needs Vietnamese labels, so they are set per file from its language.
 */
export function rehypeFootnotesI18n() {
  return function transform(tree: Root, file: VFile) {
    const strings = ui[langOfFile(file)];
    visit(tree, 'element', (el) => {
      if (el.tagName === 'h2' && el.properties?.id === 'footnote-label') {
        el.children = [{ type: 'text', value: strings.footnotesHeading }];
      }
      if (el.tagName === 'a' && el.properties && 'dataFootnoteBackref' in el.properties) {
        const ref = String(el.properties.href ?? '').replace(/^#fnref-/, '');
        el.properties.ariaLabel = `${strings.footnoteBack} ${ref}`;
      }
    });
  };
}
