/**
 * Checks YAML data against its Zod schema (schemas.ts) and says what is wrong the way an editor reads the
 * file: the field as it is written there, what it must be and what to write, at the line of the field.
 * What a field must be comes from the schema itself (its type, its values, its description), so a new
 * field needs no message of its own.
 */
import { z } from 'astro/zod';
import { ContentError } from './errors.ts';
import { lineOf, lineOfKey, type YamlFile } from './yaml-file.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/**
 * Validates `value` (found at `basePath` in the file) and reports each issue once, at its line. Undefined
 * if there were any.
 */
export function checkSchema<T>(y: YamlFile, schema: z.ZodType<T>, value: unknown, basePath: PropertyKey[], errors: ContentError[]): T | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const { issues, misspelled } = pairMisspelledFields(result.error.issues);
  for (const { object, written, meant } of misspelled) {
    const at = [...basePath, ...object];
    errors.push(new ContentError(y.file, lineOfKey(y, at, written), `unknown field "${written}": is it "${meant}", which is missing?`, `write the field name "${meant}".`));
  }
  for (const issue of issues) errors.push(...describeIssue(y, schema, issue, basePath));
  return undefined;
}

/**
 * A misspelled field is one mistake, though the schema sees two: a required field missing and an unknown
 * field beside it. Such a pair becomes one issue, the unknown field with the name it was meant to have.
 */
function pairMisspelledFields(all: Issue[]): { issues: Issue[]; misspelled: { object: PropertyKey[]; written: string; meant: string }[] } {
  const missing = all.filter(isMissing);
  const paired = new Set<Issue>();
  const misspelled: { object: PropertyKey[]; written: string; meant: string }[] = [];
  const issues: Issue[] = [];
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const keys = issue.keys.filter((key) => {
      const match = missing.find((m) => !paired.has(m) && sameParent(m.path, issue.path) && closeTo(key, String(m.path.at(-1))));
      if (!match) return true;
      paired.add(match);
      misspelled.push({ object: issue.path, written: key, meant: String(match.path.at(-1)) });
      return false;
    });
    if (keys.length) issues.push({ ...issue, keys });
  }
  return { issues: [...all.filter((i) => i.code !== 'unrecognized_keys' && !paired.has(i)), ...issues], misspelled };
}

/** A required field that is not there (Zod reports it as a value of the wrong type or not among the allowed ones). */
function isMissing(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}

function sameParent(fieldPath: readonly PropertyKey[], objectPath: readonly PropertyKey[]): boolean {
  return fieldPath.length === objectPath.length + 1 && objectPath.every((k, i) => fieldPath[i] === k);
}

/** Whether `a` reads as a slip of `b`: at most two letters' edits, or one contains the other, case aside. */
function closeTo(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.includes(y) || y.includes(x)) return true;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[y.length] <= 2;
}

/** One issue as file:line, problem and fix; an unknown-fields issue is one error per field. */
function describeIssue(y: YamlFile, root: Schema, issue: Issue, basePath: PropertyKey[] = []): ContentError[] {
  const at = [...basePath, ...issue.path];
  const schema = schemaAt(root, issue.path);
  const field = fieldName(at);
  const line = lineOf(y, at);
  const error = (problem: string, fix: string, where = line) => new ContentError(y.file, where, problem, fix);
  if (isMissing(issue)) {
    const key = at.at(-1);
    const what = schema ? `${describe(schema, false)}${acceptsNull(schema) ? ', or null where the sources do not give it' : ''}` : 'a value';
    return [error(`${field} is missing.`, `add ${typeof key === 'string' ? `"${key}"` : 'it'}: ${what}.`)];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = schema ? expectation(schema) : issue.expected;
      let fix = `write ${expected} there.`;
      if (schema && isList(schema) && isScalar(issue.input)) fix = `write it as a list: [${String(issue.input)}].`;
      // YAML reads 52 or true as a number or a yes/no: a text that looks like one is quoted.
      else if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) fix = `write it in quotes: "${String(issue.input)}".`;
      return [error(`${field} must be ${expected}, not ${valueName(issue.input)}.`, fix)];
    }
    case 'invalid_value':
      return [error(`${field} must be one of: ${issue.values.map(String).join(', ')}; it is ${typeof issue.input === 'string' ? `"${issue.input}"` : valueName(issue.input)}.`, 'write one of those values, spelled exactly so.')];
    case 'unrecognized_keys': {
      const allowed = schema ? fieldsOf(schema) : [];
      const within = issue.path.length ? ` in ${field}` : '';
      return issue.keys.map((key) =>
        error(
          `unknown field "${key}"${within}; the allowed fields are ${allowed.join(', ')}.`,
          'correct the field name, or remove the field.',
          lineOfKey(y, at, key),
        ),
      );
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return [error(`${field} is an empty list.`, `name at least ${min === 1 ? 'one' : min}${schema ? ` (${expectation(schema)})` : ''}.`)];
      if (issue.origin === 'string') return [error(`${field} is empty.`, `write the text${schema && acceptsNull(schema) ? ', or null where the sources do not give it' : ''}.`)];
      return [error(`${field} is ${valueName(issue.input)}, less than ${min}.`, `write a number of at least ${min}.`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return [error(`${field} has more than ${max} entries.`, `keep at most ${max}.`)];
      if (issue.origin === 'string') return [error(`${field} is longer than ${max} characters.`, `shorten it to ${max}.`)];
      return [error(`${field} is ${valueName(issue.input)}, more than ${max}.`, `write a number of at most ${max}.`)];
    }
    case 'invalid_format': {
      // A format the schema explains in its own words (schemas.ts gives each pattern its message), else the
      // format's name.
      const own = !/^Invalid/.test(issue.message);
      const rule = own ? issue.message : (FORMATS[issue.format] ?? `it must be ${issue.format}`);
      return [error(`${field} is ${valueName(issue.input)}: ${rule}.`, 'correct the value.')];
    }
    case 'invalid_union':
      return [error(`${field} is ${valueName(issue.input)}, which is none of the forms it can take.`, schema ? `write ${expectation(schema)}.` : 'correct the value.')];
    default:
      return [error(`${field}: ${issue.message}.`, 'correct the value.')];
  }
}

