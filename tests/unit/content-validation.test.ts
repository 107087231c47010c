/**
 * Plants content mistakes in a copy of the project's content, runs the validator on it and asserts the
 * exact list the editor sees: each mistake once, at its own file and line, with its fix, and nothing that
 * follows from it. The validator runs in this process, in the copy (its paths are relative to the working
 * directory), which is three times faster than a process per case; one test runs validate.ts as the build
 * does, and one the real `astro build`, which must stop with the list and nothing else.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildContentIndex, defaultPaths } from '../../src/lib/content/content-index.ts';
import { ContentErrors } from '../../src/lib/content/errors.ts';

const run = promisify(execFile);
const ROOT = process.cwd();

const DIRECTIVE = 'src/content/documents/chi-thi-52-ct-tw-2025.yaml';
const DIRECTIVE_VI = 'src/content/texts/chi-thi-52-ct-tw-2025/vi.mdx';
const DIRECTIVE_EN = 'src/content/texts/chi-thi-52-ct-tw-2025/en.mdx';
const DIRECTIVE_TASKS = 'src/content/tasks/chi-thi-52-ct-tw-2025.yaml';
const PLAN = 'src/content/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52.yaml';
const AGENCIES = 'src/content/agencies.yaml';
const NEWS_EN = 'src/content/texts/tin-bo-y-te-2025-12-11/en.mdx';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/clause-manifest.json'), 'utf8')) as Record<string, string[]>;

/** A copy of the content (and the sources its hashes are checked against), with mistakes planted in it. */
class Copy {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-mistake-'));
  constructor(entries: string[] = ['src/content', 'provenance/sources']) {
    for (const entry of entries) fs.cpSync(path.join(ROOT, entry), path.join(this.dir, entry), { recursive: true });
  }
  read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }
  /** Changes a file; the change must change it (the content it looked for is there). */
  plant(file: string, edit: (text: string) => string): void {
    const before = this.read(file);
    const after = edit(before);
    assert.notEqual(after, before, `the mistake was planted in ${file}`);
    fs.writeFileSync(path.join(this.dir, file), after);
  }
  /** "file:line" of the `nth` line of `file` (as planted) that contains `needle`. */
  at(file: string, needle: string | RegExp, nth = 1): string {
    const lines = this.read(file).split('\n');
    let seen = 0;
    const index = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)) && ++seen === nth);
    assert.notEqual(index, -1, `${file} has ${nth} line(s) with ${needle}`);
    return `${file}:${index + 1}`;
  }
  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The validator's verdict on the copy: the listed mistakes (one line each), or none. */
async function validate(copy: Copy): Promise<{ ok: boolean; mistakes: string[] }> {
  const cwd = process.cwd();
  process.chdir(copy.dir);
  try {
    await buildContentIndex(defaultPaths(copy.dir), { threads: 1 });
    return { ok: true, mistakes: [] };
  } catch (e) {
    if (!(e instanceof ContentErrors)) throw e;
    return { ok: false, mistakes: mistakesIn(e.message) };
  } finally {
    process.chdir(cwd);
  }
}

/** The mistakes of a failure's output; the output must be the list and nothing else (no stack, no dump). */
function mistakesIn(output: string): string[] {
  const lines = output.trim().split('\n');
  const heading = /^Content validation failed with (\d+) errors?:$/.exec(lines[0] ?? '');
  assert.ok(heading, `the output starts with the list's heading:\n${output}`);
  const mistakes = lines.slice(1).map((l) => {
    assert.match(l, /^ {2}- \S+: .+ Fix: .+$/, `every line is one mistake, "file:line: problem Fix: fix":\n${output}`);
    return l.slice(4);
  });
  assert.equal(mistakes.length, Number(heading[1]), 'the heading counts the mistakes listed');
  return mistakes;
}

const STRUCTURE_FIX = 'give both language versions the same structure: the same <Clause> blocks in the same order, and the same number of paragraphs, bullets and footnotes in each (see CONTENT.md).';
const UNKNOWN_AGENCY_FIX = 'use an id from src/content/agencies.yaml, or add the agency there.';

interface Case {
  name: string;
  plant: (copy: Copy) => void;
  /** The exact list the editor sees, in file and line order. */
  expect: (copy: Copy) => string[];
}

