/** The benchmark's reading of the machine's CPU time (scripts/lib/measure.ts), reported beside each build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineCpu } from '../../scripts/lib/measure.ts';

test('busy time is user, nice, system and interrupts; steal is its own; idle and iowait count for neither', () => {
  const stat = 'cpu  1000 50 200 9000 30 5 15 77 0 0\ncpu0 500 25 100 4500 15 2 7 40 0 0\nintr 123\n';
  assert.deepEqual(machineCpu(stat), { busy: 12.7, steal: 0.77 });
});

test('the per-core lines are not the machine', () => {
  assert.throws(() => machineCpu('cpu0 1 2 3 4 5 6 7 8\n'), /no "cpu" line/);
});

test('this machine’s /proc/stat reads as two non-negative times', { skip: process.platform !== 'linux' }, async () => {
  const fs = await import('node:fs');
  const { busy, steal } = machineCpu(fs.readFileSync('/proc/stat', 'utf8'));
  assert.ok(busy > 0 && steal >= 0);
});
