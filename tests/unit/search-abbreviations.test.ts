import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { AbbreviationCollector, definedPhrase } from '../../src/lib/search/abbreviations.ts';
import { splitWords } from '../../src/lib/search/words.ts';
import { foldDiacritics, normalizeToneMarks } from '../../src/lib/i18n/vietnamese.ts';
import { readReviewedAbbreviations } from '../../src/integrations/search-index/references.ts';

const before = (text: string) => splitWords(text);

test('a parenthesised abbreviation stands for the words before it whose initials spell it', () => {
  assert.equal(definedPhrase(before('chính sách, pháp luật của Nhà nước về bảo hiểm y tế'), 'BHYT'), 'bảo hiểm y tế');
  assert.equal(definedPhrase(before('chi phí khám bệnh, chữa bệnh'), 'KCB'), 'khám bệnh, chữa bệnh');
  assert.equal(definedPhrase(before('lãnh đạo Hội đồng nhân dân'), 'HĐND'), 'Hội đồng nhân dân');
  assert.equal(definedPhrase(before('các cấp, Ủy ban nhân dân'), 'UBND'), 'Ủy ban nhân dân');
  assert.equal(definedPhrase(before('Mặt trận Tổ quốc Việt Nam'), 'MTTQ'), undefined, 'the last word must spell the last letter');
  assert.equal(definedPhrase(before('Thực hành sản xuất tốt'), 'GMP'), undefined, 'initials of another language: the phrase cannot be told');
  assert.equal(definedPhrase(before('theo quy định. Bảo hiểm'), 'QDBH'), undefined, 'not across a sentence');
});

test('the collector finds definitions and abbreviations used beside their spelled-out phrase, not headings or numbers', () => {
  const c = new AbbreviationCollector();
  c.startDocument('doc-1');
  c.addText('Thực hiện chính sách bảo hiểm y tế (BHYT) và bảo hiểm xã hội; cơ quan BHXH tỉnh.');
  c.addText('CHỈ THỊ VỀ BHYT TOÀN DÂN, số 52-CT/TW, Chương II');
  c.endDocument();
  c.startDocument('doc-2');
  c.addText('Cơ quan BHXH phối hợp; quỹ bảo hiểm xã hội được bảo toàn; bảo hiểm xã hội bắt buộc.');
  c.endDocument();
  const table = c.result([{ abbr: 'TW', expansions: ['Trung ương'], from: [] }]);
  assert.deepEqual(table.map((a) => a.abbr), ['TW', 'BHXH', 'BHYT']);
  assert.deepEqual(table[0].from, ['reviewed']);
  assert.deepEqual(table.find((a) => a.abbr === 'BHYT')!.from, ['defined in doc-1']);
  assert.deepEqual(table.find((a) => a.abbr === 'BHXH'), { abbr: 'BHXH', expansions: ['bảo hiểm xã hội'], from: ['used in doc-1'] });
  assert.ok(!table.some((a) => ['CT', 'II', 'THỊ'].includes(a.abbr)));

  const once = new AbbreviationCollector();
  once.startDocument('doc-1');
  once.addText('cơ quan BHXH; bảo hiểm xã hội');
  once.endDocument();
  assert.deepEqual(once.result([]), [], 'one document is not enough to pair an abbreviation with a phrase');
});

test('every reviewed abbreviation is one the texts use, or one whose expansion the texts write out', () => {
  const dir = path.resolve('src/content/texts');
  const texts = fs
    .readdirSync(dir)
    .flatMap((d) => ['vi.mdx'].map((f) => path.join(dir, d, f)).filter((f) => fs.existsSync(f)))
    .map((f) => fs.readFileSync(f, 'utf8'));
  const folded = foldDiacritics(normalizeToneMarks(texts.join('\n'))).toLowerCase().replace(/[\s,]+/g, ' ');
  const reviewed = readReviewedAbbreviations();
  assert.ok(reviewed.length > 0);
  for (const entry of reviewed) {
    assert.ok(entry.source.length > 20, `${entry.abbr} says where it comes from`);
    const used = texts.some((t) => new RegExp(`(^|[^\\p{L}])${entry.abbr}([^\\p{L}]|$)`, 'u').test(t));
    const spelled = entry.expansions.some((e) => folded.includes(foldDiacritics(normalizeToneMarks(e)).toLowerCase().replace(/[\s,]+/g, ' ')));
    assert.ok(used || spelled, `${entry.abbr}: neither it nor its expansions stand in the texts`);
  }
});
