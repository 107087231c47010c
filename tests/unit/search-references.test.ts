import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentNumberKey, parseReference } from '../../src/lib/search/legal-reference.ts';
import {
  compactArticles,
  hasArticle,
  resolveReference,
  subjectKey,
  titleSubject,
  unitBucket,
  unitFit,
  type DocumentEntry,
  type ReferenceLoader,
  type UnitsFile,
} from '../../src/lib/search/references.ts';
import { AbbreviationIndex } from '../../src/lib/search/abbreviations.ts';

const steps = (q: string) => parseReference(q)!.units;

test('units of a legal reference, in any order, with or without diacritics, in either language', () => {
  for (const q of ['điểm a khoản 1 Điều 22', 'diem a khoan 1 dieu 22', 'ĐIỀU 22 KHOẢN 1 ĐIỂM A', 'Point a, Clause 1, Article 22', 'Article 22(1)(a)']) {
    assert.equal(unitFit('dieu-22__khoan-1__diem-a', steps(q)), 0, q);
    assert.equal(unitFit('dieu-22__khoan-1', steps(q)), undefined, q);
  }
  assert.equal(unitFit('dieu-6a', steps('Điều 6a')), 0);
  assert.equal(unitFit('dieu-2__khoan-1__diem-dd', steps('điểm đ khoản 1 điều 2')), 0, 'đ is its own letter');
  assert.notEqual(unitFit('dieu-2__khoan-1__diem-dd', steps('diem d khoan 1 dieu 2')), undefined, 'typed without diacritics, d may be đ');
  assert.ok(unitFit('dieu-2__khoan-1__diem-d', steps('diem d khoan 1 dieu 2'))! < unitFit('dieu-2__khoan-1__diem-dd', steps('diem d khoan 1 dieu 2'))!, 'but d first');
  assert.notEqual(unitFit('chuong-II', steps('chương 2')), undefined, 'chapters in Arabic or Roman numerals');
  assert.equal(unitFit('chuong-II', steps('Chapter II')), 0);
  assert.equal(unitFit('phan-1', steps('Phần thứ nhất')), 0);
  assert.equal(unitFit('item-2__item-2.2__point-2', steps('điểm (2) mục 2.2')), 0, 'points and items of Party texts');
});

test('plain words are not references', () => {
  for (const q of ['điều kiện khám bệnh', 'khoản tiền', 'mục tiêu 2030', 'phần lớn', 'bảo hiểm y tế', 'tháng 5/2025', '95%', 'kế hoạch 2030', 'health plan']) assert.equal(parseReference(q), null, q);
});

test('documents named by number, by type and number, or by type and title', () => {
  assert.deepEqual(parseReference('52-CT/TW')!.number, { key: '52-CT/TW', lead: 52 });
  assert.deepEqual(parseReference('146/2018/nđ-cp')!.number, { key: '146/2018/ND-CP', lead: 146 });
  assert.equal(documentNumberKey('5/2025'), undefined, 'a date is not a number');
  const directive = parseReference('Chỉ thị 52')!;
  assert.equal(directive.type, 'directive');
  assert.equal(directive.typeNumber, 52);
  assert.equal(parseReference('nghi quyet so 72')!.typeNumber, 72);
  const law = parseReference('Điều 22 Luật bảo hiểm y tế năm 2008')!;
  assert.deepEqual([law.type, law.subject, law.year, law.pure], ['law', ['bảo', 'hiểm', 'y', 'tế'], 2008, true]);
  assert.deepEqual(parseReference('Article 22 of the Law on Health Insurance')!.subject, ['Health', 'Insurance']);
  assert.deepEqual(parseReference('Health Insurance Law')!.subject, ['Health', 'Insurance']);
  assert.equal(parseReference('khoản 1 điều 12')!.pure, true);
  assert.equal(parseReference('khoản 1 điều 12')!.text, '', 'a citation alone leaves no words to search');
  assert.equal(parseReference('Article 22(1)(a) of the Law on Health Insurance')!.text, 'Law on Health Insurance');
  assert.equal(parseReference('quyền của người bệnh điều 12')!.pure, false);
});

test('the reference index files documents by number and title subject, and articles by bucket', () => {
  assert.deepEqual(titleSubject('Luật Bảo hiểm y tế', 'law', 'vi'), ['Bảo', 'hiểm', 'y', 'tế']);
  assert.deepEqual(titleSubject('Law on Health Insurance', 'law', 'en'), ['Health', 'Insurance']);
  assert.deepEqual(titleSubject('Labour Code', 'code', 'en'), ['Labour']);
  assert.equal(subjectKey(['Bảo', 'hiểm']), 'b');
  assert.equal(subjectKey(['Đất', 'đai']), 'd');
  assert.equal(subjectKey([]), '_');
  assert.equal(unitBucket('dieu-85__khoan-1'), unitBucket('dieu-159'));
  assert.notEqual(unitBucket('dieu-1'), unitBucket('dieu-85'));
  assert.equal(unitBucket('chuong-II'), unitBucket('dieu-1'), 'units outside articles share the first file');
  assert.equal(unitBucket('item-2__point-1'), unitBucket('dieu-1'));
  assert.equal(compactArticles(['1', '2', '3', '5', '6a', '6']), '1-3,5-6,6a');
  assert.equal(hasArticle('1-3,5-6,6a', ['6']), true);
  assert.equal(hasArticle('1-3,5-6,6a', ['4']), false);
  assert.equal(hasArticle('1-3,5-6,6a', ['6A']), true);
});

