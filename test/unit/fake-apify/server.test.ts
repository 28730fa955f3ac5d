// The fake behaves like the real GET /v2/actor-tasks and /v2/users/me.
import * as assert from 'node:assert/strict';
import { FakeApifyServer } from '../../fake-apify/server';
import { delay, useFakeApify } from '../fakeApifyFixture';
import { getJson, rawRequest } from './rawRequest';

describe('FakeApifyServer', () => {
  const fake = useFakeApify({ taskCount: 40 });
  const list = (query: string) => getJson(fake().url, `/v2/actor-tasks${query}`, fake().token);
  const ids = (body: any): string[] => body.data.items.map((t: { id: string }) => t.id);

  describe('GET /v2/actor-tasks', () => {
    it('lists tasks by createdAt ascending by default, with the envelope of the real API', async () => {
      const { status, body } = await list('');
      assert.equal(status, 200);
      assert.deepEqual({ ...body.data, items: undefined }, { total: 40, offset: 0, limit: 1000, desc: false, count: 40, items: undefined });
      assert.deepEqual(ids(body), fake().tasks.map((t) => t.id));
      const created = body.data.items.map((t: { createdAt: string }) => t.createdAt);
      assert.deepEqual(created, [...created].sort());
    });

    for (const value of ['1', 'true', 'TRUE']) {
      it(`desc=${value} lists newest first`, async () => {
        const { body } = await list(`?desc=${value}`);
        assert.equal(body.data.desc, true);
        assert.deepEqual(ids(body), fake().tasks.map((t) => t.id).reverse());
      });
    }

    for (const value of ['0', 'false', '']) {
      it(`desc=${value} lists oldest first`, async () => {
        const { body } = await list(`?desc=${value}`);
        assert.equal(body.data.desc, false);
        assert.equal(ids(body)[0], fake().tasks[0]!.id);
      });
    }

    it('pages with offset and limit; total stays the full count and count is the page size', async () => {
      const { body } = await list('?offset=10&limit=7');
      assert.deepEqual([body.data.total, body.data.offset, body.data.limit, body.data.count], [40, 10, 7, 7]);
      assert.deepEqual(ids(body), fake().tasks.slice(10, 17).map((t) => t.id));
    });

    it('pages newest first with desc', async () => {
      const { body } = await list('?offset=2&limit=3&desc=1');
      assert.deepEqual(ids(body), fake().tasks.map((t) => t.id).reverse().slice(2, 5));
    });

    it('returns a short last page and an empty page past the end', async () => {
      const last = await list('?offset=35&limit=10');
      assert.equal(last.body.data.count, 5);
      const past = await list('?offset=100&limit=10');
      assert.deepEqual([past.body.data.count, past.body.data.total, past.body.data.items.length], [0, 40, 0]);
    });

    it('clamps limit to 1000 and reports the clamped value', async () => {
      const big = await FakeApifyServer.start({ taskCount: 1_200 });
      try {
        const { body } = await getJson(big.url, '/v2/actor-tasks?limit=5000', big.token);
        assert.deepEqual([body.data.limit, body.data.count, body.data.total], [1000, 1000, 1200]);
        const byDefault = await getJson(big.url, '/v2/actor-tasks?offset=1000', big.token);
        assert.deepEqual([byDefault.body.data.limit, byDefault.body.data.count], [1000, 200]);
      } finally {
        await big.close();
      }
    });

    for (const query of ['?offset=-1', '?offset=abc', '?limit=-5', '?limit=ten', '?limit=0', '?offset=1.5']) {
      it(`answers 400 invalid-input for ${query}`, async () => {
        const { status, body } = await list(query);
        assert.equal(status, 400);
        assert.equal(body.error.type, 'invalid-input');
        assert.equal(typeof body.error.message, 'string');
      });
    }

    it('sorts the live array on every request, so tests may push tasks out of order', async () => {
      const [added] = fake().addTasks(1);
      fake().tasks.unshift(fake().tasks.pop()!);
      const { body } = await list('?desc=1&limit=1');
      assert.equal(ids(body)[0], added!.id);
    });
  });

  describe('auth', () => {
    it('accepts the Bearer header and records it', async () => {
      const { status } = await list('?limit=1');
      assert.equal(status, 200);
      assert.deepEqual([fake().requests[0]!.auth, fake().requests[0]!.tokenValid], ['bearer', true]);
    });

    it('accepts ?token= and records it as query auth', async () => {
      const { status } = await getJson(fake().url, `/v2/actor-tasks?limit=1&token=${fake().token}`);
      assert.equal(status, 200);
      assert.equal(fake().requests[0]!.auth, 'query');
      assert.equal(fake().requests[0]!.query.token, fake().token);
    });

    it('answers 401 token-not-provided without a token', async () => {
      const { status, body } = await getJson(fake().url, '/v2/actor-tasks');
      assert.deepEqual([status, body.error.type], [401, 'token-not-provided']);
      assert.equal(fake().requests[0]!.auth, 'none');
    });

    it('answers 401 user-or-token-not-found for a wrong token, header or query', async () => {
      for (const answer of [await getJson(fake().url, '/v2/users/me', 'nope'), await getJson(fake().url, '/v2/users/me?token=nope')]) {
        assert.deepEqual([answer.status, answer.body.error.type], [401, 'user-or-token-not-found']);
      }
      assert.deepEqual(fake().requests.map((r) => r.tokenValid), [false, false]);
    });

    it('setToken changes which token is valid', async () => {
      const old = fake().token;
      fake().setToken('rotated');
      assert.equal((await getJson(fake().url, '/v2/users/me', old)).status, 401);
      assert.equal((await getJson(fake().url, '/v2/users/me', 'rotated')).status, 200);
    });

    it('answers 403 insufficient-permissions in forbidden mode', async () => {
      fake().setForbidden(true);
      const { status, body } = await list('');
      assert.deepEqual([status, body.error.type], [403, 'insufficient-permissions']);
    });
  });

  describe('other routes', () => {
    it('GET /v2/users/me returns the user', async () => {
      const { status, body } = await getJson(fake().url, '/v2/users/me', fake().token);
      assert.equal(status, 200);
      assert.equal(body.data.username, 'demo-user');
      assert.equal(body.data.id, fake().userId);
    });

    for (const [method, path] of [['POST', '/v2/actor-tasks'], ['DELETE', '/v2/users/me'], ['PUT', '/v2/actor-tasks']]) {
      it(`${method} ${path} answers 405 method-not-allowed`, async () => {
        const answer = await rawRequest(fake().url + path!, { method, headers: { authorization: `Bearer ${fake().token}` } });
        assert.equal(answer.status, 405);
        assert.equal(answer.headers.allow, 'GET');
        assert.equal(JSON.parse(answer.body).error.type, 'method-not-allowed');
      });
    }

    it('an unknown path answers 404 page-not-found, an unknown task 404 record-not-found', async () => {
      const unknown = await getJson(fake().url, '/v2/nothing-here', fake().token);
      assert.deepEqual([unknown.status, unknown.body.error.type], [404, 'page-not-found']);
      const task = await getJson(fake().url, '/v2/actor-tasks/abc', fake().token);
      assert.deepEqual([task.status, task.body.error.type], [404, 'record-not-found']);
    });

    it('tolerates a trailing slash', async () => {
      assert.equal((await getJson(fake().url, '/v2/actor-tasks/', fake().token)).status, 200);
    });
  });

  describe('recording and hooks', () => {
    it('records method, path, query, headers, status and timestamps', async () => {
      await list('?offset=3&limit=2&desc=1');
      const [request] = fake().requests;
      assert.equal(request!.method, 'GET');
      assert.equal(request!.path, '/v2/actor-tasks');
      assert.deepEqual(request!.query, { offset: '3', limit: '2', desc: '1' });
      assert.equal(request!.status, 200);
      assert.ok(request!.finishedAt! >= request!.receivedAt);
      assert.equal(request!.fault, undefined);
      fake().clearRequests();
      assert.equal(fake().requests.length, 0);
    });

    it('lets a test add tasks while a client pages (hook on the 2nd page request)', async () => {
      const unsubscribe = fake().onRequest((request) => {
        if (request.query.offset === '10') fake().addTasks(5);
      });
      const first = await list('?offset=0&limit=10');
      const second = await list('?offset=10&limit=10');
      unsubscribe();
      assert.equal(first.body.data.total, 40);
      assert.equal(second.body.data.total, 45);
      const newest = fake().tasks.slice(-5);
      assert.ok(newest.every((t) => t.createdAt! > fake().tasks[39]!.createdAt!), 'added tasks are newer');
      await list('?offset=20&limit=10');
      assert.equal(fake().tasks.length, 45, 'the hook was removed');
    });

    it('setDelay slows every answer', async () => {
      fake().setDelay(150);
      const answer = await rawRequest(`${fake().url}/v2/users/me`, { headers: { authorization: `Bearer ${fake().token}` } });
      assert.ok(answer.headersAfterMs >= 140, `answered after ${answer.headersAfterMs} ms`);
    });

    it('close() ends promptly even with a stalled answer pending', async () => {
      const server = await FakeApifyServer.start();
      server.failNext(1, { kind: 'stall', ms: 60_000 });
      const pending = rawRequest(`${server.url}/v2/users/me`).catch((error: unknown) => error);
      await delay(50);
      const started = Date.now();
      await server.close();
      assert.ok(Date.now() - started < 500);
      assert.ok((await pending) instanceof Error);
    });
  });
});