const CASES: Case[] = [
  {
    name: 'a duplicate clause id',
    plant: (c) => c.plant(DIRECTIVE_VI, (t) => t.replace('<Clause kind="item" num="2.">', '<Clause kind="item" num="1.">')),
    expect: (c) => [
      `${c.at(DIRECTIVE_VI, '<Clause kind="item" num="1.">', 2)}: duplicate clause id "item-1" (first used at line ${c.at(DIRECTIVE_VI, '<Clause kind="item" num="1.">').split(':')[1]}). Fix: give each <Clause> of the same kind under one parent its own num, as printed in the document.`,
    ],
  },
  {
    name: 'missing required metadata',
    plant: (c) => c.plant(DIRECTIVE, (t) => t.replace(/^issuer: .*\n/m, '')),
    // A missing field is reported at the entry that lacks it: here the file's first field.
    expect: (c) => [`${c.at(DIRECTIVE, /^\w+:/)}: "issuer" is missing. Fix: add "issuer": a list of agency ids (from src/content/agencies.yaml).`],
  },
  {
    name: 'an invalid value of a field with fixed values',
    plant: (c) => c.plant(DIRECTIVE, (t) => t.replace(/^type: .*$/m, 'type: magic')),
    // The document still exists for the relations, tasks and texts that name it: nothing else is reported.
    expect: (c) => [
      `${c.at(DIRECTIVE, 'type: magic')}: "type" must be one of: directive, resolution, conclusion, notice, plan, guidance, law, code, ordinance, decree, circular, decision, news-article, interview; it is "magic". Fix: write one of those values, spelled exactly so.`,
    ],
  },
  {
    name: 'a YAML syntax error',
    plant: (c) => c.plant(DIRECTIVE, (t) => t.replace('issuer: [secretariat]', 'issuer: [secretariat')),
    expect: (c) => [`${c.at(DIRECTIVE, 'issuer: [secretariat')}: YAML syntax error: the list opened with "[" here is not closed. Fix: close it with "]" (a list or group that goes on over several lines indents its further lines).`],
  },
  {
    name: 'a YAML syntax error in the agency registry',
    plant: (c) => c.plant(AGENCIES, (t) => t.replace('- id: secretariat\n  name: { vi: Ban Bí thư, en: Secretariat }', '- id: secretariat\n  name: { vi: Ban Bí thư, en: Secretariat')),
    // Every document, task and agency that names an agency would be "unknown" if the registry's ids were
    // taken as none: they are not checked until the registry reads.
    expect: (c) => [`${c.at(AGENCIES, '{ vi: Ban Bí thư, en: Secretariat')}: YAML syntax error: the { … } group opened with "{" here is not closed. Fix: close it with "}" (a list or group that goes on over several lines indents its further lines).`],
  },
  {
    name: 'an unknown document in a relation',
    plant: (c) => c.plant(DIRECTIVE, (t) => t.replace('target: chi-thi-38-ct-tw-2009', 'target: chi-thi-99-ct-tw')),
    expect: (c) => [`${c.at(DIRECTIVE, 'chi-thi-99-ct-tw')}: relation "follows" points at an unknown document "chi-thi-99-ct-tw". Fix: use the id (file name without .yaml) of a document in src/content/documents/.`],
  },
  {
    name: 'an unknown clause in a relation',
    plant: (c) => c.plant(PLAN, (t) => t.replace('target: chi-thi-52-ct-tw-2025,', 'target: chi-thi-52-ct-tw-2025, clause: item-99,')),
    expect: (c) => [`${c.at(PLAN, 'clause: item-99')}: relation "implements" points at clause "item-99", which document "chi-thi-52-ct-tw-2025" does not have. Fix: use a clause id listed for that document in /data/documents.json (or tests/clause-manifest.json).`],
  },
  {
    name: 'an unknown agency id',
    plant: (c) => c.plant(DIRECTIVE, (t) => t.replace('issuer: [secretariat]', 'issuer: [ministry-of-magic]')),
    expect: (c) => [`${c.at(DIRECTIVE, 'ministry-of-magic')}: unknown agency id "ministry-of-magic". Fix: ${UNKNOWN_AGENCY_FIX}`],
  },
  {
    name: 'an agency listed twice under a spelling variant',
    plant: (c) => c.plant(AGENCIES, (t) => `${t}\n- id: government-party-committee-2\n  name: { vi: Đảng ủy Chính phủ, en: Government Party Committee }\n  level: central-party\n`),
    expect: (c) => [
      `${c.at(AGENCIES, 'id: government-party-committee-2')}: agency "government-party-committee-2" has the name "Đảng ủy Chính phủ", which is a spelling variant of agency "government-party-committee". Fix: one body is one agency: merge "government-party-committee-2" into "government-party-committee" and keep "Đảng ủy Chính phủ" as an alias.`,
    ],
  },
  {
    name: 'a duplicate agency id, and an unknown parent after it',
    plant: (c) =>
      c.plant(AGENCIES, (t) =>
        t
          // A second "politburo" early in the list shifts every later entry of the registry by one.
          .replace('- id: secretariat\n', '- id: politburo\n  name: { vi: Bộ Chính trị Trung ương, en: Central Politburo }\n  level: central-party\n- id: secretariat\n')
          .replace(/(- id: central-party-office\n(?: {2}.*\n)*? {2})parent: party-central-committee/, '$1parent: party-central-comittee'),
      ),
    expect: (c) => [
      `${c.at(AGENCIES, '- id: politburo', 2)}: agency id "politburo" is listed twice (first at line ${c.at(AGENCIES, '- id: politburo').split(':')[1]}). Fix: merge the two entries into one.`,
      `${c.at(AGENCIES, 'parent: party-central-comittee')}: agency "central-party-office" has an unknown parent "party-central-comittee". Fix: use the id of an agency listed in agencies.yaml.`,
    ],
  },
  {
    name: 'aliases scoped to an unknown document',
    plant: (c) => c.plant(AGENCIES, (t) => t.replace('- id: secretariat\n', '- id: secretariat\n  scopedAliases: [{ documents: [chi-thi-99-ct-tw], vi: [Ban] }]\n')),
    expect: (c) => [`${c.at(AGENCIES, 'chi-thi-99-ct-tw')}: agency "secretariat" has aliases scoped to an unknown document "chi-thi-99-ct-tw". Fix: use the id (file name without .yaml) of a document in src/content/documents/.`],
  },
  {
    name: 'a task pointing at a missing clause',
    plant: (c) => c.plant(DIRECTIVE_TASKS, (t) => t.replace('clause: item-7__bullet-5', 'clause: item-7__bullet-9')),
    expect: (c) => [`${c.at(DIRECTIVE_TASKS, 'item-7__bullet-9')}: "ct52-7-5" points at clause "item-7__bullet-9", which document "chi-thi-52-ct-tw-2025" does not have. Fix: use a clause id of that document (see /data/documents.json).`],
  },
  {
    name: 'a task naming an unknown agency as lead',
    plant: (c) => c.plant(DIRECTIVE_TASKS, (t) => t.replace('lead: [central-propaganda-mass-mobilization-commission]', 'lead: [central-propaganda-commission]')),
    expect: (c) => [`${c.at(DIRECTIVE_TASKS, 'central-propaganda-commission]')}: task "ct52-7-5" names an unknown agency "central-propaganda-commission" in lead. Fix: ${UNKNOWN_AGENCY_FIX}`],
  },
  {
    name: 'tasks naming unknown agencies as partners and as directing body',
    plant: (c) =>
      c.plant(DIRECTIVE_TASKS, (t) =>
        t.replace('partners: [relevant-agencies]', 'partners: [relevant-agencies, ministry-of-magic]').replace('directedBy: [government-party-committee, government]', 'directedBy: [government-party-commitee, government]'),
      ),
    expect: (c) => [
      `${c.at(DIRECTIVE_TASKS, 'government-party-commitee')}: task "ct52-7-3" names an unknown agency "government-party-commitee" in directedBy. Fix: ${UNKNOWN_AGENCY_FIX}`,
      `${c.at(DIRECTIVE_TASKS, 'ministry-of-magic')}: task "ct52-7-5" names an unknown agency "ministry-of-magic" in partners. Fix: ${UNKNOWN_AGENCY_FIX}`,
    ],
  },
  {
    name: 'a task quote that is not in its clause',
    plant: (c) => c.plant('src/content/tasks/thong-bao-ket-luan-2025-04-23.yaml', (t) => t.replace('hoàn thành báo cáo Bộ Chính trị trong tháng 5/2025"', 'hoàn thành báo cáo Bộ Chính trị trong tháng 6/2025"')),
    expect: (c) => [
      `${c.at('src/content/tasks/thong-bao-ket-luan-2025-04-23.yaml', 'trong tháng 6/2025"')}: the vi quote of "tb-2-1-2-a" is not in clause "item-2__item-2.1__point-2__para-1". Fix: copy the assigning text exactly as it stands in that clause (no markup), or point at the clause that holds it.`,
    ],
  },
  {
    name: 'an extra paragraph in one language',
    plant: (c) => c.plant(DIRECTIVE_EN, (t) => t.replace('<Clause kind="item" num="3.">\n', '<Clause kind="item" num="3.">\nAn extra paragraph.\n\n')),
    // Reported once, at the clause whose content differs, with both files' lines; the quotes of the
    // document's tasks are not checked against the shifted paragraphs.
    expect: (c) => {
      const paragraphs = manifest['chi-thi-52-ct-tw-2025'].filter((id) => /^item-3__para-\d+$/.test(id)).length;
      return [`${c.at(DIRECTIVE_EN, '<Clause kind="item" num="3.">')}: item-3 has ${paragraphs + 1} paragraphs here, but ${c.at(DIRECTIVE_VI, '<Clause kind="item" num="3.">')} has ${paragraphs}. Fix: ${STRUCTURE_FIX}`];
    },
  },
  {
    name: 'two mistakes in one MDX file',
    plant: (c) => c.plant(DIRECTIVE_VI, (t) => t.replace('<Clause kind="item" num="3.">', '<Clause kind="itme" num="3.">').replace('<Clause kind="item" num="5.">', '<Clause kind="item" num="4.">')),
    expect: (c) => [
      `${c.at(DIRECTIVE_VI, 'kind="itme"')}: <Clause> has an unknown kind "itme". Fix: use one of: part, item, point, header, title, recipients, signature, caption, phan, chuong, muc, tieu-muc, dieu, khoan, diem.`,
      `${c.at(DIRECTIVE_VI, '<Clause kind="item" num="4.">', 2)}: duplicate clause id "item-4" (first used at line ${c.at(DIRECTIVE_VI, '<Clause kind="item" num="4.">').split(':')[1]}). Fix: give each <Clause> of the same kind under one parent its own num, as printed in the document.`,
    ],
  },
  {
    name: 'an MDX syntax error, beside a mistake in another text',
    plant: (c) => {
      c.plant(DIRECTIVE_VI, (t) => t.replace('<Clause kind="item" num="3.">\n', '<Clause kind="item" num="3.">\nA brace { that is not escaped.\n\n'));
      c.plant(NEWS_EN, (t) => t.replace(/<Clause kind="(\w+)"/, '<Clause kind="$1" title="Photo"'));
    },
    expect: (c) => {
      const caption = /<Clause kind="(\w+)" title="Photo"/.exec(c.read(NEWS_EN))![1];
      return [
        `${c.at(DIRECTIVE_VI, 'A brace {')}: the MDX does not parse: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`. Fix: a brace in the text is written \\{ or \\} (in MDX, { starts code).`,
        `${c.at(NEWS_EN, 'title="Photo"')}: <Clause kind="${caption}"> has a title, which only parts, chapters, sections and articles (phan, chuong, muc, tieu-muc, dieu) print. Fix: move the words into the text of the unit.`,
      ];
    },
  },
];

describe('planted content mistakes', () => {
  for (const { name, plant, expect } of CASES) {
    test(`${name}: reported once each, at file and line, with the fix`, async (t) => {
      const copy = new Copy();
      try {
        plant(copy);
        const { ok, mistakes } = await validate(copy);
        // What the editor sees, in the test's report (the closing notes quote it).
        for (const m of mistakes) t.diagnostic(m);
        assert.equal(ok, false, 'the validator fails');
        assert.deepEqual(mistakes, expect(copy));
      } finally {
        copy.remove();
      }
    });
  }
});

test('validate.ts accepts a document with only its Vietnamese text, and writes its compiled text', async () => {
  const copy = new Copy();
  try {
    fs.rmSync(path.join(copy.dir, DIRECTIVE_EN));
    // Its English page shows the site's English title, from the metadata.
    copy.plant(DIRECTIVE, (t) => t.replace(/^(type: .*\n)/m, '$1title: { vi: Chỉ thị 52, en: Directive 52 }\n'));
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'src/integrations/content-validation/validate.ts')], { cwd: copy.dir, timeout: 120_000 });
    assert.match(stdout, /^content valid: /m);
    const compiled = path.join(copy.dir, '.astro/compiled/texts', path.basename(path.dirname(DIRECTIVE_EN)));
    assert.deepEqual(fs.readdirSync(compiled).sort(), ['vi.html', 'vi.json']);
  } finally {
    copy.remove();
  }
});

test('astro build stops on a content mistake with the list of mistakes only', async () => {
  const copy = new Copy(['src', 'provenance', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy.dir, 'node_modules'));
  try {
    copy.plant(DIRECTIVE_VI, (t) => t.replace('<Clause kind="item" num="2.">', '<Clause kind="item" num="1.">'));
    const failure = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy.dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000 }).then(
      () => assert.fail('the build succeeded although the content has a mistake'),
      (e: { stdout?: string; stderr?: string; code?: number }) => e,
    );
    assert.notEqual(failure.code, 0);
    const output = `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`;
    const list = output.slice(output.search(/^Content validation failed/m));
    assert.deepEqual(mistakesIn(list), [
      `${copy.at(DIRECTIVE_VI, '<Clause kind="item" num="1.">', 2)}: duplicate clause id "item-1" (first used at line ${copy.at(DIRECTIVE_VI, '<Clause kind="item" num="1.">').split(':')[1]}). Fix: give each <Clause> of the same kind under one parent its own num, as printed in the document.`,
    ]);
    assert.doesNotMatch(output, /^\s+at /m, 'no stack trace');
    assert.doesNotMatch(output, /Hint:|Stack trace:/, 'no hint or stack of Astro’s own');
  } finally {
    copy.remove();
  }
});
