import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { BulkWriter, PartedWriter, csvFormat, jsonListFormat } from '../../src/lib/open-data/parts.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'parts-'));

test('a list past the limit goes on in parts, each a whole JSON file that names the next', () => {
  const dir = tmp();
  const writer = new PartedWriter(dir, '/data', 'tasks', jsonListFormat('tasks'), 1000);
  for (let i = 0; i < 50; i++) writer.add(JSON.stringify({ id: `t${i}`, text: 'x'.repeat(40) }));
  const parts = writer.close();
  assert.ok(parts.length > 1);
  let records = 0;
  parts.forEach((part, i) => {
    const file = path.join(dir, path.basename(part.path));
    assert.ok(fs.statSync(file).size <= 1000, `${part.path} under the limit`);
    assert.equal(fs.statSync(file).size, part.bytes);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    records += json.tasks.length;
    assert.equal(json.next, parts[i + 1]?.path);
  });
  assert.equal(records, 50);
  assert.equal(parts[0].path, '/data/tasks.json');
  assert.equal(parts[1].path, '/data/tasks-2.json');
});

test('every CSV part has its byte-order mark and header; an empty list is still a file', () => {
  const dir = tmp();
  const writer = new PartedWriter(dir, '/data', 'tasks', csvFormat('"id"\r\n'), 100);
  for (let i = 0; i < 20; i++) writer.add(`"t${i}"\r\n`);
  for (const part of writer.close()) assert.match(fs.readFileSync(path.join(dir, path.basename(part.path)), 'utf8'), /^\uFEFF"id"\r\n"t\d+"/);
  const empty = new PartedWriter(dir, '/data', 'none', jsonListFormat('none'));
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, path.basename(empty.close()[0].path)), 'utf8')), { none: [] });
});

test('the bulk download is gzipped NDJSON in parts under the limit', async () => {
  const dir = tmp();
  const bulk = new BulkWriter(dir, '/data/bulk', 'documents', 20_000);
  // Text that does not compress much, so the parts fill.
  for (let i = 0; i < 60; i++) await bulk.add(JSON.stringify({ id: i, text: randomBytes(1200).toString('hex') }));
  const parts = await bulk.close();
  assert.ok(parts.length > 1, `${parts.length} parts`);
  let lines = 0;
  for (const part of parts) {
    const file = path.join(dir, path.basename(part.path));
    assert.ok(fs.statSync(file).size <= 20_000 * 1.1, `${part.path}: ${fs.statSync(file).size} bytes`);
    lines += gunzipSync(fs.readFileSync(file)).toString().trim().split('\n').length;
  }
  assert.equal(lines, 60);
});
