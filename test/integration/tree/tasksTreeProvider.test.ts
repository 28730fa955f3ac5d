// The Tasks view's rows and paging, in the real extension host against the fake API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, configure, firstPageSettled, hideView, labelOf, listRequests, openHarness, openSignedInHarness, rows, showView, signIn,
  type Harness,
} from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';

describe('Tasks view: rows and paging', () => {
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: 250 });
  });
  after(() => closeHarness(harness));

  /** Each test starts from a state it sets up itself, so that any one of them can run alone. */
  async function firstPageOnly(): Promise<void> {
    const { api } = harness;
    if (!api.session.signedIn) await signIn(harness);
    await showView(api);
    await firstPageSettled(api);
    if (api.tree.current?.items.length !== 100 || api.tree.current.error !== undefined) {
      await vscode.commands.executeCommand('apifyTasks.refresh');
      await firstPageSettled(api);
    }
  }

  async function pagesLoaded(count: number): Promise<void> {
    await firstPageOnly();
    for (let page = 1; page < count; page++) await vscode.commands.executeCommand('apifyTasks.loadMore');
  }

  it('requests nothing while hidden; showing the view costs exactly one request', async () => {
    const { api, fake } = harness;
    await hideView(api);
    await signIn(harness);
    fake.clearRequests();
    await sleep(300);
    assert.equal(fake.requests.length, 0, 'a request was made while the view was hidden');
    await showView(api);
    await firstPageSettled(api);
    await sleep(300);
    assert.equal(fake.requests.length, 1);
    assert.deepEqual(fake.requests[0].query, { offset: '0', limit: '100' });
    assert.equal(fake.requests[0].auth, 'bearer');
  });

  it('shows one row per task with name, actor, stable ID and a task context value, then Load more', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    const shown = await rows(api);
    assert.equal(shown.length, 101);
    shown.slice(0, 100).forEach((row, index) => {
      const task = fake.tasks[index];
      assert.equal(row.kind, 'task');
      assert.equal(row.id, task.id);
      assert.equal(row.contextValue, 'task');
      assert.ok(row.iconPath instanceof vscode.ThemeIcon);
      const expectedActor = task.actUsername && task.actName ? `${task.actUsername}/${task.actName}` : task.actName ?? task.actId ?? '';
      assert.equal(row.description, expectedActor.slice(0, 200).replace(/[\u0000-\u001f]/g, ' '));
    });
    const loadMore = shown[100];
    assert.equal(loadMore.kind, 'loadMore');
    assert.equal(labelOf(loadMore), 'Load more…');
    assert.equal(loadMore.description, '100 of 250');
    assert.equal(loadMore.command?.command, 'apifyTasks.loadMore');
  });

  it('falls back to the actor ID when the actor names are null', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    const index = fake.tasks.slice(0, 100).findIndex((task) => task.actName == null);
    assert.ok(index >= 0, 'the fake has no task with a null actName in the first page');
    assert.equal((await rows(api))[index].description, fake.tasks[index].actId);
  });

  it('describes the view with the account, loaded/total and the order', async () => {
    await firstPageOnly();
    assert.equal(harness.api.view.description, `${harness.fake.username} · 100 of 250 · oldest first`);
  });

  it('Load more appends the next page in place, asking from the number of items returned so far', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    fake.clearRequests();
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    const shown = await rows(api);
    assert.equal(shown.length, 201);
    assert.deepEqual(shown.slice(0, 200).map((row) => row.id), fake.tasks.slice(0, 200).map((task) => task.id));
    assert.equal(listRequests(fake).length, 1);
    assert.equal(listRequests(fake)[0].query.offset, '100');
    assert.equal(shown[200].description, '200 of 250');
    assert.equal(api.view.description, `${fake.username} · 200 of 250 · oldest first`);
  });

  it('makes one request however many times Load more runs at once, and tells VS Code to re-read the rows once, after the page', async () => {
    const { api, fake } = harness;
    await pagesLoaded(2);
    fake.clearRequests();
    fake.setDelay(400);
    // A second tree event at the start (for a spinner) would make VS Code hold the page's own
    // refresh for up to 200 ms; the view's progress bar shows the load instead (see the UI test).
    let treeEvents = 0;
    const counting = api.tree.onDidChangeTreeData(() => treeEvents++);
    try {
      const clicks = Array.from({ length: 50 }, () => vscode.commands.executeCommand('apifyTasks.loadMore'));
      await waitFor(() => api.tree.current?.loading === true, 'the page is loading');
      assert.equal(treeEvents, 0, 'a tree event before the page arrived');
      // Should VS Code re-read the rows meanwhile (e.g. the view is shown again), Load more says it is loading.
      const loadingRow = (await rows(api)).at(-1)!;
      assert.equal(loadingRow.kind, 'loadMore');
      assert.equal(labelOf(loadingRow), 'Load more…');
      assert.equal((loadingRow.iconPath as vscode.ThemeIcon).id, 'loading~spin');
      assert.equal(loadingRow.command, undefined);
      await Promise.all(clicks);
    } finally {
      counting.dispose();
      fake.setDelay(0);
    }
    assert.equal(treeEvents, 1);
    assert.equal(listRequests(fake).length, 1);
    const shown = await rows(api);
    assert.equal(shown.length, 250, 'after the last page there is no Load more row');
    assert.ok(shown.every((row) => row.kind === 'task'));
    assert.equal(api.view.description, `${fake.username} · 250 of 250 · oldest first`);
  });

  it('Load more after the last page makes no request', async () => {
    const { fake } = harness;
    await pagesLoaded(3);
    fake.clearRequests();
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    assert.equal(fake.requests.length, 0);
  });

  it('builds an untrusted Markdown tooltip on hover, with every piece of API text escaped', async () => {
    const { api, fake } = harness;
    await pagesLoaded(3);
    const shown = await rows(api);
    const index = fake.tasks.findIndex((task) => task.name.includes('command:'));
    assert.ok(index >= 0, 'the fake has no task whose name holds a command link');
    const row = shown[index];
    const item = await api.tree.resolveTreeItem(new vscode.TreeItem(labelOf(row)), row);
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
    assert.ok(!tooltip.value.includes('](command:'), `an unescaped command link: ${tooltip.value}`);
    assert.ok(tooltip.value.includes(fake.tasks[index].id));
    const noStats = fake.tasks.findIndex((task) => task.stats === null);
    assert.ok(noStats >= 0, 'the fake has no task with null stats');
    const plain = await api.tree.resolveTreeItem(new vscode.TreeItem('x'), shown[noStats]);
    assert.match((plain.tooltip as vscode.MarkdownString).value, /Total runs: —/);
  });

  it('keeps the selection on the same task across a refresh', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    const target = (await rows(api))[3];
    await api.view.reveal(target, { select: true, focus: true });
    await waitFor(() => api.view.selection.length === 1, 'the row is selected');
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    await sleep(200);
    assert.deepEqual(api.view.selection.map((row) => (row as vscode.TreeItem).id), [fake.tasks[3].id]);
  });

  it('reloads with the new page size when the setting changes', async () => {
    const { api, fake } = harness;
    await firstPageOnly();
    fake.clearRequests();
    await configure({ pageSize: 40 });
    await waitFor(() => api.tree.current?.total !== undefined && api.tree.current.items.length === 40, 'a page of 40 is shown');
    assert.equal(listRequests(fake).at(-1)?.query.limit, '40');
    assert.equal((await rows(api)).at(-1)?.description, '40 of 250');
    await configure({ pageSize: undefined });
    await firstPageSettled(api);
  });
});

describe('Tasks view: an account without tasks', () => {
  let harness: Harness;
  before(async () => {
    harness = await openSignedInHarness({ taskCount: 0 });
  });
  after(() => closeHarness(harness));

  it('says there are no tasks', async () => {
    const shown = await rows(harness.api);
    assert.equal(shown.length, 1);
    assert.equal(shown[0].kind, 'message');
    assert.match(labelOf(shown[0]), /No tasks/);
    assert.equal(harness.api.view.description, `${harness.fake.username} · 0 of 0 · oldest first`);
  });
});
