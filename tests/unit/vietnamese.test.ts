import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldDiacritics, nameKey, normalizeToneMarks } from '../../src/lib/i18n/vietnamese.ts';

test('both tone-mark conventions normalise to one', () => {
  assert.equal(normalizeToneMarks('khoẻ'), 'khỏe');
  assert.equal(normalizeToneMarks('Đảng uỷ'), 'Đảng ủy');
  assert.equal(normalizeToneMarks('văn hoá'), 'văn hóa');
  assert.equal(normalizeToneMarks('khỏe'), 'khỏe');
  assert.equal(normalizeToneMarks('quý'), 'quý', '"qu" is a consonant: its vowel keeps the mark');
  assert.equal(normalizeToneMarks('hoàn'), 'hoàn', 'a final consonant keeps the mark on the second vowel');
});

test('NFD input equals NFC input', () => {
  const nfd = 'sức khoẻ'.normalize('NFD');
  assert.notEqual(nfd, 'sức khoẻ');
  assert.equal(normalizeToneMarks(nfd), normalizeToneMarks('sức khoẻ'));
});

test('folding removes every mark and folds đ to d', () => {
  assert.equal(foldDiacritics('Đảng uỷ Bộ Y tế'), 'Dang uy Bo Y te');
  assert.equal(foldDiacritics('đường'), 'duong');
});

test('name keys make spelling variants equal', () => {
  assert.equal(nameKey('Đảng uỷ  Chính phủ'), nameKey('đảng ủy chính phủ'));
  assert.notEqual(nameKey('Đảng uỷ Chính phủ'), nameKey('Đảng uỷ Quốc hội'));
});
