// The one request method: what it sends, and which failures it retries for a request that is
// not safe to repeat (issue 10). Attempts are counted on the fake's recorded requests.
import * as assert from 'node:assert/strict';
import type { Fault } from '../../fake-apify/faults';
import { FakeApifyServer } from '../../fake-apify/server';
import { readJson } from '../../../src/api/apifyClient';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient.sendRequest', () => {
  const fake = useFakeApify();
  const startRun = (options: Parameters<typeof clientFor>[1] = {}) => {
    const { client, log } = clientFor(fake(), options);
    const result = client.sendRequest({
      method: 'POST',
      path: '/v2/actor-tasks/abc/runs',
      query: { waitForFinish: 0, build: undefined },
      body: { startUrls: [{ url: 'https://example.com' }] },
      idempotent: false,
      read: readJson((body) => body),
    });
    return { result, log };
  };

  it('sends the method, the query without undefined values, and a JSON body', async () => {
    fake().failNext(1, { kind: 'body', status: 201, body: { data: { id: 'run1' } } });
    assert.deepEqual(await startRun().result, { data: { id: 'run1' } });
    const [request] = fake().requests;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.path, '/v2/actor-tasks/abc/runs');
    assert.deepEqual(request!.query, { waitForFinish: '0' });
    assert.equal(request!.headers['content-type'], 'application/json');
    assert.equal(request!.headers['content-length'], String(JSON.stringify({ startUrls: [{ url: 'https://example.com' }] }).length));
  });

  const mayHaveArrived: [string, Fault, string][] = [
    ['a 503', { status: 503 }, 'server'],
    ['a 500', { status: 500 }, 'server'],
    ['a 502 HTML page', { kind: 'html', status: 502 }, 'server'],
    ['a dropped connection', { kind: 'drop' }, 'network'],
    ['a body cut off', { kind: 'truncate', closeConnection: true }, 'invalid-response'],
    ['a 200 HTML page', { kind: 'non-json' }, 'invalid-response'],
    ['a stalled answer', { kind: 'stall', ms: 2_000 }, 'timeout'],
  ];
  for (const [name, fault, kind] of mayHaveArrived) {
    it(`does not repeat a request that is not safe to repeat after ${name} (it may have been acted on)`, async () => {
      fake().failNext(5, fault);
      const { result, log } = startRun({ retry: { attemptTimeoutMs: 300 } });
      const error = await rejectionOf(result);
      assert.equal((error as { kind?: string }).kind, kind, String(error));
      assert.equal(fake().requests.length, 1);
      assert.equal(log.length, 1);
      assert.equal(log[0]!.retryInMs, undefined);
    });
  }

  it('repeats it after a 429 (the server refused before acting)', async () => {
    fake().failNext(1, { status: 429 });
    fake().failNext(1, { kind: 'body', status: 201, body: { data: { id: 'run1' } } });
    const { result } = startRun();
    assert.deepEqual(await result, { data: { id: 'run1' } });
    assert.deepEqual(fake().requests.map((r) => [r.method, r.status]), [['POST', 429], ['POST', 201]]);
  });

  it('repeats it after a refused connection (nothing was sent)', async () => {
    const closed = await FakeApifyServer.start();
    await closed.close();
    const { client, log } = clientFor(closed, { retry: { maxAttempts: 3 } });
    const error = await rejectionOf(client.sendRequest({ method: 'POST', path: '/v2/actor-tasks/abc/runs', idempotent: false, read: (r) => r.text }));
    assert.equal((error as { code?: string }).code, 'ECONNREFUSED', String(error));
    assert.equal(log.length, 3);
    assert.ok(log.every((entry) => /ECONNREFUSED/.test(entry.error ?? '')));
  });

  it('a request that is safe to repeat (PUT) keeps the usual retries', async () => {
    fake().failNext(2, { kind: 'drop' });
    fake().failNext(1, { kind: 'body', status: 200, body: { data: { id: 'task1' } } });
    const { client } = clientFor(fake());
    const result = await client.sendRequest({ method: 'PUT', path: '/v2/actor-tasks/task1', body: { input: {} }, idempotent: true, read: readJson((b) => b) });
    assert.deepEqual(result, { data: { id: 'task1' } });
    assert.deepEqual(fake().requests.map((r) => r.method), ['PUT', 'PUT', 'PUT']);
  });
});