function law(id: string, number: string, title: string, cited: number, articles: number): DocumentEntry {
  return { id, type: 'law', number, title: { vi: title, en: title }, date: `20${number.split('/')[1]?.slice(2) ?? '10'}-01-01`, cited, articles: `1-${articles}` };
}
const laws = [law('luat-a', '25/2008/QH12', 'Luật Bảo hiểm y tế', 5, 52), law('luat-b', '58/2014/QH13', 'Luật Bảo hiểm xã hội', 9, 125), law('luat-c', '105/2016/QH13', 'Luật Dược', 1, 10)];
const directive: DocumentEntry = { id: 'ct-52', type: 'directive', number: '52-CT/TW', title: { vi: 'Chỉ thị', en: 'Directive' }, date: '2025-10-03', cited: 2 };
const unitsOf = (d: DocumentEntry, ids: string[]): UnitsFile => ({ document: d, units: ids.map((id) => ({ id, title: id })) });
const loader: ReferenceLoader = {
  byNumber: async (lead) => [...laws, directive].filter((d) => Number.parseInt(d.number!, 10) === lead),
  byTitle: async (lang, key) => laws.filter((d) => subjectKey(titleSubject(d.title[lang], d.type, lang)) === key),
  mostCited: async (page) => ({ documents: page === 0 ? [...laws].sort((a, b) => b.cited - a.cited) : [], more: false }),
  units: async (doc, _lang, bucket) => {
    const d = laws.find((l) => l.id === doc);
    if (!d) return undefined;
    const ids = Array.from({ length: Number(d.articles!.split('-')[1]) }, (_, i) => [`dieu-${i + 1}`, `dieu-${i + 1}__khoan-1`]).flat();
    return unitsOf(d, ids.filter((id) => unitBucket(id) === bucket));
  },
};
const resolve = (q: string, context?: string) =>
  resolveReference(parseReference(q)!, { lang: 'vi', loader, context, abbreviations: new AbbreviationIndex([{ abbr: 'BHYT', expansions: ['bảo hiểm y tế'], from: ['reviewed'] }]) }).then((ts) =>
    ts.map((t) => `${t.document.id}${t.unit ? `#${t.unit.id}` : ''}`),
  );

test('a reference resolves in the law it names, however the law is named', async () => {
  for (const q of ['Điều 22 Luật bảo hiểm y tế', 'dieu 22 luat bao hiem y te', 'Điều 22 Luật BHYT', 'Điều 22 Luật số 25/2008/QH12', 'khoản 1 Điều 22 Luật Bảo hiểm y tế 2008']) {
    const [first] = await resolve(q);
    assert.match(first, /^luat-a#dieu-22/, q);
  }
  assert.deepEqual(await resolve('Điều 60 Luật Bảo hiểm y tế'), ['luat-a'], 'a unit the law does not have: the law');
  assert.deepEqual(await resolve('Luật bảo hiểm'), ['luat-b', 'luat-a'], 'a partial title: every law it begins, most cited first');
  assert.deepEqual(await resolve('52-CT/TW'), ['ct-52']);
  assert.deepEqual(await resolve('Chỉ thị 52'), ['ct-52']);
  assert.deepEqual(await resolve('Nghị quyết 52'), [], 'the type must match');
});

test('an article cited without its law: the document the reader came from, then the laws holding it, most cited first', async () => {
  assert.deepEqual(await resolve('khoản 1 điều 12'), ['luat-b#dieu-12__khoan-1', 'luat-a#dieu-12__khoan-1']);
  assert.deepEqual(await resolve('Điều 12', 'luat-a'), ['luat-a#dieu-12', 'luat-b#dieu-12']);
  assert.deepEqual(await resolve('Điều 100'), ['luat-b#dieu-100']);
  assert.deepEqual(await resolve('khoản 2 điều 12'), [], 'no law has it');
  assert.deepEqual(await resolve('quyền người bệnh điều 12'), [], 'other words: left to the ranking');
});

test('a units file holds every language of its bucket; a language the document lacks reads as no file', async () => {
  const { unitsInLanguage } = await import('../../src/lib/search/references.ts');
  const document = { id: 'luat-x', type: 'law', number: '1/2020/QH14', title: { vi: 'Luật X', en: 'Law X' }, date: null } as const;
  const file = { document, units: { vi: [{ id: 'dieu-1', title: 'Phạm vi' }] } };
  assert.deepEqual(unitsInLanguage(file, 'vi'), { document, units: [{ id: 'dieu-1', title: 'Phạm vi' }] });
  assert.equal(unitsInLanguage(file, 'en'), undefined);
  assert.equal(unitsInLanguage(undefined, 'vi'), undefined);
});
