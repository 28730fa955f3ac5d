import * as assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import { ApifyClient } from '../../../src/api/apifyClient';
import { parseBaseUrl } from '../../../src/api/baseUrl';
import { ApifyInvalidBaseUrlError } from '../../../src/api/errors';
import { FakeApifyServer } from '../../fake-apify/server';
import { clientFor, rejectionOf, TEST_USER_AGENT } from '../fakeApifyFixture';

describe('base URL', () => {
  describe('parseBaseUrl', () => {
    const accepted: [string, string, string][] = [
      ['https://api.apify.com', 'https://api.apify.com', ''],
      ['https://api.apify.com/', 'https://api.apify.com', ''],
      ['  https://api.apify.com  ', 'https://api.apify.com', ''],
      ['https://proxy.example.com/apify/', 'https://proxy.example.com', '/apify'],
      ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', ''],
      ['http://127.1:8080/', 'http://127.0.0.1:8080', ''],
      ['http://2130706433:8080/', 'http://127.0.0.1:8080', ''],
      ['http://[::1]:3000', 'http://[::1]:3000', ''],
      ['http://[0:0::1]:3000', 'http://[::1]:3000', ''],
      ['https://localhost:8443', 'https://localhost:8443', ''],
      ['https://127.0.0.5:8443', 'https://127.0.0.5:8443', ''],
    ];
    for (const [input, origin, pathPrefix] of accepted) {
      it(`accepts ${input}`, () => assert.deepEqual(parseBaseUrl(input), { origin, pathPrefix }));
    }

    it('defaults to https://api.apify.com', () => {
      assert.deepEqual(parseBaseUrl(undefined), { origin: 'https://api.apify.com', pathPrefix: '' });
    });

    const rejected: [string, RegExp][] = [
      ['http://api.apify.com', /plain http.*clear text.*anyone on the way/],
      ['http://10.0.0.1:8080', /plain http.*anyone on the way/],
      ['http://localhost.example.com', /plain http.*anyone on the way/],
      ['http://[::ffff:127.0.0.1]', /plain http/],
      // Loopback, but VS Code sends it through a configured proxy (it bypasses only 127.0.0.1, ::1, localhost).
      ['http://127.0.0.5:8080', /plain http.*through a configured proxy.*http:\/\/127\.0\.0\.1 or http:\/\/\[::1\]/],
      ['http://127.1.2.3', /through a configured proxy/],
      ['http://0.0.0.0:8080', /plain http/],
      ['http://[::]:8080', /plain http/],
      // Bypasses the proxy, but the name is resolved by the system and may not stay on this machine.
      ['http://localhost:3000/', /plain http.*localhost is a name the system resolves/],
      ['http://LOCALHOST:3000/', /localhost is a name the system resolves/],
      ['http://localhost.:3000/', /plain http/],
      ['ftp://127.0.0.1', /must start with https:\/\/ \(got ftp:\)/],
      ['file:///etc/passwd', /must start with https:\/\//],
      ['api.apify.com', /not a valid URL/],
      ['not a url at all', /not a valid URL/],
      ['', /empty/],
      ['https://user:secret@api.apify.com', /user name or password/],
      ['https://api.apify.com/?token=x', /query or fragment/],
    ];
    for (const [input, message] of rejected) {
      it(`rejects ${JSON.stringify(input)}, saying what is wrong`, () => {
        assert.throws(() => parseBaseUrl(input), (e: unknown) => e instanceof ApifyInvalidBaseUrlError && message.test(e.message));
      });
    }

    it('does not repeat credentials in its message', () => {
      assert.throws(() => parseBaseUrl('https://user:secret@api.apify.com'), (e: Error) => !e.message.includes('secret'));
    });
  });

  describe('ApifyClient with a forbidden base URL', () => {
    let fake: FakeApifyServer;
    beforeEach(async () => {
      // Listening on every interface, so a plain-http request to this machine's LAN address would reach the fake.
      fake = await FakeApifyServer.start({ host: '0.0.0.0' });
    });
    afterEach(() => fake.close());

    it('rejects every method with invalid-base-url before any request is made', async () => {
      const port = new URL(fake.url).port;
      const lanAddress = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
      const urls = [`ftp://127.0.0.1:${port}`, 'http://api.apify.com', '', 'garbage', `http://127.0.0.2:${port}`, `http://localhost:${port}`];
      if (lanAddress) urls.push(`http://${lanAddress}:${port}`);
      for (const baseUrl of urls) {
        const client = new ApifyClient({ token: fake.token, baseUrl, userAgent: TEST_USER_AGENT });
        for (const call of [() => client.listTasks({ offset: 0, limit: 1, desc: false }), () => client.getCurrentUser()]) {
          const error = await rejectionOf(call());
          assert.ok(error instanceof ApifyInvalidBaseUrlError, `${baseUrl}: ${String(error)}`);
          assert.equal(error.kind, 'invalid-base-url');
        }
      }
      assert.equal(fake.requests.length, 0);
      // The same server is reachable over loopback, so the zero above means "refused", not "unreachable".
      const { client } = clientFor(fake, { baseUrl: `http://127.0.0.1:${port}` });
      await client.getCurrentUser();
      assert.equal(fake.requests.length, 1);
    });
  });

  describe('ApifyClient over loopback http', () => {
    it('works with 127.0.0.1 and a trailing slash', async () => {
      const fake = await FakeApifyServer.start();
      try {
        const { client } = clientFor(fake, { baseUrl: `${fake.url}/` });
        assert.equal((await client.listTasks({ offset: 0, limit: 1, desc: false })).count, 1);
        assert.equal(fake.requests[0]!.path, '/v2/actor-tasks');
      } finally {
        await fake.close();
      }
    });

    it('refuses localhost over plain http before any request, though a server answers there', async () => {
      const { address } = await lookup('localhost');
      const fake = await FakeApifyServer.start({ host: address });
      try {
        const port = new URL(fake.url).port;
        const { client } = clientFor(fake, { baseUrl: `http://localhost:${port}` });
        assert.ok((await rejectionOf(client.getCurrentUser())) instanceof ApifyInvalidBaseUrlError);
        assert.equal(fake.requests.length, 0);
      } finally {
        await fake.close();
      }
    });

    it('works with [::1] where IPv6 loopback is available', async function () {
      if (!(await canListenOn('::1'))) this.skip();
      const fake = await FakeApifyServer.start({ host: '::1' });
      try {
        assert.match(fake.url, /^http:\/\/\[::1\]:\d+$/);
        const { client } = clientFor(fake);
        assert.equal((await client.getCurrentUser()).username, 'demo-user');
      } finally {
        await fake.close();
      }
    });

    it('puts a path prefix in front of /v2 (and a wrong prefix is a 404)', async () => {
      const fake = await FakeApifyServer.start();
      try {
        const { client } = clientFor(fake, { baseUrl: `${fake.url}/some/prefix/` });
        const error = await rejectionOf(client.getCurrentUser());
        assert.equal(fake.requests[0]!.path, '/some/prefix/v2/users/me');
        assert.equal((error as { status?: number }).status, 404);
        assert.equal((error as { apifyType?: string }).apifyType, 'page-not-found');
      } finally {
        await fake.close();
      }
    });
  });
});

function canListenOn(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(0, host, () => server.close(() => resolve(true)));
  });
}
