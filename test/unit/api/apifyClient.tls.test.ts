// Certificate failures are told apart from an unreachable host (issue 9.6): a real TLS server on
// 127.0.0.1 with the test certificates of test/fixtures/tls in front of the fake API.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { ApifyCertificateError } from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

const FIXTURES = path.join(findRepoRoot(), 'test', 'fixtures', 'tls');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function findRepoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

describe('ApifyClient over TLS', () => {
  const fake = useFakeApify();
  let server: https.Server | undefined;
  let connections = 0;
  const savedCa = https.globalAgent.options.ca;

  /** Serves the fake API over https with the certificate `name`; returns its base URL. */
  async function tlsFront(name: string): Promise<string> {
    server = https.createServer({ cert: read(`${name}.crt`), key: read(`${name}.key`) }, (req, res) => {
      const upstream = http.request(`${fake().url}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Trust the test CA in this process, as a company CA installed on the machine would be. */
  const trustTestCa = (): void => {
    https.globalAgent.options.ca = read('ca.crt');
  };

  beforeEach(() => {
    connections = 0;
  });
  afterEach(async () => {
    https.globalAgent.options.ca = savedCa;
    https.globalAgent.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('works with a certificate the machine trusts (the set-up is right)', async () => {
    trustTestCa();
    const { client } = clientFor(fake(), { baseUrl: await tlsFront('valid') });
    assert.equal((await client.getCurrentUser()).username, 'demo-user');
  });

  const cases: [string, string, boolean, string, RegExp][] = [
    ['a self-signed certificate', 'self-signed', false, 'DEPTH_ZERO_SELF_SIGNED_CERT', /it is self-signed/],
    ['a certificate from an unknown issuer', 'valid', false, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', /could not be verified against a trusted authority/],
    ['an expired certificate', 'expired', true, 'CERT_HAS_EXPIRED', /it has expired/],
    ['a certificate for another host name', 'wrong-host', true, 'ERR_TLS_CERT_ALTNAME_INVALID', /issued for a different host name/],
  ];
  for (const [name, certificate, trusted, code, wording] of cases) {
    it(`says ${name} is a certificate problem (${code}), not an unreachable host, and does not retry`, async () => {
      if (trusted) trustTestCa();
      const baseUrl = await tlsFront(certificate);
      const { client, log } = clientFor(fake(), { baseUrl });
      const error = await rejectionOf(client.getCurrentUser());
      assert.ok(error instanceof ApifyCertificateError, String(error));
      assert.equal(error.kind, 'certificate');
      assert.equal(error.code, code);
      assert.match(error.message, new RegExp(`^The certificate of the Apify API at ${new URL(baseUrl).host.replace(/\./g, '\\.')} is not trusted: `));
      assert.match(error.message, wording);
      assert.doesNotMatch(error.message, /reach/);
      assert.equal(log.length, 1);
      assert.equal(connections, 1);
      assert.equal(fake().requests.length, 0, 'nothing passed the TLS handshake');
    });
  }
});
