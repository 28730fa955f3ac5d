// What the client puts on the wire, checked on the fake's recorded requests.
import * as assert from 'node:assert/strict';
import { ApifyClient } from '../../../src/api/apifyClient';
import { clientFor, rejectionOf, TEST_USER_AGENT, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient requests', () => {
  const fake = useFakeApify({ taskCount: 30 });

  it('authenticates with the Bearer header only, never a token query parameter', async () => {
    const { client } = clientFor(fake());
    await client.listTasks({ offset: 0, limit: 10, desc: false });
    await client.getCurrentUser();
    assert.equal(fake().requests.length, 2);
    for (const request of fake().requests) {
      assert.equal(request.auth, 'bearer');
      assert.equal(request.tokenValid, true);
      assert.equal(request.headers.authorization, `Bearer ${fake().token}`);
      assert.equal('token' in request.query, false);
      assert.ok(!JSON.stringify(request.query).includes(fake().token));
    }
  });

  it('sends User-Agent and Accept: application/json', async () => {
    const { client } = clientFor(fake());
    await client.listTasks({ offset: 0, limit: 1, desc: false });
    const [request] = fake().requests;
    assert.equal(request!.headers['user-agent'], TEST_USER_AGENT);
    assert.equal(request!.headers.accept, 'application/json');
  });

  it('sends offset and limit, and desc=1 only when newest first is asked for', async () => {
    const { client } = clientFor(fake());
    await client.listTasks({ offset: 5, limit: 7, desc: true });
    await client.listTasks({ offset: 0, limit: 3, desc: false });
    const [descending, ascending] = fake().requests;
    assert.deepEqual(descending!.query, { offset: '5', limit: '7', desc: '1' });
    assert.deepEqual(ascending!.query, { offset: '0', limit: '3' });
  });

  it('returns the page in the requested order with the envelope fields', async () => {
    const { client } = clientFor(fake());
    const newest = await client.listTasks({ offset: 0, limit: 5, desc: true });
    assert.equal(newest.total, 30);
    assert.equal(newest.count, 5);
    assert.equal(newest.desc, true);
    assert.deepEqual(newest.items.map((t) => t.id), fake().tasks.slice(-5).reverse().map((t) => t.id));
    assert.deepEqual(newest.rejected, []);
  });

  it('pages through every task with offset and limit, nulls and hostile names included', async () => {
    const { client } = clientFor(fake());
    const seen: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const result = await client.listTasks({ offset, limit: 7, desc: false });
      assert.deepEqual(result.rejected, []);
      seen.push(...result.items.map((t) => t.id));
      if (offset + result.count >= result.total!) break;
    }
    assert.deepEqual(seen, fake().tasks.map((t) => t.id));
  });

  it('getCurrentUser returns the account behind the token', async () => {
    const { client } = clientFor(fake());
    assert.deepEqual(await client.getCurrentUser(), { id: fake().userId, username: 'demo-user' });
    assert.equal(fake().requests[0]!.path, '/v2/users/me');
  });

  it('reports each attempt to onRequest without the token', async () => {
    const { client, log } = clientFor(fake());
    await client.listTasks({ offset: 0, limit: 2, desc: true });
    assert.equal(log.length, 1);
    const [entry] = log;
    assert.equal(entry!.method, 'GET');
    assert.equal(entry!.host, new URL(fake().url).host);
    assert.equal(entry!.path, '/v2/actor-tasks');
    assert.equal(entry!.query, 'offset=0&limit=2&desc=1');
    assert.equal(entry!.status, 200);
    assert.equal(entry!.attempt, 1);
    assert.equal(typeof entry!.durationMs, 'number');
    assert.equal(entry!.error, undefined);
    assert.ok(!JSON.stringify(log).includes(fake().token));
  });

  it('keeps the token out of errors and logs even when the server echoes it', async () => {
    const { client, log } = clientFor(fake());
    fake().failNext(1, { status: 400, type: 'invalid-input', message: `Bad token ${fake().token} in request` });
    const error = await rejectionOf(client.listTasks({ offset: 0, limit: 1, desc: false }));
    assert.ok(error instanceof Error);
    assert.ok(!error.message.includes(fake().token), error.message);
    assert.ok(!JSON.stringify(error).includes(fake().token));
    assert.ok(!JSON.stringify(log).includes(fake().token));
    assert.match(error.message, /Bad token \*\*\* in request/);
  });

  it('refuses tokens that cannot be sent, before any request', async () => {
    for (const token of ['', '   ', 'abc def', 'abc\r\nX-Evil: 1', 'tökén']) {
      const client = new ApifyClient({ token, baseUrl: fake().url, userAgent: TEST_USER_AGENT });
      const error = await rejectionOf(client.listTasks({ offset: 0, limit: 1, desc: false }));
      assert.equal((error as { kind?: string }).kind, 'invalid-token', JSON.stringify(token));
      if (token.trim() !== '') assert.ok(!(error as Error).message.includes(token));
    }
    assert.equal(fake().requests.length, 0);
  });
});
