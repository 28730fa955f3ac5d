// Bodies are read with a cap, compressed and decompressed alike (issue 9.12): a gzip bomb, an
// endless stream and a huge page stop at the cap with a clear error, the connection is closed,
// and the memory they took comes back. The fake counts the bytes it wrote before the client hung up.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { ApifyInvalidResponseError, ApifyResponseTooLargeError } from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

const MiB = 1024 * 1024;
const GZIP = { 'content-encoding': 'gzip' };

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Heap and buffers in use after collecting garbage; the lowest of a few rounds, as buffers are released asynchronously. */
async function heldBytes(): Promise<number> {
  let lowest = Infinity;
  for (let round = 0; round < 10; round++) {
    collectGarbage();
    const usage = process.memoryUsage();
    lowest = Math.min(lowest, usage.heapUsed + usage.arrayBuffers);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return lowest;
}

describe('ApifyClient body limit', function () {
  this.timeout(30_000);
  const fake = useFakeApify({ taskCount: 30 });
  const list = (options: Parameters<typeof clientFor>[1] = {}) => clientFor(fake(), options).client.listTasks({ offset: 0, limit: 10, desc: false });
  const sent = () => fake().requests[0]!.bodyBytesSent ?? 0;

  it('stops a gzip bomb (1 KiB members that inflate to 1 MiB each) at 64 MiB inflated, and lets the memory go', async () => {
    const before = await heldBytes();
    fake().failNext(1, { kind: 'flood', chunk: gzipSync(Buffer.alloc(MiB, ' ')), chunks: 100_000, headers: GZIP });
    const error = await rejectionOf(list());
    assert.ok(error instanceof ApifyResponseTooLargeError, String(error));
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'The Apify API sent more than 64 MiB; stopped reading.');
    assert.equal(fake().requests.length, 1, 'the same answer would come again: not retried');
    // 64 members inflate to the cap; what was sent beyond is what the sockets buffered.
    assert.ok(sent() < 16 * MiB, `the fake sent ${sent()} bytes (of ~100 MB) before the client hung up`);
    const grown = (await heldBytes()) - before;
    assert.ok(grown < 32 * MiB, `${Math.round(grown / MiB)} MiB still held after the response`);
  });

  it('stops an endless chunked stream at 64 MiB', async () => {
    fake().failNext(1, { kind: 'flood', head: '{"data":{"items":["', chunk: 'x'.repeat(64 * 1024), chunks: Infinity });
    const error = await rejectionOf(list());
    assert.ok(error instanceof ApifyResponseTooLargeError, String(error));
    assert.ok(sent() >= 64 * MiB && sent() < 96 * MiB, `the fake sent ${sent()} bytes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(fake().requests[0]!.connectionClosedEarly, true, 'the client closed the connection');
  });

  it('does not read a body whose Content-Length announces more than the cap (a 300 MB page)', async () => {
    fake().failNext(1, { kind: 'flood', chunk: ' '.repeat(MiB), chunks: 300, contentLength: true });
    const error = await rejectionOf(list());
    assert.ok(error instanceof ApifyResponseTooLargeError, String(error));
    assert.ok(sent() < 16 * MiB, `the fake sent ${sent()} bytes of 300 MiB`);
  });

  it('stops a huge plain body without a Content-Length at the cap', async () => {
    fake().failNext(1, { kind: 'flood', chunk: ' '.repeat(MiB), chunks: 300 });
    const error = await rejectionOf(list());
    assert.ok(error instanceof ApifyResponseTooLargeError, String(error));
    assert.ok(sent() < 96 * MiB, `the fake sent ${sent()} bytes of 300 MiB`);
  });

  it('reads an ordinary gzip-compressed page', async () => {
    const body = JSON.stringify({ data: { total: 30, offset: 0, limit: 10, desc: false, count: 10, items: fake().tasks.slice(0, 10) } });
    fake().failNext(1, { kind: 'flood', chunk: gzipSync(body), chunks: 1, headers: GZIP, contentLength: true });
    const page = await list();
    assert.deepEqual(page.items.map((t) => t.id), fake().tasks.slice(0, 10).map((t) => t.id));
    assert.match(fake().requests[0]!.headers['accept-encoding'] ?? '', /gzip/);
  });

  it('words a corrupt gzip stream as corrupt (not truncated), and retries it', async () => {
    fake().failNext(2, { kind: 'flood', chunk: 'this is not gzip at all', chunks: 1, headers: GZIP });
    const error = await rejectionOf(list({ retry: { maxAttempts: 2 } }));
    assert.ok(error instanceof ApifyInvalidResponseError, String(error));
    assert.equal(error.message, "The Apify API sent an unusable response: the response's gzip data is corrupt (Z_DATA_ERROR).");
    assert.equal(fake().requests.length, 2);
  });

  it('words gzip data that stops early as such', async () => {
    const whole = gzipSync(JSON.stringify({ data: { items: fake().tasks } }));
    fake().failNext(1, { kind: 'flood', chunk: whole.subarray(0, whole.length >> 1), chunks: 1, headers: GZIP, contentLength: true });
    const error = await rejectionOf(list({ retry: { maxAttempts: 1 } }));
    assert.ok(error instanceof ApifyInvalidResponseError, String(error));
    assert.match(error.message, /the response's gzip data ends before it is complete/);
  });

  for (const [name, headers] of [['plain', {}], ['gzip', GZIP]] as const) {
    it(`a caller can keep the start of a ${name} body beyond its own cap (as a log reader will)`, async () => {
      const text = 'line of a log\n'.repeat(200_000);
      const chunk = name === 'gzip' ? gzipSync(text) : Buffer.from(text);
      fake().failNext(1, { kind: 'flood', chunk, chunks: 1, headers });
      const { client } = clientFor(fake());
      const result = await client.sendRequest({
        method: 'GET',
        path: '/v2/actor-runs/abc/log',
        idempotent: true,
        bodyLimit: { maxBytes: MiB, whenExceeded: 'keep-start' },
        read: (response) => response,
      });
      assert.equal(result.capped, true);
      assert.equal(result.text, text.slice(0, MiB));
    });
  }

  it('a caller can ask for a smaller cap that fails', async () => {
    fake().failNext(1, { kind: 'flood', chunk: 'x'.repeat(1024), chunks: 100 });
    const { client } = clientFor(fake());
    const error = await rejectionOf(client.sendRequest({ method: 'GET', path: '/v2/x', idempotent: true, bodyLimit: { maxBytes: 10 * 1024 }, read: (r) => r.text }));
    assert.ok(error instanceof ApifyResponseTooLargeError);
    assert.equal(error.message, 'The Apify API sent more than 10 KiB; stopped reading.');
    assert.equal(error.limitBytes, 10 * 1024);
  });
});
