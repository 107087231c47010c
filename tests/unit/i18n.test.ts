import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from '../../src/lib/i18n/dates.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { counterpartPath, linksInLanguage } from '../../src/lib/site/urls.ts';
import { clauseLabel } from '../../src/lib/site/toc.ts';

test('dates: dd/mm/yyyy in Vietnamese, written out in English, never shifted by a time zone', () => {
  assert.equal(formatDate('vi', '2025-10-03'), '03/10/2025');
  assert.equal(formatDate('en', '2025-10-03'), '3 October 2025');
  assert.equal(formatDate('en', '2025-05'), 'May 2025');
  assert.throws(() => formatDate('vi', '3/10/2025'));
});

test('both interface languages have the same keys, none empty', () => {
  assert.deepEqual(Object.keys(ui.vi).sort(), Object.keys(ui.en).sort());
  for (const lang of ['vi', 'en'] as const) for (const v of Object.values(ui[lang])) assert.ok(v.length > 0);
});

test('the language switch maps a page to its counterpart', () => {
  assert.equal(counterpartPath('/vi/documents/chi-thi-52-ct-tw-2025/', 'en'), '/en/documents/chi-thi-52-ct-tw-2025/');
  assert.equal(counterpartPath('/en/', 'vi'), '/vi/');
  assert.equal(counterpartPath('/', 'en'), '/en/');
});

test('table-of-contents labels: number, then the text cut at a word', () => {
  const label = clauseLabel({ num: '2.', text: 'Tập trung sửa đổi, bổ sung và hoàn thiện hệ thống chính sách, pháp luật về bảo hiểm y tế đáp ứng mục tiêu' });
  assert.ok(label.startsWith('2. Tập trung'));
  assert.ok(label.endsWith('…'));
  assert.ok(label.length < 85);
});

test('a text shown on a page of the other language links the site in the page\'s language', () => {
  const html = '<p><a class="agency" href="/vi/agencies/quoc-hoi/">Quốc hội</a>, <a href="/vi/documents/luat-x/#dieu-5">Điều 5</a>, <a href="https://example.org/vi/">x</a></p>';
  assert.equal(
    linksInLanguage(html, 'en'),
    '<p><a class="agency" href="/en/agencies/quoc-hoi/">Quốc hội</a>, <a href="/en/documents/luat-x/#dieu-5">Điều 5</a>, <a href="https://example.org/vi/">x</a></p>',
  );
});
