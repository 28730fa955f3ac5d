// Retries over real HTTP: which failures are retried, how often, how long the waits are,
// and that the overall budget holds. Attempts are counted on the fake's recorded requests.
import * as assert from 'node:assert/strict';
import type { Fault } from '../../fake-apify/faults';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient retries', () => {
  const fake = useFakeApify();
  const list = (options: Parameters<typeof clientFor>[1] = {}) => {
    const { client, log } = clientFor(fake(), options);
    return { result: client.listTasks({ offset: 0, limit: 10, desc: false }), log };
  };

  const transient: [string, Fault][] = [
    ['429', { status: 429 }],
    ['500', { status: 500 }],
    ['502 with an HTML page', { kind: 'html', status: 502 }],
    ['503', { status: 503 }],
    ['a dropped connection', { kind: 'drop' }],
    ['a truncated body', { kind: 'truncate' }],
    ['a truncated body with the connection closed', { kind: 'truncate', closeConnection: true }],
    ['a 200 HTML page', { kind: 'non-json' }],
    ['an empty 200', { kind: 'empty' }],
    ['a stalled answer', { kind: 'stall', ms: 3_000 }],
    ['an answer stalled mid-body', { kind: 'stall', ms: 3_000, phase: 'body' }],
  ];

  for (const [name, fault] of transient) {
    it(`retries ${name} and then succeeds`, async () => {
      fake().failNext(2, fault);
      const { result, log } = list({ retry: { attemptTimeoutMs: 300 } });
      const page = await result;
      assert.equal(page.count, 10);
      assert.equal(fake().requests.length, 3);
      assert.deepEqual(log.map((e) => e.attempt), [1, 2, 3]);
      assert.ok(log[0]!.error && log[0]!.retryInMs !== undefined, JSON.stringify(log[0]));
      assert.equal(log[2]!.error, undefined);
    });
  }

  const exhausted: [string, Fault, string][] = [
    ['429', { status: 429 }, 'rate-limited'],
    ['503', { status: 503 }, 'server'],
    ['drops', { kind: 'drop' }, 'network'],
    ['truncated bodies', { kind: 'truncate' }, 'invalid-response'],
    ['stalls', { kind: 'stall', ms: 3_000 }, 'timeout'],
  ];
  for (const [name, fault, kind] of exhausted) {
    it(`gives up after maxAttempts of ${name} with a "${kind}" error`, async () => {
      fake().failNext(10, fault);
      const { result, log } = list({ retry: { maxAttempts: 3, attemptTimeoutMs: 200 } });
      const error = await rejectionOf(result);
      assert.equal((error as { kind?: string }).kind, kind, String(error));
      assert.equal(fake().requests.length, 3);
      assert.equal(log.length, 3);
      assert.equal(log[2]!.retryInMs, undefined, 'the last attempt announces no retry');
    });
  }

  it('a well-formed JSON body of the wrong shape is not retried', async () => {
    fake().failNext(1, { kind: 'body', body: { data: { items: [] } } });
    const error = await rejectionOf(list().result);
    assert.equal((error as { kind?: string }).kind, 'invalid-response');
    assert.equal(fake().requests.length, 1);
  });

  for (const status of [400, 401, 403, 404, 405, 409, 413]) {
    it(`does not retry ${status}`, async () => {
      fake().failNext(1, { status });
      await rejectionOf(list().result);
      assert.equal(fake().requests.length, 1);
    });
  }

  it('waits per the back-off formula with the injected random', async () => {
    fake().failNext(3, { status: 503 });
    const { result, log } = list({ random: () => 0, retry: { initialDelayMs: 20, maxDelayMs: 1_000 } });
    await result;
    assert.deepEqual(log.map((e) => e.retryInMs), [20, 40, 80, undefined]);
    const gaps = fake().requests.slice(1).map((r, i) => r.receivedAt - fake().requests[i]!.receivedAt);
    gaps.forEach((gap, i) => assert.ok(gap >= [20, 40, 80][i]! - 2, `gap ${i} was ${gap} ms`));
  });

  it('honours Retry-After in seconds instead of the computed wait', async () => {
    fake().failNext(1, { status: 429, retryAfter: 1 });
    const started = Date.now();
    const { result, log } = list();
    await result;
    const [first, second] = fake().requests;
    assert.equal(log[0]!.retryInMs, 1000);
    assert.ok(second!.receivedAt - first!.receivedAt >= 990, `waited ${second!.receivedAt - first!.receivedAt} ms`);
    assert.ok(Date.now() - started < 2_500);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1_000);
    fake().failNext(1, { status: 503, retryAfter: at.toUTCString() });
    const { result } = list();
    await result;
    const [, second] = fake().requests;
    assert.ok(second!.receivedAt >= at.getTime() - 20, `retried ${at.getTime() - second!.receivedAt} ms early`);
  });

  it('surfaces a 429 at once when Retry-After exceeds the budget, with retryAfterMs', async () => {
    fake().failNext(1, { status: 429, retryAfter: 60 });
    const started = Date.now();
    const error = await rejectionOf(list().result);
    assert.equal((error as { kind?: string }).kind, 'rate-limited');
    assert.equal((error as { retryAfterMs?: number }).retryAfterMs, 60_000);
    assert.match((error as Error).message, /wait 60 s/);
    assert.ok(Date.now() - started < 500);
    assert.equal(fake().requests.length, 1);
  });

  it('fails within the overall budget when every answer stalls', async () => {
    fake().failNext(100, { kind: 'stall', ms: 10_000 });
    const started = Date.now();
    const { result, log } = list({ retry: { maxAttempts: 10, attemptTimeoutMs: 1_000, totalBudgetMs: 1_500, initialDelayMs: 50 } });
    const error = await rejectionOf(result);
    const elapsed = Date.now() - started;
    assert.equal((error as { kind?: string }).kind, 'timeout');
    assert.ok(elapsed >= 1_400 && elapsed < 1_800, `took ${elapsed} ms`);
    assert.equal(fake().requests.length, 2, 'one full attempt, then one cut short by the budget');
    assert.ok(log[1]!.durationMs < 600, `second attempt ran ${log[1]!.durationMs} ms`);
  });

  it('does not start a wait that would overrun the budget', async () => {
    fake().failNext(10, { status: 503 });
    const started = Date.now();
    const { result } = list({ random: () => 0, retry: { maxAttempts: 10, initialDelayMs: 400, maxDelayMs: 10_000, totalBudgetMs: 1_000 } });
    const error = await rejectionOf(result);
    assert.equal((error as { kind?: string }).kind, 'server');
    // Waits of 400 ms, then 800 ms (which would overrun): two attempts, well inside the budget.
    assert.equal(fake().requests.length, 2);
    assert.ok(Date.now() - started < 1_000);
  });
});
