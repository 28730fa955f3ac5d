// "Apify: Set API Token" and "Apify: Sign Out", driven through their commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, firstPageSettled, listRequests, openHarness, rows, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';

describe('commands: Set API Token and Sign Out', () => {
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: 12, username: 'janedoe' });
    await showView(harness.api);
  });
  after(() => closeHarness(harness));

  // Each test starts signed in or out as it needs, so that any one of them can run alone.
  async function signedIn(): Promise<void> {
    if (!harness.api.session.signedIn) await signIn(harness);
    await firstPageSettled(harness.api);
  }
  const signedOut = () => vscode.commands.executeCommand('apifyTasks.signOut');

  it('shows nothing but the welcome view while signed out', async () => {
    await signedOut();
    assert.equal(harness.api.session.signedIn, false);
    assert.deepEqual(await rows(harness.api), []);
    assert.equal(harness.api.view.description ?? '', '');
  });

  it('checks a token with GET /v2/users/me before storing it, then shows the account and its tasks', async () => {
    const { api, fake } = harness;
    await signedOut();
    fake.clearRequests();
    const stored = await vscode.commands.executeCommand('apifyTasks.setToken', `  ${fake.token}\n`);
    assert.equal(stored, true);
    assert.equal(fake.requests[0].path, '/v2/users/me');
    assert.equal(fake.requests[0].auth, 'bearer');
    assert.equal(api.session.tokens.token, fake.token, 'the token was not trimmed');
    assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), fake.token);
    await firstPageSettled(api);
    assert.equal((await rows(api)).length, 12);
    assert.equal(api.view.description, 'janedoe · 12 of 12 · oldest first');
  });

  it('refuses a token the API rejects and keeps the one it had', async () => {
    const { api, fake } = harness;
    await signedIn();
    const stored = await vscode.commands.executeCommand('apifyTasks.setToken', 'not-a-valid-token');
    assert.equal(stored, false);
    assert.equal(api.session.tokens.token, fake.token);
    assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), fake.token);
  });

  it('refuses an empty token without asking the API', async () => {
    const { api, fake } = harness;
    await signedIn();
    fake.clearRequests();
    assert.equal(await vscode.commands.executeCommand('apifyTasks.setToken', '   '), false);
    assert.equal(fake.requests.length, 0);
    assert.equal(api.session.tokens.token, fake.token);
  });

  it('signs out: forgets the token, empties the tree and sends nothing more', async () => {
    const { api, fake } = harness;
    await signedIn();
    assert.equal((await rows(api)).length, 12);
    await vscode.commands.executeCommand('apifyTasks.signOut');
    assert.equal(api.session.signedIn, false);
    assert.equal(await api.context.secrets.get('apifyTasks.apiToken'), undefined);
    assert.deepEqual(await rows(api), []);
    assert.equal(api.view.description ?? '', '');
    fake.clearRequests();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    await sleep(200);
    assert.equal(fake.requests.length, 0);
  });

  it('drops a page that was loading when the user signed out', async () => {
    const { api, fake } = harness;
    await signIn(harness);
    await firstPageSettled(api);
    await vscode.commands.executeCommand('apifyTasks.refresh');
    fake.setDelay(500);
    try {
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await waitFor(() => listRequests(fake).some((r) => r.finishedAt === undefined), 'a page request is in flight');
      await vscode.commands.executeCommand('apifyTasks.signOut');
      await sleep(700);
      assert.deepEqual(await rows(api), []);
      assert.equal(api.tree.current, undefined);
    } finally {
      fake.setDelay(0);
    }
  });

  it('follows a token stored or deleted by another window', async () => {
    const { api, fake } = harness;
    await signedOut();
    await api.context.secrets.store('apifyTasks.apiToken', fake.token);
    await waitFor(() => api.session.signedIn, 'the new token is picked up');
    await firstPageSettled(api);
    assert.equal((await rows(api)).length, 12);
    await api.context.secrets.delete('apifyTasks.apiToken');
    await waitFor(() => !api.session.signedIn, 'the deletion is picked up');
    assert.deepEqual(await rows(api), []);
  });
});
