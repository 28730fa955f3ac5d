// Issue 6.3, token hygiene: the token lives only in SecretStorage. It is not in settings,
// globalState, workspaceState, the log, row texts or tooltips, even when the API echoes it back;
// it travels only in the Authorization header, only to an https or loopback base URL, and not
// at all after Sign Out. (Notifications are read in the workbench by test/ui/tokenHygiene.test.ts.)
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FakeApifyServer } from '../../fake-apify/server';
import {
  FAST_RETRY, closeHarness, configure, firstPageSettled, labelOf, listRequests, openHarness, rows, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';
import { clickRow, settledRows } from './rowClicks';
import { tooltipText } from '../support/tooltipText';

const TOKEN = `apify_api_HYGIENE_${randomBytes(12).toString('hex')}`;
/** A token the user pastes by mistake and the API rejects: it must not be kept or shown either. */
const REJECTED_TOKEN = `apify_api_HYGIENE_REJECTED_${randomBytes(12).toString('hex')}`;
const SECRETS = [TOKEN, REJECTED_TOKEN];

function assertNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `the token is in ${where}: ${text.slice(0, 500)}`);
}

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

describe('reliability: token hygiene', () => {
  let harness: Harness;
  /** Everything the view showed while the API was misbehaving: labels, descriptions, tooltips. */
  const shownTexts: string[] = [];

  /** The redirect row's hover, from `provokeEchoes`. */
  let redirectTooltip = '';

  // Every test of this file can run alone: the sign-in and the API echoing the token in its errors
  // (the traffic, rows and logs the tests inspect) happen once, here.
  before(async () => {
    harness = await openHarness({ taskCount: 30, token: TOKEN });
    await configure({ pageSize: 10 });
    await showView(harness.api);
    await signIn(harness);
    await firstPageSettled(harness.api);
    await provokeEchoes();
  });
  after(() => closeHarness(harness));

  async function recordRowTexts(): Promise<void> {
    for (const row of await rows(harness.api)) {
      const item = await harness.api.tree.resolveTreeItem(new vscode.TreeItem(labelOf(row)), row);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
      shownTexts.push(labelOf(row), String(row.description ?? ''), tooltip);
    }
    shownTexts.push(String(harness.api.view.description ?? ''), String(harness.api.view.message ?? ''));
  }

  /** Errors whose messages echo the token (400, 500, 429, 401, a redirect), each shown as an error row and recorded. */
  async function provokeEchoes(): Promise<void> {
    const { api, fake } = harness;
    const echoes = [
      { status: 400, type: 'invalid-input', message: `Invalid token ${TOKEN} in request` },
      { status: 500, message: `Internal error for Bearer ${TOKEN}` },
      { status: 429, message: `Rate limit exceeded for ${TOKEN}` },
      { status: 401, message: `User with token ${TOKEN} was not found` },
    ];
    for (const echo of echoes) {
      fake.failNext(10, echo, { paths: ['/v2/actor-tasks'] });
      await clickRow((await rows(api)).at(-1)!);
      assert.equal((await rows(api)).at(-1)?.kind, 'error', `status ${echo.status} did not end in an error row`);
      await recordRowTexts();
      fake.clearFaults();
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await firstPageSettled(api);
    }
    fake.failNext(1, { kind: 'body', status: 302, body: '', headers: { location: `https://elsewhere.example/v2/actor-tasks?token=${TOKEN}` } });
    await clickRow((await rows(api)).at(-1)!);
    const redirect = (await settledRows(api)).at(-1)!;
    redirectTooltip = tooltipText(redirect.tooltip);
    await recordRowTexts();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
  }

  it('a rejected token is not stored, and the accepted one goes to SecretStorage only', async () => {
    const { api, fake } = harness;
    fake.failNext(1, { status: 401, message: `Token ${REJECTED_TOKEN} was not found` }, { paths: ['/v2/users/me'] });
    assert.equal(await vscode.commands.executeCommand('apifyTasks.setToken', REJECTED_TOKEN), false);
    await signIn(harness);
    await firstPageSettled(api);
    assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), TOKEN);
  });

  it('row texts and tooltips never show the token, even when the API echoes it in errors', () => {
    // Only the host a redirect pointed to is shown: its path and query may carry anything.
    assert.match(redirectTooltip, /redirect \(302\) to elsewhere\.example, which the extension does not follow/);
    assert.ok(shownTexts.some((text) => text.includes('***')), 'the echoed token was not even seen, so this test proves nothing');
    for (const text of shownTexts) assertNoSecret(text, 'a row of the Tasks view');
  });

  it('sends the token only as "Authorization: Bearer", never in a URL or another header', () => {
    const { fake } = harness;
    const sent = fake.requests.filter((request) => request.headers.authorization?.includes(TOKEN));
    assert.ok(sent.length >= 10, 'too few requests to judge');
    for (const request of fake.requests) {
      assertNoSecret(request.path, 'a request path');
      assertNoSecret(JSON.stringify(request.query), 'a query string');
      assert.ok(!('token' in request.query), 'a token query parameter was sent');
      for (const [name, value] of Object.entries(request.headers)) {
        if (name !== 'authorization') assertNoSecret(String(value), `the ${name} header`);
      }
      if (request.headers.authorization?.includes(TOKEN)) {
        assert.equal(request.auth, 'bearer');
        assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
      }
    }
  });

  it('is in SecretStorage only: not in settings.json, the configuration, globalState or workspaceState', async () => {
    const { api } = harness;
    assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), TOKEN, 'the token is not where it belongs');
    // globalStorageUri is <user data>/User/globalStorage/<extension id>; settings.json sits in User/.
    const settingsFile = path.join(api.context.globalStorageUri.fsPath, '..', '..', 'settings.json');
    const settings = fs.readFileSync(settingsFile, 'utf8');
    assert.match(settings, /apifyTasks\.apiBaseUrl/, `${settingsFile} is not the settings file this window uses`);
    assertNoSecret(settings, 'settings.json');
    assertNoSecret(JSON.stringify(vscode.workspace.getConfiguration()), 'the configuration');
    assertNoSecret(JSON.stringify(vscode.workspace.getConfiguration('apifyTasks').inspect('apiBaseUrl')), 'the apifyTasks settings');
    for (const [name, state] of [['globalState', api.context.globalState], ['workspaceState', api.context.workspaceState]] as const) {
      const entries = state.keys().map((key) => [key, state.get(key)]);
      assertNoSecret(JSON.stringify(entries), name);
    }
    assert.ok(api.context.globalState.keys().includes('apifyTasks.accountName'), 'globalState was not read');
  });

  it('is in no log file: the "Apify Tasks" output channel and every other log of this session', async () => {
    const { api } = harness;
    // The channel writes to a file below the session's log folder; a marker line proves which
    // file it is and that everything logged before it has been written.
    const marker = `hygiene-marker-${randomBytes(6).toString('hex')}`;
    api.log.info(marker);
    const sessionLogs = path.resolve(api.context.logUri.fsPath, '..', '..', '..');
    let channelFile: string | undefined;
    await waitFor(() => {
      channelFile = filesBelow(sessionLogs).find((file) => path.basename(file).includes('Apify Tasks') && fs.readFileSync(file, 'utf8').includes(marker));
      return channelFile !== undefined;
    }, 'the output channel\'s log file holds the marker');
    const channelLog = fs.readFileSync(channelFile!, 'utf8');
    for (const status of [400, 401, 429, 500]) {
      assert.match(channelLog, new RegExp(`GET 127\\.0\\.0\\.1:\\d+/v2/actor-tasks\\?offset=\\d+&limit=10 → ${status}`), `the log does not hold the ${status} answers`);
    }
    const files = filesBelow(sessionLogs);
    assert.ok(files.length > 3, `only ${files.length} log files found in ${sessionLogs}`);
    for (const file of files) assertNoSecret(fs.readFileSync(file, 'latin1'), file);
  });

  it('goes nowhere but an https or loopback base URL, and never follows a redirect', async () => {
    const { api, fake } = harness;
    // 0.0.0.0 reaches this machine, but the name is not loopback: plain http to it is refused before any request.
    const plainHttp = `http://0.0.0.0:${new URL(fake.url).port}`;
    assert.equal((await fetch(`${plainHttp}/v2/users/me`)).status, 401, 'premise: the fake is reachable at 0.0.0.0');
    fake.clearRequests();
    await configure({ apiBaseUrl: plainHttp });
    try {
      await waitFor(() => api.tree.current?.error !== undefined, 'the view shows an error');
      assert.match(labelOf((await rows(api))[0]), /https/);
      assert.equal(fake.requests.length, 0, 'the token went over plain http');
    } finally {
      await configure({ apiBaseUrl: fake.url });
    }
    await firstPageSettled(api);
    const elsewhere = await FakeApifyServer.start({ token: TOKEN });
    try {
      fake.failNext(1, { kind: 'body', status: 307, body: '', headers: { location: `${elsewhere.url}/v2/actor-tasks?offset=10&limit=10` } });
      await clickRow((await rows(api)).at(-1)!);
      assert.equal((await rows(api)).at(-1)?.kind, 'error');
      assert.equal(elsewhere.requests.length, 0, 'the client followed a redirect with the token');
    } finally {
      await elsewhere.close();
    }
  });

  describe('after Sign Out', () => {
    beforeEach(async () => {
      if (!harness.api.session.signedIn) await signIn(harness);
      harness.fake.clearFaults();
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await firstPageSettled(harness.api);
    });
    afterEach(() => {
      harness.api.setRetry(FAST_RETRY);
      harness.fake.setDelay(0);
    });

    /** Signs out, waits `ms`, and fails if any request arrived with the token meanwhile. */
    async function signOutAndWatch(ms: number): Promise<void> {
      const { fake } = harness;
      const before = fake.requests.length;
      await vscode.commands.executeCommand('apifyTasks.signOut');
      await sleep(ms);
      const after = fake.requests.slice(before).filter((request) => request.headers.authorization?.includes(TOKEN));
      assert.deepEqual(after.map((request) => `${request.path}?${new URLSearchParams(request.query)}`), [], 'requests carried the token after Sign Out');
    }

    it('no retry goes out after Sign Out during a back-off wait', async () => {
      const { api, fake } = harness;
      // A back-off long enough for Sign Out to land inside it (FAST_RETRY's cap would cut it to 40 ms).
      api.setRetry({ ...FAST_RETRY, initialDelayMs: 400, maxDelayMs: 400 });
      await vscode.commands.executeCommand('apifyTasks.refresh');
      fake.failNext(1, { status: 503 }, { paths: ['/v2/actor-tasks'] });
      fake.clearRequests();
      void vscode.commands.executeCommand('apifyTasks.loadMore');
      await waitFor(() => listRequests(fake).some((request) => request.status === 503), 'the first attempt failed');
      await signOutAndWatch(1_000);
      assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), undefined);
    });

    it('no page of an open task picker goes out after Sign Out', async () => {
      const { fake } = harness;
      // Five pages: once the second and third (read ahead) are in flight, two more would follow.
      fake.addTasks(4_500 - fake.tasks.length);
      fake.setDelay(300);
      fake.clearRequests();
      const picking = vscode.commands.executeCommand('apifyTasks.copyTaskId');
      const inFlight = () => listRequests(fake).filter((request) => ['1000', '2000'].includes(request.query.offset ?? ''));
      // Both must have reached the fake: one sent before Sign Out but arriving after it is no leak.
      await waitFor(() => inFlight().length === 2, 'the picker asks for its second page and reads the third ahead');
      await signOutAndWatch(1_000);
      for (const request of inFlight()) {
        assert.equal(request.connectionClosedEarly, true, `the page at offset ${request.query.offset} in flight at Sign Out was not cancelled`);
      }
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await picking, undefined);
    });

    it('Refresh and Load more send nothing', async () => {
      const { fake } = harness;
      await vscode.commands.executeCommand('apifyTasks.signOut');
      fake.clearRequests();
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await vscode.commands.executeCommand('apifyTasks.loadMore');
      await sleep(200);
      assert.equal(fake.requests.length, 0);
    });
  });
});
