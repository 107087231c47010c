/** YAML syntax errors: once per file, at the line the editor has to change, in plain words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOf, parseYaml } from '../../src/lib/content/yaml-file.ts';
import type { ContentError } from '../../src/lib/content/errors.ts';

function syntax(yaml: string, firstLine = 1): { line?: number; problem: string }[] {
  const errors: ContentError[] = [];
  assert.equal(parseYaml('test.yaml', yaml, errors, firstLine), undefined, 'the YAML does not parse');
  return errors.map(({ line, problem }) => ({ line, problem }));
}

test('an unclosed list or group is reported where it opens, once', () => {
  assert.deepEqual(syntax('type: law\nissuer: [a, b\nsigner: null\ndate: 2025\n'), [{ line: 2, problem: 'YAML syntax error: the list opened with "[" here is not closed.' }]);
  assert.deepEqual(syntax('type: law\ntitle: { vi: "a [b]", en: b\nsigner: null\n'), [{ line: 2, problem: 'YAML syntax error: the { … } group opened with "{" here is not closed.' }]);
});

test('an unclosed quote is reported where it opens', () => {
  assert.deepEqual(syntax('a: 1\nb: "unclosed\nc: 2\n'), [{ line: 2, problem: 'YAML syntax error: the quoted text that starts here has no closing quote.' }]);
});

test('a field written twice and a tab are named as such', () => {
  assert.deepEqual(syntax('type: law\nnumber: 1\ntype: code\n'), [{ line: 3, problem: 'YAML syntax error: this field is written twice in the same entry.' }]);
  assert.deepEqual(syntax('a:\n\t- x\n'), [{ line: 2, problem: 'YAML syntax error: this line is indented with a tab.' }]);
});

test('a part of a file keeps the file’s line numbers', () => {
  assert.deepEqual(syntax('title: "x\norigin: source', 2), [{ line: 2, problem: 'YAML syntax error: the quoted text that starts here has no closing quote.' }]);
  const y = parseYaml('test.mdx', 'title: x\norigin: source', [], 2)!;
  assert.equal(lineOf(y, ['origin']), 3);
});

test('a missing key is placed at its parent', () => {
  const y = parseYaml('test.yaml', '# comment\nlist:\n  - id: a\n  - id: b\n    x: 1\n', [])!;
  assert.equal(lineOf(y, ['list', 1, 'x']), 5);
  assert.equal(lineOf(y, ['list', 1, 'missing']), 4);
});
