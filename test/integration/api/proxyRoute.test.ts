// The token never passes a proxy in clear text. VS Code routes the extension host's http and
// https through `http.proxy`, bypassing it only for localhost, 127.0.0.1 and ::1; here a logging
// proxy is that setting, and each base URL is checked for the way its requests went.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeApifyServer } from '../../fake-apify/server';
import { TEST_TLS_HOST } from '../../host/testCertificate';
import {
  closeHarness, configure, firstPageSettled, openSignedInHarness, type Harness,
} from '../support/apifyTasksHarness';
import { LoggingProxy } from '../support/loggingProxy';
import { TlsFront } from '../support/tlsFront';
import { waitFor } from '../support/waitFor';

describe('api: the route requests take with http.proxy set', function () {
  this.timeout(60_000);
  let harness: Harness;
  let proxy: LoggingProxy;
  let tls: TlsFront;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 3 });
    tls = await TlsFront.start(Number(new URL(harness.fake.url).port));
    proxy = await LoggingProxy.start({ [TEST_TLS_HOST]: '127.0.0.1' });
    await vscode.workspace.getConfiguration('http').update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    // VS Code's own list of system certificates replaces Node's, and with it the test
    // certificate the runner added through NODE_EXTRA_CA_CERTS; verification stays on (http.proxyStrictSSL).
    await vscode.workspace.getConfiguration('http').update('systemCertificates', false, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('http').update('proxy', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('http').update('systemCertificates', undefined, vscode.ConfigurationTarget.Global);
    await closeHarness(harness);
    await tls?.close();
    await proxy?.close();
  });
  beforeEach(() => {
    proxy.requests.length = 0;
    harness.fake.clearRequests();
  });

  /** Points the extension at `baseUrl` and waits for the first page to load or fail. */
  async function loadFrom(baseUrl: string): Promise<unknown> {
    await configure({ apiBaseUrl: baseUrl });
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(harness.api);
    return harness.api.tree.current?.error;
  }

  it('https goes through the proxy as a CONNECT tunnel only: the proxy sees no request line or Authorization', async () => {
    const error = await loadFrom(tls.url);
    assert.equal(error, undefined, `the page did not load over https: ${String(error)}`);
    assert.ok(proxy.requests.length > 0, 'the proxy saw nothing: http.proxy is not in effect, so the other tests would prove nothing');
    assert.deepEqual([...new Set(proxy.requests.map((request) => request.line))], [`CONNECT ${TEST_TLS_HOST}:${tls.port}`]);
    assert.ok(proxy.requests.every((request) => !request.authorization));
    // The fake behind the tunnel saw the request, token included.
    assert.ok(harness.fake.requests.some((request) => request.headers.authorization === `Bearer ${harness.fake.token}`));
  });

  it('http to 127.0.0.5 is refused before any request, and the proxy sees nothing', async () => {
    const port = new URL(harness.fake.url).port;
    const error = await loadFrom(`http://127.0.0.5:${port}`);
    assert.deepEqual(proxy.requests, [], 'requests went to the proxy');
    assert.deepEqual(harness.fake.requests, []);
    assert.equal((error as { kind?: string } | undefined)?.kind, 'invalid-base-url', String(error));
    assert.match(String((error as Error).message), /plain http.*127\.0\.0\.1/);
    // The proxy is still in effect: the same list over https goes through it.
    await loadFrom(tls.url);
    assert.ok(proxy.requests.length > 0);
  });

  it('http to 127.0.0.1 and [::1] goes direct: the fake sees the request, the proxy nothing', async () => {
    const error = await loadFrom(harness.fake.url);
    assert.equal(error, undefined, String(error));
    assert.ok(harness.fake.requests.some((request) => request.path === '/v2/actor-tasks'));

    const v6 = await FakeApifyServer.start({ host: '::1', taskCount: 3, token: harness.fake.token });
    try {
      assert.equal(await loadFrom(v6.url), undefined);
      await waitFor(() => v6.requests.some((request) => request.path === '/v2/actor-tasks'), 'the [::1] fake saw the list request');
    } finally {
      await v6.close();
    }
    assert.deepEqual(proxy.requests, []);
  });
});
