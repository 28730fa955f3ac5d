// What the view shows when a page fails for good, and how it recovers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, configure, firstPageSettled, labelOf, listRequests, openSignedInHarness, rows, type Harness,
} from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';

describe('Tasks view: failures', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 30 }, { pageSize: 10 });
  });
  after(() => closeHarness(harness));

  /** The first page of 10 and nothing else, so that each test can run alone. */
  async function firstPageOnly(): Promise<void> {
    const { api } = harness;
    if (api.tree.current?.items.length !== 10 || api.tree.current.error !== undefined) {
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await firstPageSettled(api);
    }
  }

  /** The first page, then a second that fails for good: an error row at the end. */
  async function failedSecondPage(): Promise<void> {
    await firstPageOnly();
    harness.fake.failNext(50, { status: 503 });
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    harness.fake.clearFaults();
  }

  it('retries a failing page, then shows an error row; the tasks already loaded stay', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    fake.clearRequests();
    fake.failNext(50, { status: 503 });
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    assert.ok(listRequests(fake).length > 1, 'the client did not retry a 503');
    const shown = await rows(api);
    assert.equal(shown.length, 11);
    assert.deepEqual(shown.slice(0, 10).map((row) => row.id), fake.tasks.slice(0, 10).map((task) => task.id));
    const error = shown[10];
    assert.equal(error.kind, 'error');
    assert.match(labelOf(error), /HTTP 503/);
    assert.equal(error.command?.command, 'apifyTasks.loadMore');
    fake.clearFaults();
  });

  it('clicking the error row retries the same page and recovers', async () => {
    const { api, fake } = harness;
    await failedSecondPage();
    fake.clearRequests();
    const error = (await rows(api)).at(-1)!;
    assert.equal(error.kind, 'error');
    await vscode.commands.executeCommand(error.command!.command, ...(error.command!.arguments ?? []));
    assert.equal(listRequests(fake).length, 1);
    assert.equal(listRequests(fake)[0].query.offset, '10');
    const shown = await rows(api);
    assert.equal(shown.length, 21);
    assert.equal(shown[20].kind, 'loadMore');
  });

  it('shows an invalid page as an error that says what was wrong, keeping what was loaded', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    fake.failNext(1, { kind: 'body', body: { data: { total: 30, offset: 10, limit: 10, desc: false, count: 3, items: [] } } });
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    const shown = await rows(api);
    assert.equal(shown.filter((row) => row.kind === 'task').length, 10);
    const error = shown.at(-1)!;
    assert.equal(error.kind, 'error');
    assert.match(labelOf(error), /not valid.*count/i);
  });

  it('turns a rejected token into "API token rejected", which asks for a new token', async () => {
    const { api, fake } = harness;
    const validToken = fake.token;
    fake.setToken('a-token-nobody-has');
    try {
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await firstPageSettled(api);
      const shown = await rows(api);
      assert.equal(shown.length, 1);
      assert.equal(labelOf(shown[0]), 'API token rejected');
      assert.equal(shown[0].command?.command, 'apifyTasks.setToken');
    } finally {
      fake.setToken(validToken);
    }
  });

  it('refuses a base URL that would send the token in clear text, before any request', async () => {
    const { api, fake } = harness;
    fake.clearRequests();
    await configure({ apiBaseUrl: 'http://api.example.com' });
    try {
      await waitFor(() => api.tree.current?.error !== undefined, 'the view shows an error');
      const shown = await rows(api);
      assert.equal(shown.length, 1);
      assert.equal(shown[0].kind, 'error');
      assert.match(labelOf(shown[0]), /https/);
      assert.equal(fake.requests.length, 0);
    } finally {
      await configure({ apiBaseUrl: fake.url });
    }
    await firstPageSettled(api);
  });
});
