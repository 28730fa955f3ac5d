// Typed errors for the answers a caller must handle differently; none of these is retried.
import * as assert from 'node:assert/strict';
import {
  ApifyError,
  ApifyHttpError,
  ApifyRedirectError,
  ApifyUnauthorizedError,
} from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient errors', () => {
  const fake = useFakeApify();
  const listOnce = () => clientFor(fake()).client.listTasks({ offset: 0, limit: 10, desc: false });

  it('401 for a wrong token is "unauthorized" with the Apify type, and is not retried', async () => {
    const { client } = clientFor(fake());
    fake().setToken('another-token');
    const error = await rejectionOf(client.listTasks({ offset: 0, limit: 10, desc: false }));
    assert.ok(error instanceof ApifyUnauthorizedError);
    assert.equal(error.kind, 'unauthorized');
    assert.equal(error.status, 401);
    assert.equal(error.apifyType, 'user-or-token-not-found');
    assert.match(error.message, /did not accept the API token \(401\)/);
    assert.equal(fake().requests.length, 1);
  });

  for (const type of ['token-not-provided', 'invalid-token']) {
    it(`401 ${type} is "unauthorized" too`, async () => {
      fake().failNext(1, { status: 401, type });
      const error = await rejectionOf(listOnce());
      assert.ok(error instanceof ApifyUnauthorizedError);
      assert.equal(error.apifyType, type);
      assert.equal(fake().requests.length, 1);
    });
  }

  it('400 invalid-input from the real parameter check, with its message', async () => {
    const error = await rejectionOf(clientFor(fake()).client.listTasks({ offset: -1, limit: 10, desc: false }));
    assert.ok(error instanceof ApifyHttpError);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 400);
    assert.equal(error.apifyType, 'invalid-input');
    assert.match(error.apiMessage ?? '', /offset/);
    assert.match(error.message, /refused the request \(400\) — invalid-input: .*offset/);
    assert.equal(fake().requests.length, 1);
  });

  it('403 insufficient-permissions', async () => {
    fake().setForbidden(true);
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyHttpError);
    assert.deepEqual([error.kind, error.status, error.apifyType], ['http', 403, 'insufficient-permissions']);
    assert.equal(fake().requests.length, 1);
  });

  it('404 record-not-found', async () => {
    fake().failNext(1, { status: 404 });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyHttpError);
    assert.deepEqual([error.kind, error.status, error.apifyType], ['http', 404, 'record-not-found']);
    assert.equal(fake().requests.length, 1);
  });

  it('405 method-not-allowed', async () => {
    fake().failNext(1, { status: 405 });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyHttpError);
    assert.deepEqual([error.kind, error.status, error.apifyType], ['http', 405, 'method-not-allowed']);
    assert.equal(fake().requests.length, 1);
  });

  it('a 4xx without an Apify error body still says what came back', async () => {
    fake().failNext(1, { kind: 'body', status: 418, body: '<html>teapot</html>', contentType: 'text/html' });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyHttpError);
    assert.equal(error.apifyType, undefined);
    assert.match(error.message, /\(418\) — the answer is an HTML page/);
    assert.equal(fake().requests.length, 1);
  });

  it('does not follow redirects (the token must not travel elsewhere), and names only the host it pointed to', async () => {
    fake().failNext(1, { kind: 'body', status: 307, body: '', headers: { location: 'http://attacker.example/v2/actor-tasks?steal=1' } });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyRedirectError);
    assert.deepEqual([error.kind, error.status, error.locationHost], ['redirect', 307, 'attacker.example']);
    assert.equal(error.message, 'The Apify API answered with a redirect (307) to attacker.example, which the extension does not follow; check the API base URL setting.');
    assert.equal(fake().requests.length, 1);
  });

  it('a redirect whose Location is not a usable URL names no target', async () => {
    fake().failNext(1, { kind: 'body', status: 302, body: '', headers: { location: 'http://[bad' } });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyRedirectError);
    assert.equal(error.locationHost, undefined);
    assert.match(error.message, /^The Apify API answered with a redirect \(302\), which/);
  });

  it('every error is an ApifyError with a kind', async () => {
    fake().failNext(1, { status: 403 });
    const error = await rejectionOf(listOnce());
    assert.ok(error instanceof ApifyError);
    assert.equal(error.kind, 'http');
  });
});
