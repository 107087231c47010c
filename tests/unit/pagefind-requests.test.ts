/** The search index's window of requests to Pagefind (src/lib/search/pagefind-requests.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PagefindRequests, type PagefindAnswer } from '../../src/lib/search/pagefind-requests.ts';

/** A request Pagefind has not answered yet, and the way to answer it. */
function request() {
  let answer!: (a: PagefindAnswer) => void;
  const promise = new Promise<PagefindAnswer>((resolve) => (answer = resolve));
  return { promise, answer };
}

/** Whether a promise has settled by the time pending callbacks have run. */
async function isSettled(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((r) => setImmediate(r));
  return settled;
}

test('requests go out without waiting until the window is full, then one answer lets the next one go', async () => {
  const requests = new PagefindRequests(3);
  const sent = [request(), request(), request(), request()];
  assert.equal(await isSettled(requests.send(sent[0].promise)), true);
  assert.equal(await isSettled(requests.send(sent[1].promise)), true);
  // The third fills the window: its sender waits for the oldest answer.
  const third = requests.send(sent[2].promise);
  assert.equal(await isSettled(third), false);
  sent[1].answer({ errors: [] });
  assert.equal(await isSettled(third), false, 'a later answer does not stand for the oldest');
  sent[0].answer({ errors: [] });
  assert.equal(await isSettled(third), true);
  assert.equal(requests.sent, 3);
});

test('settled waits for every request sent', async () => {
  const requests = new PagefindRequests(4);
  const sent = [request(), request()];
  for (const r of sent) await requests.send(r.promise);
  const all = requests.settled();
  sent[0].answer({ errors: [] });
  assert.equal(await isSettled(all), false);
  sent[1].answer({ errors: [] });
  assert.equal(await isSettled(all), true);
});

test('an error Pagefind answers is thrown where its request is awaited, with its words', async () => {
  const requests = new PagefindRequests(2);
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const first = request();
    await requests.send(first.promise);
    // Answered with errors while nothing awaits it yet: no unhandled rejection.
    first.answer({ errors: ['bad html', 'no body'] });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(unhandled, []);
    await assert.rejects(requests.send(Promise.resolve({ errors: [] })), /^Error: pagefind: bad html; no body$/);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('a window holds at least one request', () => {
  assert.throws(() => new PagefindRequests(0), RangeError);
  assert.throws(() => new PagefindRequests(1.5), RangeError);
});
