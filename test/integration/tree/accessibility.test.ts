// What a screen reader hears on the view's own rows, and the route from an error to the log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, firstPageSettled, openSignedInHarness, rows, type Harness,
} from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';

describe('Tasks view: accessibility of special rows, and Show Log', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 30 }, { pageSize: 10 });
  });
  after(() => closeHarness(harness));

  it('Load more says what it is and that Enter loads the next page; read while loading, that it is loading', async () => {
    const { api, fake } = harness;
    const idle = (await rows(api)).at(-1)!;
    assert.deepEqual(idle.accessibilityInformation, {
      label: 'Load more tasks, 10 of 30 loaded. Press Enter to load the next page.', role: 'button',
    });
    fake.setDelay(400);
    try {
      const click = vscode.commands.executeCommand('apifyTasks.loadMore');
      await waitFor(() => api.tree.current?.loading === true, 'the page is loading');
      // No tree event announces the load (the view's progress bar does); whenever VS Code reads
      // the row meanwhile (the view shown again, a screen reader's re-read), it says it is loading.
      const loading = (await rows(api)).at(-1)!;
      assert.equal(loading.accessibilityInformation?.label, 'Loading more tasks, 10 of 30 loaded so far.');
      await click;
    } finally {
      fake.setDelay(0);
    }
  });

  it('an error row says what failed and what Enter does, not its tooltip detail; its tooltip links to the log only', async () => {
    const { api, fake } = harness;
    fake.failNext(50, { status: 503 });
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    fake.clearFaults();
    const error = (await rows(api)).at(-1)!;
    assert.equal(error.kind, 'error');
    assert.deepEqual(error.accessibilityInformation, {
      label: 'Error: Apify server error (HTTP 503). Press Enter to retry.', role: 'button',
    });
    const tooltip = error.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.deepEqual(tooltip.isTrusted, { enabledCommands: ['apifyTasks.showLog'] });
    assert.equal(tooltip.supportHtml, false);
    assert.deepEqual(tooltip.value.match(/\]\([^)]*\)/g), ['](command:apifyTasks.showLog)'], 'a link other than Show Log');
  });

  it('the rejected-items row reads out what it is, not its list of reasons', async () => {
    const { api, fake } = harness;
    // From the first page, whatever the tests before left: the bad page is the second.
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    const items = fake.tasks.slice(10, 20).map((task) => ({ ...task })) as unknown as Record<string, unknown>[];
    items[2].name = 42;
    fake.failNext(1, { kind: 'body', body: { data: { total: 30, offset: 10, limit: 10, desc: false, count: 10, items } } },
      { paths: ['/v2/actor-tasks'] });
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    const warning = (await rows(api)).find((row) => row.kind === 'message')!;
    assert.ok(warning, 'no warning row');
    assert.match(String(warning.tooltip), /items\[2\]\.name/);
    const spoken = warning.accessibilityInformation?.label ?? '';
    assert.match(spoken, /^1 task could not be shown\./);
    assert.doesNotMatch(spoken, /items\[/);
    assert.equal(warning.accessibilityInformation?.role, 'treeitem');
  });

  it('"Show Log" is a command that reveals the log', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('apifyTasks.showLog'));
    await vscode.commands.executeCommand('apifyTasks.showLog');
  });
});
