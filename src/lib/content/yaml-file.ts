/**
 * YAML content files read with their line positions, so that every mistake found in their data can be
 * reported at the line that holds it. A syntax error is reported once per file, at the line the editor
 * has to change, in plain words.
 */
import fs from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { load as loadData, CORE_SCHEMA } from 'js-yaml';
import { ContentError } from './errors.ts';

export interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/**
 * Parses `text` (the content of `file`, or a part of it starting at line `firstLine`). Undefined, with the
 * file's syntax error in `errors`, if it does not parse.
 */
export function parseYaml(file: string, text: string, errors: ContentError[], firstLine = 1): YamlFile | undefined {
  const lines = new LineCounter();
  // Blank lines in front keep the positions those of the file.
  const padded = '\n'.repeat(firstLine - 1) + text;
  const doc = parseDocument(padded, { lineCounter: lines });
  // The first error is the editor's mistake; the parser's further errors mostly follow from it.
  const first = doc.errors[0];
  if (first) {
    errors.push(syntaxError(file, padded, first));
    return undefined;
  }
  return { file, doc, lines };
}

export function readYaml(file: string, errors: ContentError[]): YamlFile | undefined {
  return parseYaml(file, fs.readFileSync(file, 'utf8'), errors);
}

/** A YAML file's data, with its tree for the lines of any mistake found in the data. */
export interface YamlData {
  y: YamlFile;
  data: unknown;
}

/**
 * Reads the data of `text` (the content of `file`, or a part of it starting at line `firstLine`) with
 * js-yaml, in YAML 1.2's core schema like `yaml`'s default: a date stays a string, "yes" stays a word. The
 * tree with positions (`yaml`) is built only when an error needs a line, or when js-yaml finds a syntax
 * error, so the editor reads the same report either way: `yaml`'s tree cost 3.3 s for the 2,600 YAML files of
 * 1,000 documents and js-yaml 0.5 s, on the thread that feeds the text compiler. If `yaml` accepts what
 * js-yaml rejected, its reading stands.
 */
export function parseYamlData(file: string, text: string, errors: ContentError[], firstLine = 1): YamlData | undefined {
  let data: unknown;
  try {
    data = loadData(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    const y = parseYaml(file, text, errors, firstLine);
    return y && { y, data: y.doc.toJS() };
  }
  // An empty document is null to both readers' callers, as it is to `yaml`.
  return { y: yamlOnDemand(file, firstLine === 1 ? undefined : { text, firstLine }), data: data ?? null };
}

export function readYamlData(file: string, errors: ContentError[]): YamlData | undefined {
  return parseYamlData(file, fs.readFileSync(file, 'utf8'), errors);
}

/**
 * A file already read and checked for syntax, whose parsed tree is read again only if an error needs a
 * line: the trees of 10,000 document and 10,000 task files, held at once, took the validator past 3.5 GB.
 * A part of a file (a text's frontmatter) is kept, being small; a whole file is read again.
 */
export function yamlOnDemand(file: string, part?: { text: string; firstLine: number }): YamlFile {
  let parsed: YamlFile | undefined;
  const get = () => (parsed ??= (part ? parseYaml(file, part.text, [], part.firstLine) : readYaml(file, []))!);
  return {
    file,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

/** The line of the deepest node that exists along a path (a missing key is reported at its parent). */
export function lineOf(y: YamlFile, pathParts: readonly PropertyKey[]): number | undefined {
  let node: unknown = y.doc.contents;
  let line: number | undefined = lineAt(y, node);
  for (const key of pathParts) {
    if (!isMap(node) && !isSeq(node)) break;
    const nextNode = (node as { get(k: unknown, keep: true): unknown }).get(typeof key === 'number' ? key : String(key), true);
    if (nextNode === undefined) break;
    node = nextNode;
    line = lineAt(y, node) ?? line;
  }
  return line;
}

/** The line of a key of a map (where an unknown field is written), else of the map. */
export function lineOfKey(y: YamlFile, mapPath: readonly PropertyKey[], key: string): number | undefined {
  let node: unknown = y.doc.contents;
  for (const k of mapPath) {
    if (!isMap(node) && !isSeq(node)) return lineOf(y, mapPath);
    node = (node as { get(k: unknown, keep: true): unknown }).get(typeof k === 'number' ? k : String(k), true);
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === key);
    const at = lineAt(y, pair?.key);
    if (at) return at;
  }
  return lineOf(y, mapPath);
}

function lineAt(y: YamlFile, node: unknown): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? y.lines.linePos(range[0]).line : undefined;
}

/** The line of a text offset. */
function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Where an unclosed "[" or "{" was opened: the parser notices it only where the next line starts, but the
 * editor has to close it on the line that opened it. Quoted text is skipped.
 */
function unclosedOpener(text: string, before: number, open: string, close: string): number | undefined {
  let quote: string | undefined;
  const opened: number[] = [];
  for (let i = 0; i < before && i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < before && text[i] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = c;
    else if (c === open) opened.push(i);
    else if (c === close) opened.pop();
  }
  return opened.at(-1);
}

/** The line where the quoted text that never closes begins. */
function unclosedQuote(text: string, before: number): number | undefined {
  let quote: string | undefined;
  let start: number | undefined;
  for (let i = 0; i < before && i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < before && text[i] !== '\n') i++;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) {
      quote = c;
      start = i;
    }
  }
  return quote ? start : undefined;
}

/** A syntax error of the YAML parser, in the editor's words and at the line to change. */
function syntaxError(file: string, text: string, e: YAMLError): ContentError {
  const at = e.pos[0];
  const line = e.linePos?.[0]?.line ?? lineOfOffset(text, at);
  // The parser's own words, without its "at line …, column …:" and the excerpt it appends.
  const said = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const closing = /end with a ([\]}])/.exec(said)?.[1];
  if (closing) {
    const opener = unclosedOpener(text, at, closing === ']' ? '[' : '{', closing);
    const what = closing === ']' ? 'list' : '{ … } group';
    return new ContentError(
      file,
      opener === undefined ? line : lineOfOffset(text, opener),
      `YAML syntax error: the ${what} opened with "${closing === ']' ? '[' : '{'}" here is not closed.`,
      `close it with "${closing}" (a list or group that goes on over several lines indents its further lines).`,
    );
  }
  if (e.code === 'MISSING_CHAR' && /quote/.test(said)) {
    const opened = unclosedQuote(text, at);
    return new ContentError(file, opened === undefined ? line : lineOfOffset(text, opened), 'YAML syntax error: the quoted text that starts here has no closing quote.', 'end it with the same quote mark it starts with.');
  }
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return new ContentError(file, line, 'YAML syntax error: this field is written twice in the same entry.', 'keep one of the two.');
    case 'TAB_AS_INDENT':
      return new ContentError(file, line, 'YAML syntax error: this line is indented with a tab.', 'indent with spaces.');
    case 'BAD_INDENT':
      return new ContentError(file, line, `YAML syntax error: ${said.charAt(0).toLowerCase()}${said.slice(1)}.`, 'indent this line like the lines of the same level around it.');
    default:
      return new ContentError(file, line, `YAML syntax error: ${said.charAt(0).toLowerCase()}${said.slice(1)}.`, 'correct the YAML at that line (compare it with an entry written the same way).');
  }
}
