import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHARE_PATH, STATIC_SHARE_PAGES_MAX, requestedShareMode, resolveShareMode } from '../../src/lib/share/mode.ts';

test('the publisher chooses the share-page mode; auto writes files only while they are few', () => {
  assert.equal(requestedShareMode({}), 'auto');
  assert.equal(requestedShareMode({ SHARE_PAGES: 'Server' }), 'server');
  assert.throws(() => requestedShareMode({ SHARE_PAGES: 'dynamic' }), /not a share-page mode/);
  assert.equal(resolveShareMode('auto', 2_000), 'static');
  assert.equal(resolveShareMode('auto', STATIC_SHARE_PAGES_MAX + 1), 'none');
  assert.equal(resolveShareMode('static', 1_000_000), 'static', 'a publisher may ask for every file');
});

test('a share address names a language, a document and a clause', () => {
  assert.deepEqual(SHARE_PATH.exec('/vi/share/luat-bao-hiem-y-te-2008/dieu-22__khoan-1/')?.slice(1), ['vi', 'luat-bao-hiem-y-te-2008', 'dieu-22__khoan-1']);
  assert.equal(SHARE_PATH.exec('/vi/documents/x/'), null);
});
