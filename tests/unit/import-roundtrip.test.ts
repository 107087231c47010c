/**
 * Round trip on the sources the site already holds as hand-made texts: importing each source again gives
 * the same clause ids, holding the same text, for at least 95% of the hand-made text's clauses, and every
 * sentence of its body (as tests/fidelity defines the body) is on the imported page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { planImport, type ImportOptions } from '../../src/lib/import/importer.ts';
import { clauseRecords } from '../../src/lib/import/clause-records.ts';
import { comparable } from '../../src/lib/import/fidelity.ts';
import { ImportError } from '../../src/lib/import/report.ts';
import { loadSiteIndex } from '../../src/lib/import/site-index.ts';
import { createTextRenderer } from '../../src/lib/text/pipeline.ts';
import { SOURCES } from '../fidelity/sources.ts';
import { sectionSentences } from '../fidelity/sentences.ts';

const site = loadSiteIndex(process.cwd());
const renderer = await createTextRenderer({ agencies: site.agencies, documents: [] });

/** The documents whose text came from each source, and what an editor tells the importer about that source. */
const CASES: { file: string; document: string; options?: Omit<ImportOptions, 'fileName'> }[] = [
  { file: '000_ceff1da8fa0a6986.txt', document: 'thong-bao-ket-luan-2025-04-23' },
  {
    // A page of the Ministry's news: the article is one part of it, and prints no type.
    file: '001_cbae2daa710676d2.txt',
    document: 'tin-bo-y-te-2025-12-11',
    options: { type: 'news-article', from: 'Chiều 11/12/2025', to: 'Thứ trưởng Thường trực Vũ Mạnh Hà đề nghị', title: 'Thứ trưởng Thường trực Bộ Y tế Vũ Mạnh Hà: Dự thảo Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW cần sự đồng thuận, trách nhiệm của các cơ quan tổ chức thực hiện' },
  },
  { file: '002_ce1d7d310c2a7f79.txt', document: 'chi-thi-52-ct-tw-2025' },
  { file: '004_74b5fba1341c9a3e.txt', document: 'ke-hoach-an-giang-thuc-hien-chi-thi-52' },
  { file: 'Luat-bao-hiem-y-te-2008-25-2008-QH12-82196.txt', document: 'luat-bao-hiem-y-te-2008' },
];

const same = (t: string) => t.normalize('NFC').replace(/\s+/g, '');

for (const c of CASES) {
  test(`round trip: ${c.file} gives ${c.document}'s clause ids, and every body sentence reaches the page`, async (t) => {
    const raw = fs.readFileSync(path.join('provenance/sources', c.file));
    const plan = await planImport(raw, { fileName: c.file, ...c.options }, site);
    const handMade = clauseRecords(fs.readFileSync(path.join('src/content/texts', c.document, 'vi.mdx'), 'utf8'));
    const imported = new Map(clauseRecords(plan.mdx).map((r) => [r.id, same(r.text)]));
    assert.deepEqual([...imported.keys()], plan.clauseIds, 'the ids the importer computes are those the site computes');
    const differing = handMade.filter((r) => imported.get(r.id) !== same(r.text));
    const share = 1 - differing.length / handMade.length;
    t.diagnostic(`${c.file}: ${handMade.length - differing.length} of ${handMade.length} clauses at the same id with the same text (${(share * 100).toFixed(1)}%)${differing.length ? `; differing: ${differing.map((r) => r.id).join(', ')}` : ''}`);
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}% of the hand-made clauses at the same id`);

    // Fidelity: the imported text rendered by the site's pipeline, with its title, holds every sentence.
    const body = plan.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { code } = await renderer.render(body, { fileURL: pathToFileURL(path.resolve('.scratch-roundtrip', c.document, 'vi.mdx')) });
    const page = comparable(`${plan.title}\n${toText(fromHtml(code, { fragment: true }))}`);
    const spec = SOURCES.find((s) => s.file === c.file)!;
    for (const section of spec.sections.filter((s) => s.page === `vi/documents/${c.document}/index.html`)) {
      const sentences = sectionSentences(raw.toString('utf8'), spec, section);
      const missing = sentences.filter((s) => !page.includes(comparable(s)));
      assert.deepEqual(missing, [], `${missing.length} of ${sentences.length} sentences missing`);
    }
  });
}

test('round trip: the interview\'s source is English, which the importer refuses (its Vietnamese page is the site\'s translation)', async () => {
  await assert.rejects(planImport(fs.readFileSync('provenance/sources/003_c4af837f63e0ea47.txt'), { fileName: '003_c4af837f63e0ea47.txt' }, site), (e: unknown) => e instanceof ImportError && /not Vietnamese/.test(e.message));
});

test('the round trip fails when an id differs (the comparison can fail)', () => {
  const handMade = clauseRecords('<Clause kind="item" num="1.">\nA.\n</Clause>\n\nB.\n');
  const imported = new Map(clauseRecords('<Clause kind="item" num="2.">\nA.\n</Clause>\n\nB.\n').map((r) => [r.id, same(r.text)]));
  assert.equal(handMade.filter((r) => imported.get(r.id) !== same(r.text)).length, 2);
});
