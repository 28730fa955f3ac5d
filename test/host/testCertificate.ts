// A throwaway self-signed certificate for a made-up host name, generated with openssl when a
// test host starts, so https through a proxy can be tested against the local fake API. The
// extension host trusts it through NODE_EXTRA_CA_CERTS (read when the process starts).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A name under the reserved .test domain: it resolves nowhere, only our test proxy maps it. */
export const TEST_TLS_HOST = 'apify-fake.test';
/** Tells the in-host suite where key.pem and cert.pem are. */
export const TEST_TLS_DIR_ENV = 'APIFY_TASKS_TEST_TLS_DIR';

/** Creates key.pem and cert.pem in a new temp folder; returns the environment for code-server. */
export function createTestCertificate(): { dir: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    '-subj', `/CN=${TEST_TLS_HOST}`, '-addext', `subjectAltName=DNS:${TEST_TLS_HOST}`,
  ], { stdio: 'pipe' });
  return { dir, env: { [TEST_TLS_DIR_ENV]: dir, NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') } };
}