const FORMATS: Record<string, string> = {
  url: 'it must be a web address (https://…)',
  email: 'it must be an e-mail address',
  date: 'a date must be yyyy-mm-dd',
  datetime: 'it must be a date and time (yyyy-mm-ddThh:mm:ss+07:00)',
};

/**
 * The field as the editor sees it in the file: its keys from the file's top, without list positions (the
 * line says which entry); "an entry of …" for an entry of a list.
 */
function fieldName(at: readonly PropertyKey[]): string {
  const keys = at.filter((k) => typeof k === 'string');
  if (!keys.length) return at.length ? 'this entry' : 'the file';
  const name = `"${keys.join('.')}"`;
  return typeof at.at(-1) === 'number' ? `an entry of ${name}` : name;
}

function valueName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return String(value);
}

function isScalar(value: unknown): boolean {
  return value !== null && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
}

/** Zod's internal definition of a schema: the only way to walk a schema's structure. */
function def(schema: Schema): { type: string; innerType?: Schema; shape?: Record<string, Schema>; element?: Schema; entries?: Record<string, string | number>; format?: string | null; in?: Schema } {
  return (schema as unknown as { _zod: { def: ReturnType<typeof def> } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: Schema): Schema {
  let s = schema;
  while (WRAPPERS.has(def(s).type) && def(s).innerType) s = def(s).innerType!;
  if (def(s).type === 'pipe' && def(s).in) return unwrap(def(s).in!);
  return s;
}

function acceptsNull(schema: Schema): boolean {
  let s = schema;
  while (WRAPPERS.has(def(s).type) && def(s).innerType) {
    if (def(s).type === 'nullable') return true;
    s = def(s).innerType!;
  }
  return false;
}

function isList(schema: Schema): boolean {
  return def(unwrap(schema)).type === 'array';
}

/** The schema at a path of the data, if the schema has one there. */
function schemaAt(root: Schema, at: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = root;
  for (const key of at) {
    if (!s) return undefined;
    const d = def(unwrap(s));
    if (d.type === 'object' && typeof key === 'string') s = d.shape?.[key];
    else if (d.type === 'array' && typeof key === 'number') s = d.element;
    else return undefined;
  }
  return s;
}

function fieldsOf(schema: Schema): string[] {
  return Object.keys(def(unwrap(schema)).shape ?? {});
}

/** What a value of the schema is, in words: its description in schemas.ts, else its type. */
function expectation(schema: Schema): string {
  const orNull = acceptsNull(schema) ? ', or null' : '';
  return describe(schema, false) + orNull;
}

function describe(schema: Schema, plural: boolean): string {
  const s = unwrap(schema);
  const description = (s as { description?: string }).description ?? (schema as { description?: string }).description;
  if (description) return plural ? pluralOf(description) : withArticle(description);
  const d = def(s);
  switch (d.type) {
    case 'string':
      return plural ? 'texts' : 'a text';
    case 'number':
      if ((s as { isInt?: boolean }).isInt) return plural ? 'whole numbers' : 'a whole number';
      return plural ? 'numbers' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `${plural ? 'values' : 'one'} of: ${Object.values(d.entries ?? {}).join(', ')}`;
    case 'array':
      return `${plural ? 'lists' : 'a list'} of ${describe(d.element!, true)}`;
    case 'object': {
      const keys = Object.keys(d.shape ?? {});
      if (keys.join() === 'vi,en') return plural ? 'pairs { vi: …, en: … }' : 'a pair { vi: …, en: … } (Vietnamese and English)';
      return `${plural ? 'entries' : 'an entry'} with the fields ${keys.join(', ')}`;
    }
    default:
      return plural ? `${d.type} values` : `a ${d.type} value`;
  }
}

/** "agency id" -> "agency ids"; "date (yyyy-mm-dd …)" -> "dates (yyyy-mm-dd …)". */
function pluralOf(noun: string): string {
  const cut = noun.indexOf(' (');
  return cut === -1 ? `${noun}s` : `${noun.slice(0, cut)}s${noun.slice(cut)}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
