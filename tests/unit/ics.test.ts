import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldLine, toIcs } from '../../src/lib/open-data/ics.ts';

const octets = (s: string) => Buffer.byteLength(s);
const unfold = (s: string) => s.replace(/\r\n /g, '');

test('a line of at most 75 octets is left as it is', () => {
  assert.equal(foldLine('SUMMARY:short'), 'SUMMARY:short');
  const exact = `DESCRIPTION:${'a'.repeat(75 - 12)}`;
  assert.equal(octets(exact), 75);
  assert.equal(foldLine(exact), exact);
});

test('ASCII folds at 75 octets, continuation lines at 74 plus the leading space', () => {
  const line = `DESCRIPTION:${'x'.repeat(300)}`;
  const parts = foldLine(line).split('\r\n');
  assert.equal(parts[0].length, 75);
  for (const p of parts.slice(1, -1)) assert.equal(octets(p), 75);
  assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
  assert.equal(unfold(foldLine(line)), line);
});

test('Vietnamese and astral characters are never cut, and no line passes 75 octets', () => {
  const line = `DESCRIPTION:${'Bộ Y tế chủ trì, phối hợp với các bộ, ngành liên quan 🏥 '.repeat(20)}`;
  const folded = foldLine(line);
  assert.equal(unfold(folded), line);
  for (const p of folded.split('\r\n')) {
    assert.ok(octets(p) <= 75, `${octets(p)} octets: ${p}`);
    assert.ok(!p.includes('\uFFFD'));
    assert.equal(Buffer.from(p, 'utf8').toString('utf8'), p);
  }
  // Each cut is as late as the limit allows: adding the next character would pass it.
  const parts = folded.split('\r\n');
  const rest = unfold(folded);
  let at = 0;
  for (const [i, p] of parts.slice(0, -1).entries()) {
    const body = i === 0 ? p : p.slice(1);
    at += body.length;
    const next = String.fromCodePoint(rest.codePointAt(at)!);
    assert.ok(octets(p) + octets(next) > 75, `line ${i} could have held "${next}"`);
  }
});

test('a calendar has CRLF line ends and escaped text', () => {
  const ics = toIcs('Bộ Y tế', [{ uid: 't1@example', date: '2025-12-31', summary: 'a, b; c', description: 'x\ny', url: 'https://example/vi/' }], new Date('2026-12-02T15:04:05.678Z'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.match(ics, /DTSTAMP:20261202T150405Z\r\n/, 'stamped when the calendar was made, not at the deadline');
  assert.match(ics, /SUMMARY:a\\, b\\; c\r\n/);
  assert.match(ics, /DTEND;VALUE=DATE:20260101\r\n/);
  assert.ok(!/[^\r]\n/.test(ics));
});

test('a calendar without events is refused (RFC 5545 requires one)', () => {
  assert.throws(() => toIcs('Bộ Y tế', [], new Date()), /no event/);
});
