/** YAML syntax errors: once per file, at the line the editor has to change, in plain words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lineOf, parseYaml, parseYamlData } from '../../src/lib/content/yaml-file.ts';
import type { ContentError } from '../../src/lib/content/errors.ts';

function syntax(yaml: string, firstLine = 1): { line?: number; problem: string }[] {
  const errors: ContentError[] = [];
  assert.equal(parseYaml('test.yaml', yaml, errors, firstLine), undefined, 'the YAML does not parse');
  // The fast data reader reports the same mistake, in the same words.
  const fast: ContentError[] = [];
  assert.equal(parseYamlData('test.yaml', yaml, fast, firstLine), undefined, 'the data reader refuses it too');
  assert.deepEqual(fast, errors);
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

/** Every YAML file under a folder (the site's content: its documents, tasks, agencies, news, redirects). */
function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => path.join(e.parentPath, e.name));
}

test('the data reader reads what the tree reader reads: every content file, and the core schema’s edge cases', () => {
  const samples = [
    'date: 2024-01-05\nyear: 2024\nflag: yes\nno: off\nnothing: ~\nempty:\nnum: 0o17\nhex: 0x1F\nfloat: 1.5e3\ninf: .inf\nquoted: "2024-01-05"',
    'a: &x [1, "b", {c: d}]\nb: *x\nmulti: |\n  line one\n  line two\nfolded: >\n  one\n  two\n',
    '- id: a\n  name: { vi: "Bộ Y tế", en: Ministry of Health }\n- id: b\n',
    '',
    '# only a comment\n',
  ];
  const files = yamlFiles(path.join(process.cwd(), 'src/content'));
  assert.ok(files.length > 10, 'the site has content YAML');
  for (const [name, text] of [...samples.map((s, i): [string, string] => [`sample ${i}`, s]), ...files.map((f): [string, string] => [f, fs.readFileSync(f, 'utf8')])]) {
    const errors: ContentError[] = [];
    const read = parseYamlData(name, text, errors);
    assert.deepEqual(errors, [], name);
    assert.deepEqual(read?.data, parseYaml(name, text, [])!.doc.toJS(), name);
  }
});

test('the data reader builds the tree for a line only when asked, at the file’s lines', () => {
  const read = parseYamlData('test.mdx', 'title: x\norigin: source', [], 2)!;
  assert.equal(read.data && (read.data as { origin: string }).origin, 'source');
  assert.equal(lineOf(read.y, ['origin']), 3);
});
