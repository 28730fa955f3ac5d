import * as assert from 'node:assert/strict';
import { abortableSleep, isAbortError } from '../../../src/api/abort';
import { ApifyAbortError, ApifyTimeoutError } from '../../../src/api/errors';
import { rejectionOf } from '../fakeApifyFixture';

describe('abort', () => {
  it('abortableSleep waits the given time', async () => {
    const started = Date.now();
    await abortableSleep(50);
    assert.ok(Date.now() - started >= 45);
  });

  it('abortableSleep rejects as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(abortableSleep(5_000, controller.signal));
    assert.ok(isAbortError(error));
    assert.ok(Date.now() - started < 500);
  });

  it('abortableSleep rejects at once for an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.ok(isAbortError(await rejectionOf(abortableSleep(5_000, controller.signal))));
  });

  it('isAbortError recognises this client, the platform and node-fetch, and nothing else', () => {
    assert.equal(isAbortError(new ApifyAbortError()), true);
    assert.equal(isAbortError(new DOMException('stop', 'AbortError')), true);
    assert.equal(isAbortError(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })), true);
    assert.equal(isAbortError(new ApifyTimeoutError('slow', 10)), false);
    assert.equal(isAbortError(new Error('AbortError')), false);
    assert.equal(isAbortError(undefined), false);
  });
});
