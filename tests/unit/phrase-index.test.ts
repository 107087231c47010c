import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { phraseIndex } from '../../src/lib/text/phrase-index.ts';

const index = (...phrases: string[]) => phraseIndex(new Map(phrases.map((p) => [p, p])))!;
const found = (phrases: string[], text: string) => index(...phrases).find(text).map((m) => text.slice(m.start, m.end));

test('the longest phrase at a place wins, and matches do not overlap', () => {
  assert.deepEqual(found(['Bộ Y tế', 'Đảng uỷ Bộ Y tế'], 'Đảng uỷ Bộ Y tế và Bộ Y tế.'), ['Đảng uỷ Bộ Y tế', 'Bộ Y tế']);
  assert.deepEqual(found(['y tế', 'bảo hiểm y tế'], 'quỹ bảo hiểm y tế'), ['bảo hiểm y tế']);
});

test('a phrase starts and ends at word boundaries; its words may be apart by any whitespace', () => {
  assert.deepEqual(found(['Bộ Y tế'], 'XBộ Y tế, Bộ Y tếX, Bộ  Y\ntế'), ['Bộ  Y\ntế']);
  assert.deepEqual(found(['COVID'], 'SARSCOVID COVID19 COVID-19'), ['COVID']);
});

test('a phrase may start with a sign, but not inside a word', () => {
  assert.deepEqual(found(['"Luật A"'], 'x"Luật A" và "Luật A"'), ['"Luật A"']);
});

test('at: the longest phrase that starts exactly there', () => {
  const i = index('luật bảo hiểm y tế', 'luật bảo hiểm');
  const text = 'Điều 22 luật bảo hiểm y tế năm 2008';
  assert.deepEqual(i.at(text, 8), { start: 8, end: 26, value: 'luật bảo hiểm y tế' });
  assert.equal(i.at(text, 9), undefined);
  assert.equal(phraseIndex(new Map()), undefined);
});

// The index replaced one regular expression of every phrase as alternatives; on real text, with phrases
// taken from it (runs of two to five words, some overlapping, many sharing a first word), both find the same.
test('the same matches as one alternation of every phrase, on the real texts of provenance/sources', () => {
  const dir = 'provenance/sources';
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC'));
  assert.ok(texts.length >= 5);
  const phrases = new Set<string>();
  for (const text of texts.slice(0, 3)) {
    const words = text.split(/\s+/).filter(Boolean);
    for (let i = 0; i + 5 < words.length; i += 19) phrases.add(words.slice(i, i + 2 + (i % 4)).join(' '));
  }
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const i = phraseIndex(new Map(sorted.map((p) => [p, p])))!;
  let matches = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const expected = [...line.matchAll(alternation)].map((m) => [m.index, m.index + m[0].length]);
      assert.deepEqual(i.find(line).map((m) => [m.start, m.end]), expected, line);
      matches += expected.length;
    }
  }
  assert.ok(sorted.length > 300 && matches > 1000, `${sorted.length} phrases, ${matches} matches`);
});
