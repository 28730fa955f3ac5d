// A sign-out noted by another window wins over this window's SecretStorage on a re-check. In a
// browser-hosted VS Code another window's SecretStorage keeps answering the old token; here that
// is this window's own SecretStorage still holding the token while the shared note says "out".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SignInMarker } from '../../../src/auth/signInMarker';
import {
  closeHarness, firstPageSettled, openSignedInHarness, type Harness,
} from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';

const TOKEN_KEY = 'apifyTasks.apiToken';

describe('auth: re-checking the token before a load', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 3 });
  });
  after(() => closeHarness(harness));

  it('a sign-out noted elsewhere signs this window out on Refresh, sends nothing, and sticks until SecretStorage itself changes', async () => {
    const { api, fake } = harness;
    assert.equal(api.session.signedIn, true);
    // Another window signed out: its note is written, but this window's SecretStorage still answers the token.
    await new SignInMarker(api.context.globalStorageUri).write('out');
    assert.equal(await api.context.secrets.get(TOKEN_KEY), fake.token);
    fake.clearRequests();

    await vscode.commands.executeCommand('apifyTasks.refresh');
    assert.equal(api.session.signedIn, false, 'Refresh kept a token another window signed out of');
    assert.equal(api.tree.current === undefined, true, 'the list was not dropped');
    // A second re-check does not take the same token back from the stale SecretStorage.
    await vscode.commands.executeCommand('apifyTasks.refresh');
    assert.equal(api.session.signedIn, false);
    assert.deepEqual(fake.requests.map((request) => request.path), []);

    // SecretStorage reporting a change (another desktop window signing in) is followed again.
    await api.context.secrets.delete(TOKEN_KEY);
    await api.context.secrets.store(TOKEN_KEY, fake.token);
    await waitFor(() => api.session.signedIn, 'signed in again from SecretStorage\'s change event');
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    assert.equal(api.tree.current?.error, undefined);
    assert.ok(fake.requests.some((request) => request.headers.authorization === `Bearer ${fake.token}`));
  });
});
