/**
 * `npm run import` on a copy of the site's content: what it writes, that the result passes the content
 * validator (the build's first step, with the same checks), and that it writes nothing when it refuses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildContentIndex, defaultPaths } from '../../src/lib/content/content-index.ts';

const repo = process.cwd();

/** A Law as the legal databases print it (lines of the Children Law 2016, cut short), one paragraph per line. */
const LAW = [
  'QUỐC HỘI --------',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
  'Luật số: 102/2016/QH13',
  'Hà Nội, ngày 05 tháng 4 năm 2016',
  'LUẬT',
  'TRẺ EM',
  'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
  'Quốc hội ban hành Luật trẻ em.',
  'Chương I',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Điều 1. Trẻ em',
  'Trẻ em là người dưới 16 tuổi.',
  'Điều 2. Giải thích từ ngữ',
  'Trong Luật này, các từ ngữ dưới đây được hiểu như sau:',
  '1. Bảo vệ trẻ em là việc thực hiện các biện pháp phù hợp để bảo đảm trẻ em được sống an toàn, lành mạnh.',
  '2. Phát triển toàn diện của trẻ em là sự phát triển đồng thời cả về thể chất, trí tuệ, tinh thần, đạo đức.',
  'Điều 3. Hiệu lực thi hành',
  '1. Luật này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2017.',
  '2. Luật bảo vệ, chăm sóc và giáo dục trẻ em số 25/2004/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.',
  'Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 11 thông qua ngày 05 tháng 4 năm 2016.',
  'CHỦ TỊCH QUỐC HỘI',
  'Nguyễn Thị Kim Ngân',
  '',
].join('\n');

/**
 * A copy of the site's content without the Children Law (the site may hold it): the import below is then
 * a new document, whatever the content holds.
 */
function siteCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
  fs.cpSync(path.join(repo, 'src/content'), path.join(dir, 'src/content'), { recursive: true });
  fs.cpSync(path.join(repo, 'provenance'), path.join(dir, 'provenance'), { recursive: true });
  const documents = path.join(dir, 'src/content/documents');
  const gone = new Set<string>();
  for (const name of fs.readdirSync(documents)) {
    const meta = parse(fs.readFileSync(path.join(documents, name), 'utf8'));
    if (meta.number === '102/2016/QH13' || meta.number === '25/2004/QH11') {
      gone.add(name.replace(/\.yaml$/, ''));
      fs.rmSync(path.join(documents, name));
      fs.rmSync(path.join(dir, 'src/content/texts', name.replace(/\.yaml$/, '')), { recursive: true, force: true });
    }
  }
  for (const name of fs.readdirSync(documents)) {
    const file = path.join(documents, name);
    const kept = fs.readFileSync(file, 'utf8').split('\n').filter((l) => ![...gone].some((id) => l.includes(`target: ${id} `) || l.includes(`target: ${id},`)));
    fs.writeFileSync(file, kept.join('\n'));
  }
  return dir;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, last: r.stdout.trim().split('\n').pop() };
}

