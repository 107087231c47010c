/**
 * Copies the project's content, injects one content mistake at a time, runs the real `astro build` and
 * asserts that it fails naming the file, the line and the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();
const COPY = ['src', 'provenance', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

interface Fault {
  name: string;
  file: string;
  inject: (text: string) => string;
  expect: RegExp;
}

const DIRECTIVE = 'src/content/documents/chi-thi-52-ct-tw-2025.yaml';
const DIRECTIVE_VI = 'src/content/texts/chi-thi-52-ct-tw-2025/vi.mdx';

const FAULTS: Fault[] = [
  {
    name: 'duplicate clause id',
    file: DIRECTIVE_VI,
    inject: (t) => t.replace('<Clause kind="item" num="2.">', '<Clause kind="item" num="1.">'),
    expect: /src\/content\/texts\/chi-thi-52-ct-tw-2025\/vi\.mdx:\d+: duplicate clause id "item-1" \(first used at line \d+\)\. Fix: give each <Clause>/,
  },
  {
    name: 'missing required metadata',
    file: DIRECTIVE,
    inject: (t) => t.replace(/^issuer: .*\n/m, ''),
    expect: /chi-thi-52-ct-tw-2025\.yaml:\d+: missing required metadata "issuer"\. Fix: add "issuer"/,
  },
  {
    name: 'unknown document in a reference',
    file: DIRECTIVE,
    inject: (t) => t.replace('target: chi-thi-38-ct-tw-2009', 'target: chi-thi-99-ct-tw'),
    expect: /chi-thi-52-ct-tw-2025\.yaml:\d+: relation "follows" points at an unknown document "chi-thi-99-ct-tw"\. Fix:/,
  },
  {
    name: 'unknown clause in a reference',
    file: 'src/content/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52.yaml',
    inject: (t) => t.replace('target: chi-thi-52-ct-tw-2025,', 'target: chi-thi-52-ct-tw-2025, clause: item-99,'),
    expect: /ke-hoach-an-giang-thuc-hien-chi-thi-52\.yaml:\d+: relation "implements" points at clause "item-99", which document "chi-thi-52-ct-tw-2025" does not have\. Fix:/,
  },
  {
    name: 'unknown agency id',
    file: DIRECTIVE,
    inject: (t) => t.replace('issuer: [secretariat]', 'issuer: [ministry-of-magic]'),
    expect: /chi-thi-52-ct-tw-2025\.yaml:\d+: unknown agency id "ministry-of-magic"\. Fix: use an id from src\/content\/agencies\.yaml/,
  },
  {
    name: 'agency listed twice under a spelling variant',
    file: 'src/content/agencies.yaml',
    inject: (t) => `${t}\n- id: government-party-committee-2\n  name: { vi: Đảng ủy Chính phủ, en: Government Party Committee }\n  level: central-party\n`,
    expect: /agencies\.yaml:\d+: agency "government-party-committee-2" has the name "Đảng ủy Chính phủ", which is a spelling variant of agency "government-party-committee"\. Fix: one body is one agency/,
  },
  {
    name: 'a task pointing at a missing clause',
    file: 'src/content/tasks/chi-thi-52-ct-tw-2025.yaml',
    inject: (t) => t.replace('clause: item-7__bullet-5', 'clause: item-7__bullet-9'),
    expect: /tasks\/chi-thi-52-ct-tw-2025\.yaml:\d+: "ct52-7-5" points at clause "item-7__bullet-9", which document "chi-thi-52-ct-tw-2025" does not have\. Fix:/,
  },
  {
    name: 'a task naming an unknown agency',
    file: 'src/content/tasks/chi-thi-52-ct-tw-2025.yaml',
    inject: (t) => t.replace('lead: [central-propaganda-mass-mobilization-commission]', 'lead: [central-propaganda-commission]'),
    expect: /tasks\/chi-thi-52-ct-tw-2025\.yaml:\d+: task "ct52-7-5" names an unknown agency "central-propaganda-commission" in lead\. Fix:/,
  },
  {
    name: 'a task quote that is not in its clause',
    file: 'src/content/tasks/thong-bao-ket-luan-2025-04-23.yaml',
    inject: (t) => t.replace('hoàn thành báo cáo Bộ Chính trị trong tháng 5/2025"', 'hoàn thành báo cáo Bộ Chính trị trong tháng 6/2025"'),
    expect: /tasks\/thong-bao-ket-luan-2025-04-23\.yaml:\d+: the vi quote of "tb-2-1-2-a" is not in clause "item-2__item-2.1__point-2__para-1"\. Fix:/,
  },
];

function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-fault-'));
  for (const entry of COPY) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

async function buildFails(dir: string): Promise<string> {
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}\n${err.stderr ?? ''}`;
  }
  throw new Error('the build succeeded although the content has a mistake');
}

for (const fault of FAULTS) {
  test(`the build fails on ${fault.name}, naming file, line and fix`, async () => {
    const dir = copyProject();
    try {
      const file = path.join(dir, fault.file);
      const before = fs.readFileSync(file, 'utf8');
      const after = fault.inject(before);
      assert.notEqual(after, before, 'the fault was injected');
      fs.writeFileSync(file, after);
      const output = await buildFails(dir);
      assert.match(output, fault.expect);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
