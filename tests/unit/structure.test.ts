/** The two languages' structures, compared parent by parent: the first difference, with both files' lines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStructures } from '../../src/lib/content/checks/structure.ts';
import type { ClauseRecord } from '../../src/lib/text/records.ts';

/** Records from an outline: "id@line", nesting by "__". */
function side(file: string, outline: string[]): { file: string; clauses: ClauseRecord[] } {
  return {
    file,
    clauses: outline.map((entry) => {
      const [id, line] = entry.split('@');
      const cut = id.lastIndexOf('__');
      const segment = cut === -1 ? id : id.slice(cut + 2);
      const prefix = segment.replace(/-[^-]*$/, '');
      const kind = (prefix === 'fn' ? 'footnote' : prefix) as ClauseRecord['kind'];
      return { id, kind, num: kind === 'item' ? `${segment.split('-').at(-1)}.` : undefined, parent: cut === -1 ? undefined : id.slice(0, cut), depth: id.split('__').length - 1, text: '', origin: 'source', line: Number(line) };
    }),
  };
}

const VI = ['para-1@5', 'item-1@7', 'item-1__para-1@8', 'item-2@11', 'item-2__para-1@12', 'item-2__bullet-1@14', 'fn-1@20'];

test('the same structure is no difference', () => {
  assert.equal(compareStructures(side('en.mdx', VI), side('vi.mdx', VI)), undefined);
});

test('an extra paragraph is reported at its clause, with both files’ lines and counts', () => {
  const en = ['para-1@5', 'item-1@7', 'item-1__para-1@8', 'item-1__para-2@10', 'item-2@12', 'item-2__para-1@13', 'item-2__bullet-1@15', 'fn-1@21'];
  const error = compareStructures(side('en.mdx', en), side('vi.mdx', VI));
  assert.equal(error?.file, 'en.mdx');
  assert.equal(error?.line, 7);
  assert.equal(error?.problem, 'item-1 has 2 paragraphs here, but vi.mdx:7 has 1.');
});

test('a clause numbered differently is reported where it stands in each file', () => {
  const en = VI.map((e) => e.replace('item-2', 'item-3'));
  const error = compareStructures(side('en.mdx', en), side('vi.mdx', VI));
  assert.equal(error?.line, 11);
  assert.equal(error?.problem, 'outside any <Clause>, the text has "item-3" (num="3.") here, where vi.mdx:11 has "item-2" (num="2.").');
});

test('of several differences, the first in the file is reported, and only it', () => {
  const en = ['para-1@5', 'item-1@7', 'item-1__para-1@8', 'item-1__bullet-1@9', 'item-2@11', 'item-2__para-1@12', 'item-2__bullet-1@14'];
  const error = compareStructures(side('en.mdx', en), side('vi.mdx', VI));
  assert.equal(error?.line, 7);
  assert.equal(error?.problem, 'item-1 has 1 bullet here, but vi.mdx:7 has 0.');
});

test('a missing footnote at the top level is reported at the last unit', () => {
  const error = compareStructures(side('en.mdx', VI.slice(0, -1)), side('vi.mdx', VI));
  assert.equal(error?.line, 11);
  assert.equal(error?.problem, 'outside any <Clause>, the text has 0 footnotes here, but vi.mdx:20 has 1.');
});
