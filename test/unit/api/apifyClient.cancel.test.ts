// Cancellation: an aborted call stops at once, makes no further request, and is not
// reported as a failure.
import * as assert from 'node:assert/strict';
import { isAbortError } from '../../../src/api/abort';
import { clientFor, delay, rejectionOf, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient cancellation', () => {
  const fake = useFakeApify();

  it('abort during a back-off wait rejects at once and sends nothing more', async () => {
    fake().failNext(1, { status: 503 });
    const controller = new AbortController();
    let abortedAt = 0;
    const { client, log } = clientFor(fake(), {
      retry: { initialDelayMs: 2_000, maxDelayMs: 2_000 },
      onRequest: (entry) => {
        if (entry.retryInMs !== undefined) {
          abortedAt = Date.now();
          setTimeout(() => controller.abort(), 0);
        }
      },
    });
    const error = await rejectionOf(client.listTasks({ offset: 0, limit: 5, desc: false, signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.equal((error as { kind?: string }).kind, 'aborted');
    assert.ok(Date.now() - abortedAt < 200, `took ${Date.now() - abortedAt} ms after abort`);
    await delay(200);
    assert.equal(fake().requests.length, 1);
    assert.equal(log.length, 1, 'the wait itself is not logged as another attempt');
  });

  it('abort of an in-flight stalled request rejects at once, not retried, logged as cancelled', async () => {
    fake().failNext(1, { kind: 'stall', ms: 5_000 });
    const controller = new AbortController();
    const { client, log } = clientFor(fake());
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(client.listTasks({ offset: 0, limit: 5, desc: false, signal: controller.signal }));
    assert.ok(isAbortError(error));
    assert.ok(Date.now() - started < 500, `took ${Date.now() - started} ms`);
    await delay(100);
    assert.equal(fake().requests.length, 1);
    assert.equal(log.length, 1);
    assert.equal(log[0]!.aborted, true);
    assert.equal(log[0]!.error, undefined);
    assert.equal(log[0]!.retryInMs, undefined);
  });

  it('an already aborted signal makes no request', async () => {
    const controller = new AbortController();
    controller.abort();
    const { client, log } = clientFor(fake());
    assert.ok(isAbortError(await rejectionOf(client.getCurrentUser({ signal: controller.signal }))));
    assert.equal(fake().requests.length, 0);
    assert.equal(log.length, 0);
  });

  it('a signal aborted after success changes nothing, and leaves no listener behind', async () => {
    const controller = new AbortController();
    const { client } = clientFor(fake());
    for (let i = 0; i < 20; i++) await client.listTasks({ offset: 0, limit: 1, desc: false, signal: controller.signal });
    controller.abort();
    assert.equal(fake().requests.length, 20);
  });
});
