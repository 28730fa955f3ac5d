// Each fault looks on the wire the way its description says (checked with plain node:http).
import * as assert from 'node:assert/strict';
import { useFakeApify } from '../fakeApifyFixture';
import { rawRequest } from './rawRequest';

describe('FakeApifyServer faults', () => {
  const fake = useFakeApify();
  const get = (path = '/v2/actor-tasks?limit=5') => rawRequest(fake().url + path, { headers: { authorization: `Bearer ${fake().token}` } });

  it('a status fault sends an Apify error body with the default type, and Retry-After when asked', async () => {
    fake().failNext(1, { status: 429, retryAfter: 3 });
    const answer = await get();
    assert.equal(answer.status, 429);
    assert.equal(answer.headers['retry-after'], '3');
    assert.deepEqual(JSON.parse(answer.body).error.type, 'rate-limit-exceeded');
    assert.equal(fake().requests[0]!.status, 429);
    assert.deepEqual(fake().requests[0]!.fault, { status: 429, retryAfter: 3 });
  });

  it('a status fault may name type and message', async () => {
    fake().failNext(1, { status: 500, type: 'internal-server-error', message: 'boom' });
    assert.deepEqual(JSON.parse((await get()).body), { error: { type: 'internal-server-error', message: 'boom' } });
  });

  it('html sends a proxy error page', async () => {
    fake().failNext(1, { kind: 'html', status: 503 });
    const answer = await get();
    assert.equal(answer.status, 503);
    assert.match(answer.headers['content-type'] ?? '', /text\/html/);
    assert.match(answer.body, /<html>/);
  });

  it('drop destroys the connection without an answer', async () => {
    fake().failNext(1, { kind: 'drop' });
    await assert.rejects(get(), /socket hang up|ECONNRESET/);
    assert.equal(fake().requests[0]!.status, undefined);
  });

  it('truncate sends the first half of the real body and ends cleanly', async () => {
    fake().failNext(1, { kind: 'truncate' });
    const answer = await get();
    assert.equal(answer.status, 200);
    assert.throws(() => JSON.parse(answer.body));
    assert.ok(answer.body.startsWith('{"data":{"total":25'));
  });

  it('truncate with closeConnection promises the full length and then cuts the connection', async () => {
    fake().failNext(1, { kind: 'truncate', closeConnection: true });
    await assert.rejects(get(), /aborted|ECONNRESET|socket hang up/);
  });

  it('non-json answers 200 with an HTML page', async () => {
    fake().failNext(1, { kind: 'non-json' });
    const answer = await get();
    assert.equal(answer.status, 200);
    assert.match(answer.body, /^<!DOCTYPE html>/);
  });

  it('empty answers with no body', async () => {
    fake().failNext(1, { kind: 'empty' });
    const answer = await get();
    assert.deepEqual([answer.status, answer.body], [200, '']);
  });

  it('stall delays the headers, then answers normally', async () => {
    fake().failNext(1, { kind: 'stall', ms: 200 });
    const answer = await get();
    assert.ok(answer.headersAfterMs >= 190, `${answer.headersAfterMs} ms`);
    assert.equal(JSON.parse(answer.body).data.count, 5);
  });

  it('stall in the body phase sends headers at once and the rest later', async () => {
    fake().failNext(1, { kind: 'stall', ms: 200, phase: 'body' });
    const started = Date.now();
    const answer = await get();
    assert.ok(answer.headersAfterMs < 150);
    assert.ok(Date.now() - started >= 190);
    assert.equal(JSON.parse(answer.body).data.count, 5);
  });

  it('body sends exactly the given body and status', async () => {
    fake().failNext(1, { kind: 'body', status: 200, body: 'not json', contentType: 'text/plain' });
    fake().failNext(1, { kind: 'body', body: { data: null } });
    const text = await get();
    assert.deepEqual([text.body, text.headers['content-type']], ['not json', 'text/plain']);
    assert.equal((await get()).body, '{"data":null}');
  });

  it('failNext counts, queues in order, and then the fake answers normally', async () => {
    fake().failNext(2, { status: 503 });
    fake().failNext(1, { status: 429 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get()).status);
    assert.deepEqual(statuses, [503, 503, 429, 200]);
  });

  it('failNext can target a path or a predicate', async () => {
    fake().failNext(1, { status: 500 }, { paths: ['/v2/actor-tasks'] });
    fake().failNext(1, { status: 502 }, { predicate: (r) => r.query.offset === '9' });
    assert.equal((await get('/v2/users/me')).status, 200);
    assert.equal((await get('/v2/actor-tasks?offset=9')).status, 500);
    assert.equal((await get('/v2/actor-tasks?offset=1')).status, 200);
    assert.equal((await get('/v2/actor-tasks?offset=9')).status, 502);
  });

  it('random faults hit about the given rate, reproducibly, and stop on null', async () => {
    const run = async (): Promise<number[]> => {
      fake().setRandomFaults({ rate: 0.3, faults: [{ status: 503 }, { status: 429 }], seed: 42, paths: ['/v2/actor-tasks'] });
      const statuses = [];
      for (let i = 0; i < 40; i++) statuses.push((await get()).status);
      return statuses;
    };
    const first = await run();
    const second = await run();
    assert.deepEqual(first, second);
    const failed = first.filter((s) => s !== 200).length;
    assert.ok(failed >= 5 && failed <= 20, `${failed} of 40 failed`);
    assert.ok(first.includes(503) && first.includes(429));
    assert.equal((await get('/v2/users/me')).status, 200, 'other paths are not targeted');
    fake().setRandomFaults(null);
    for (let i = 0; i < 10; i++) assert.equal((await get()).status, 200);
  });

  it('clearFaults forgets queued faults', async () => {
    fake().failNext(5, { status: 500 });
    fake().clearFaults();
    assert.equal((await get()).status, 200);
  });
});