/** Every file under `dir` with its content, to tell that a refused import wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(path.join(f.parentPath, f.name), fs.readFileSync(path.join(f.parentPath, f.name), 'utf8'));
  }
  return out;
}

test('an import writes metadata, text, the raw source and cited-only entries; the site then validates; the last line is the id', async () => {
  const site = siteCopy();
  const file = path.join(site, 'Luat-tre-em-2016.txt');
  fs.writeFileSync(file, LAW);

  const dry = run(site, [file, '--dry-run']);
  assert.equal(dry.code, 0, dry.err);
  assert.equal(dry.last, 'luat-tre-em-2016');
  assert.match(dry.out, /Found \(\d+\):/);
  assert.match(dry.out, /Needs a person \(warnings\)/);
  assert.ok(!fs.existsSync(path.join(site, 'src/content/documents/luat-tre-em-2016.yaml')), '--dry-run writes nothing');

  const done = run(site, [file, '--publisher', 'Kho văn bản pháp luật', '--publisher-en', 'Legal corpus']);
  assert.equal(done.code, 0, done.err);
  assert.equal(done.last, 'luat-tre-em-2016');
  const meta = parse(fs.readFileSync(path.join(site, 'src/content/documents/luat-tre-em-2016.yaml'), 'utf8'));
  assert.equal(meta.type, 'law');
  assert.equal(meta.number, '102/2016/QH13');
  assert.equal(meta.date, '2016-04-05');
  assert.deepEqual(meta.issuer, ['national-assembly']);
  assert.deepEqual(meta.signer, { name: { vi: 'Nguyễn Thị Kim Ngân', en: 'Nguyen Thi Kim Ngan' }, role: { vi: 'Chủ tịch Quốc hội', en: 'Chair of the National Assembly' } });
  assert.deepEqual(meta.title, { vi: 'Luật Trẻ em', en: 'Law No. 102/2016/QH13' });
  assert.deepEqual(meta.relations, [{ type: 'replaces', target: 'luat-25-2004-qh11', from: 'dieu-3__khoan-2' }]);
  assert.equal(meta.sources[0].file, 'Luat-tre-em-2016.txt');
  assert.equal(fs.readFileSync(path.join(site, 'provenance/sources/Luat-tre-em-2016.txt'), 'utf8'), LAW, 'the raw source unchanged');
  assert.ok(fs.existsSync(path.join(site, 'src/content/documents/luat-25-2004-qh11.yaml')), 'a cited-only entry for the law it replaces');
  assert.ok(!fs.existsSync(path.join(site, 'src/content/texts/luat-tre-em-2016/en.mdx')), 'Vietnamese only');

  const index = await buildContentIndex(defaultPaths(site), { threads: 1 });
  const clauses = index.texts.get('luat-tre-em-2016')?.vi?.clauses.map((c) => c.id) ?? [];
  for (const id of ['header', 'title', 'chuong-I', 'dieu-1', 'dieu-2__khoan-2', 'dieu-3__khoan-2', 'signature']) assert.ok(clauses.includes(id), id);

  // Again: the document exists, so nothing is written without --force.
  const before = snapshot(site);
  const again = run(site, [file]);
  assert.equal(again.code, 1);
  assert.match(again.err, /already has a document "luat-tre-em-2016"[\s\S]*Fix: pass --force/);
  assert.deepEqual(snapshot(site), before);
  assert.equal(run(site, [file, '--force']).code, 0);
  fs.rmSync(site, { recursive: true, force: true });
});

test('bad input ends with an error and writes nothing', () => {
  const site = siteCopy();
  const before = snapshot(site);
  const empty = path.join(os.tmpdir(), `empty-${process.pid}.txt`);
  fs.writeFileSync(empty, '');
  const english = path.join(repo, 'provenance/sources/003_c4af837f63e0ea47.txt');
  for (const [args, reason] of [[[empty], /empty/], [[english], /not Vietnamese/], [[], /no file given/], [[empty, '--type', 'memo'], /unknown type/]] as const) {
    const r = run(site, [...args]);
    assert.equal(r.code, 1, `${args.join(' ')}: exit 1`);
    assert.match(r.err, reason);
  }
  fs.rmSync(empty);
  assert.deepEqual(snapshot(site), before);
  fs.rmSync(site, { recursive: true, force: true });
});

test('a document the site held as cited-only gets its text: its entry and links move to the import, its old URL redirects', async () => {
  const site = siteCopy();
  const documents = path.join(site, 'src/content/documents');
  fs.writeFileSync(path.join(documents, 'luat-102-2016-qh13.yaml'), 'type: law\nnumber: 102/2016/QH13\ntitle: { vi: Luật số 102/2016/QH13, en: Law No. 102/2016/QH13 }\nissuer: []\nsigner: null\ndate: null\nplace: null\nfield: []\nstatus: null\nsourceLanguage: vi\nhasText: false\nsources: []\nrelations: []\n');
  const citing = path.join(documents, 'chi-thi-52-ct-tw-2025.yaml');
  fs.writeFileSync(citing, `${fs.readFileSync(citing, 'utf8')}  - { type: cites, target: luat-102-2016-qh13 }\n`);
  const file = path.join(site, 'Luat-tre-em-2016.txt');
  fs.writeFileSync(file, LAW);
  const r = run(site, [file]);
  assert.equal(r.code, 0, r.err);
  assert.ok(!fs.existsSync(path.join(documents, 'luat-102-2016-qh13.yaml')));
  assert.match(fs.readFileSync(citing, 'utf8'), /\{ type: cites, target: luat-tre-em-2016 \}/);
  assert.match(fs.readFileSync(path.join(site, 'src/content/redirects.yaml'), 'utf8'), /\{ from: luat-102-2016-qh13, to: luat-tre-em-2016 \}/);
  const index = await buildContentIndex(defaultPaths(site), { threads: 1 });
  assert.ok(index.documents.has('luat-tre-em-2016'));
  fs.rmSync(site, { recursive: true, force: true });
});
