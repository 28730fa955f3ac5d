// Issue 10, runs in the tree: each task is a second paged level, loaded on expansion only, and
// unfinished runs update themselves through the session's run watcher.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Run } from '../../../src/api/runTypes';
import type { TaskNode } from '../../../src/tree/pagedNode';
import type { RunRow } from '../../../src/tree/runRow';
import type { TaskRow } from '../../../src/tree/taskRow';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import type { RecordedRequest } from '../../fake-apify/recordedRequest';
import {
  closeHarness, firstPageSettled, labelOf, listRequests, openSignedInHarness, rows, type Harness,
} from '../support/apifyTasksHarness';
import { tooltipText } from '../support/tooltipText';
import { waitFor } from '../support/waitFor';

const RUNS_PAGE = 10;
const RUN_LIST = /^\/v2\/actor-tasks\/([^/]+)\/runs$/;

describe('Tasks view: runs under each task', () => {
  let harness: Harness;

  before(async () => {
    // Seeded runs: the first task has 45, the second none.
    harness = await openSignedInHarness({ taskCount: 6 }, { runsPageSize: RUNS_PAGE });
  });
  after(async () => {
    // Other files' tasks may share these IDs: leave none of them expanded.
    await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
    await closeHarness(harness);
  });

  // Each test starts from every task collapsed, nothing of runs loaded, no request recorded.
  beforeEach(async () => {
    const { api, fake } = harness;
    await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    fake.clearFaults();
    fake.clearRequests();
  });

  /** GET …/actor-tasks/{id}/runs requests (for one task when given). */
  function runListRequests(taskId?: string): RecordedRequest[] {
    return harness.fake.requests.filter((request) => {
      const match = request.method === 'GET' && RUN_LIST.exec(request.path);
      return match && (taskId === undefined || match[1] === taskId);
    });
  }

  function runRequests(runId: string): RecordedRequest[] {
    return harness.fake.requests.filter((request) => request.path === `/v2/actor-runs/${runId}`);
  }

  async function taskRow(index: number): Promise<TaskRow> {
    const row = (await rows(harness.api)).filter((r): r is TaskRow => r.kind === 'task')[index];
    assert.ok(row, `no task row ${index}`);
    return row;
  }

  /** Expands the task's row in the real view and waits until its first page has settled. */
  async function expand(row: TaskRow): Promise<TaskNode> {
    const { api } = harness;
    await api.view.reveal(row, { expand: true, select: false, focus: false });
    let node: TaskNode | undefined;
    await waitFor(() => {
      node = api.tree.taskNode(row.task.id);
      return node !== undefined && node.pager.started && !node.pager.loading;
    }, `the runs of ${row.task.name} have loaded`);
    return node!;
  }

  async function children(row: TaskRow): Promise<TaskTreeRow[]> {
    return (await harness.api.tree.getChildren(row)) ?? [];
  }

  function isRun(row: TaskTreeRow): row is RunRow {
    return row.kind === 'run';
  }

  it('shows tasks collapsed, and showing the view asks for no runs', async () => {
    const { api, fake } = harness;
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    const tasks = (await rows(api)).filter((row) => row.kind === 'task');
    assert.equal(tasks.length, 6);
    for (const row of tasks) assert.equal(row.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(listRequests(fake).length, 1);
    assert.equal(runListRequests().length, 0);
  });

  it('expanding a task asks once for its first page, newest first, with the page size from the setting; other tasks are not asked for', async () => {
    const { api, fake } = harness;
    const first = await taskRow(0);
    await expand(first);
    const requests = runListRequests();
    assert.equal(requests.length, 1);
    assert.equal(requests[0].path, `/v2/actor-tasks/${first.task.id}/runs`);
    assert.deepEqual({ offset: requests[0].query.offset, limit: requests[0].query.limit, desc: requests[0].query.desc },
      { offset: '0', limit: String(RUNS_PAGE), desc: '1' });

    const shown = await children(first);
    const runs = shown.filter(isRun);
    const newestFirst = [...fake.runsOf(first.task.id)].reverse().slice(0, RUNS_PAGE);
    assert.deepEqual(runs.map((row) => row.run.id), newestFirst.map((run) => run.id));
    assert.equal(runs[0].id, `${first.id}/${newestFirst[0].id}`);
    for (const row of runs) {
      assert.equal(row.contextValue, 'run');
      assert.equal(row.task.id, first.task.id);
      assert.equal(api.tree.getParent(row), first);
      assert.match(String(row.description), new RegExp(`^${row.run.status} · \\d+ (m|s|h)`));
      // Status and start, then duration and cost, each once.
      assert.match(String(row.accessibilityInformation?.label), new RegExp(`^Run ${row.run.status}, started [^·]+, \\d+ (ms|s|m|h|d)\\b[^·]*, <?\\$[\\d.]+$`));
      assert.ok(row.iconPath instanceof vscode.ThemeIcon);
    }
    const loadMore = shown.at(-1)!;
    assert.equal(loadMore.kind, 'loadMore');
    assert.equal(loadMore.id, `${first.id}/:loadMore`);
    assert.equal(loadMore.description, `${RUNS_PAGE} of 45`);
    assert.match(String(loadMore.accessibilityInformation?.label), /^Load more runs, 10 of 45 loaded/);
    assert.equal(api.tree.getParent(loadMore), first);
    assert.equal(runListRequests().length, 1, 'reading the rows asked again');
    assert.equal(listRequests(fake).length, 0, 'expanding a task reloaded the task list');
  });

  it('Load more under a task loads that task\'s next page: one request per page, and only that task\'s row is re-read', async () => {
    const { api } = harness;
    const first = await taskRow(0);
    await expand(first);
    const changed: unknown[] = [];
    const listening = api.tree.onDidChangeTreeData((row) => changed.push(row));
    try {
      for (const offset of [10, 20]) {
        const loadMore = (await children(first)).at(-1)!;
        assert.equal(loadMore.kind, 'loadMore');
        assert.equal(await vscode.commands.executeCommand(loadMore.command!.command, ...loadMore.command!.arguments!), 'loaded');
        assert.equal(runListRequests().at(-1)?.query.offset, String(offset));
      }
    } finally {
      listening.dispose();
    }
    assert.equal(runListRequests().length, 3);
    assert.ok(changed.length > 0);
    assert.ok(changed.every((row) => row === first), 'a page under a task re-read more than its row');
    const shown = await children(first);
    assert.equal(shown.filter(isRun).length, 30);
    assert.equal(new Set(shown.map((row) => row.id)).size, shown.length);
    assert.equal(shown.at(-1)!.description, '30 of 45');
  });

  it('collapsing and expanding again shows what was loaded without a request', async () => {
    const { api } = harness;
    const first = await taskRow(0);
    await expand(first);
    const before = (await children(first)).map((row) => row.id);
    await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
    await api.view.reveal(first, { expand: true, select: false, focus: false });
    assert.deepEqual((await children(first)).map((row) => row.id), before);
    assert.equal(runListRequests().length, 1);
  });

  it('shows "No runs yet" under a task without runs', async () => {
    const second = await taskRow(1);
    await expand(second);
    const shown = await children(second);
    assert.equal(shown.length, 1);
    assert.equal(shown[0].kind, 'message');
    assert.equal(labelOf(shown[0]), 'No runs yet');
    assert.equal(shown[0].id, `${second.id}/:empty`);
  });

  it('an error under a task keeps the runs loaded, and its error row retries that task\'s page', async () => {
    const { fake } = harness;
    const first = await taskRow(0);
    await expand(first);
    fake.failNext(50, { status: 503 }, { pathMatches: RUN_LIST });
    const loadMore = (await children(first)).at(-1)!;
    await vscode.commands.executeCommand(loadMore.command!.command, ...loadMore.command!.arguments!);
    fake.clearFaults();
    let shown = await children(first);
    assert.equal(shown.filter(isRun).length, RUNS_PAGE);
    const error = shown.at(-1)!;
    assert.equal(error.kind, 'error');
    assert.equal(error.id, `${first.id}/:error`);
    assert.match(labelOf(error), /HTTP 503/);
    fake.clearRequests();
    assert.equal(await vscode.commands.executeCommand(error.command!.command, ...error.command!.arguments!), 'loaded');
    assert.equal(runListRequests().length, 1);
    assert.equal(runListRequests()[0].query.offset, String(RUNS_PAGE));
    shown = await children(first);
    assert.equal(shown.filter(isRun).length, 2 * RUNS_PAGE);
    assert.equal(shown.at(-1)!.kind, 'loadMore');
  });

  it('a rejected token under a task says "API token rejected" and asks for a new token, keeping the runs', async () => {
    const { fake } = harness;
    const first = await taskRow(0);
    await expand(first);
    fake.failNext(1, { status: 401, type: 'token-not-valid' }, { pathMatches: RUN_LIST });
    const loadMore = (await children(first)).at(-1)!;
    await vscode.commands.executeCommand(loadMore.command!.command, ...loadMore.command!.arguments!);
    const shown = await children(first);
    assert.equal(shown.filter(isRun).length, RUNS_PAGE);
    const error = shown.at(-1)!;
    assert.equal(labelOf(error), 'API token rejected');
    assert.equal(error.command?.command, 'apifyTasks.setToken');
  });

  it('a running run turns SUCCEEDED without a refresh: one long poll, only its row re-read', async () => {
    const { api, fake } = harness;
    const third = await taskRow(2);
    const running = fake.createRun(third.task.id, { origin: 'SCHEDULER', plan: { startAfterMs: 0, finishAfterMs: null, logEveryMs: 0 } });
    await waitFor(() => running.status === 'RUNNING', 'the fake run is running');
    await expand(third);
    const row = (await children(third)).filter(isRun)[0];
    assert.equal(row.run.id, running.id);
    assert.equal(row.run.status, 'RUNNING');
    assert.equal(row.contextValue, 'run.running');
    assert.equal((row.iconPath as vscode.ThemeIcon).id, 'loading~spin');
    assert.equal(row.description, 'RUNNING');
    await waitFor(() => runRequests(running.id).length === 1, 'the run watcher asks about the run');
    assert.equal(runRequests(running.id)[0].query.waitForFinish, '60');

    const changed: unknown[] = [];
    const listening = api.tree.onDidChangeTreeData((element) => changed.push(element));
    try {
      fake.finishRun(running.id, 'SUCCEEDED', '<img src=x onerror=alert(1)> [x](command:workbench.action.quit)');
      await waitFor(() => row.run.status === 'SUCCEEDED', 'the row shows SUCCEEDED');
    } finally {
      listening.dispose();
    }
    assert.deepEqual(changed, [row], 'more than the run\'s row was re-read');
    assert.equal(row.contextValue, 'run');
    assert.equal((row.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.match(String(row.description), /^SUCCEEDED · \d+ (ms|s) · <?\$[\d.]+$/);
    assert.equal(runRequests(running.id).length, 1, 'the finished run was asked about again');
    assert.equal(runListRequests().length, 1, 'the runs were listed again');
    assert.equal(api.session.runWatcher.isWatching(running.id), false);
    // The same row, also after collapsing and expanding: the loaded state holds the news.
    assert.equal((await children(third)).filter(isRun)[0], row);

    const item = api.tree.resolveTreeItem(new vscode.TreeItem('run'), row);
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
    const text = tooltipText(tooltip);
    for (const part of [running.id, 'SUCCEEDED', 'Status message: <img src=x onerror=alert(1)> [x](command:workbench.action.quit)', 'Build: 0.3.12', 'Origin: SCHEDULER', 'Duration: ']) {
      assert.ok(text.includes(part), `the tooltip lacks ${part}: ${text}`);
    }
    assert.doesNotMatch(tooltip.value, /(?<!\\)\[x\]\(command:/);
    assert.doesNotMatch(tooltip.value, /(?<!\\)<img/);
  });

  it('Refresh drops the runs and stops watching them; an expanded task then loads its first page again', async () => {
    const { api, fake } = harness;
    const fourth = await taskRow(3);
    const running = fake.createRun(fourth.task.id, { plan: { startAfterMs: 0, finishAfterMs: null, logEveryMs: 0 } });
    try {
      const old = await expand(fourth);
      await waitFor(() => api.session.runWatcher.isWatching(running.id), 'the run is watched');
      // Collapsed first, so that VS Code does not expand it again right away.
      await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
      await vscode.commands.executeCommand('apifyTasks.refresh');
      assert.equal(api.session.runWatcher.isWatching(running.id), false);
      assert.equal(old.pager.disposed, true);
      assert.equal(api.tree.taskNode(fourth.task.id), undefined);
      await firstPageSettled(api);
      fake.clearRequests();
      const renewed = await expand(await taskRow(3));
      assert.notEqual(renewed, old);
      assert.equal(runListRequests().length, 1);
      await waitFor(() => api.session.runWatcher.isWatching(running.id), 'the reloaded run is watched again');
    } finally {
      fake.finishRun(running.id, 'ABORTED');
    }
  });

  it('Refresh with a task expanded reloads its runs: one request, and the rows show the new state', async () => {
    const { api, fake } = harness;
    const first = await taskRow(0);
    const old = await expand(first);
    const added = fake.createRun(first.task.id, { plan: { startAfterMs: 0, finishAfterMs: 0, logEveryMs: 0, items: 0 } });
    await waitFor(() => added.status === 'SUCCEEDED', 'the new run has finished');
    fake.clearRequests();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    let renewed: TaskNode | undefined;
    await waitFor(() => {
      renewed = api.tree.taskNode(first.task.id);
      return renewed !== undefined && renewed !== old && renewed.pager.started && !renewed.pager.loading;
    }, 'the expanded task has reloaded');
    assert.equal(runListRequests(first.task.id).length, 1);
    assert.equal(renewed!.pager.items[0].id, added.id);
    assert.equal(renewed!.pager.total, 46);
  });

  it('showStartedRun puts the run at the top of a task whose runs are loaded and watches it; for another task, nothing', async () => {
    const { api, fake } = harness;
    fake.setNewRunPlan({ startAfterMs: 0, finishAfterMs: null, logEveryMs: 0 });
    const client = api.session.client!;
    const fifth = await taskRow(4);
    const sixth = await taskRow(5);
    let started: Run | undefined;
    let elsewhere: Run | undefined;
    try {
      await expand(fifth);
      const loaded = (await children(fifth)).filter(isRun).length;
      started = await client.startTaskRun({ taskId: fifth.task.id });
      fake.clearRequests();
      const changed: unknown[] = [];
      const listening = api.tree.onDidChangeTreeData((element) => changed.push(element));
      api.tree.showStartedRun(fifth.task.id, started);
      api.tree.showStartedRun(fifth.task.id, started); // twice: still one row
      listening.dispose();
      const shown = (await children(fifth)).filter(isRun);
      assert.equal(shown[0].run.id, started.id);
      assert.equal(shown[0].contextValue, 'run.running');
      assert.equal(shown.filter((row) => row.run.id === started!.id).length, 1);
      assert.equal(shown.length, Math.min(loaded + 1, RUNS_PAGE + 1));
      assert.ok(changed.length > 0 && changed.every((element) => element === fifth));
      assert.equal(api.session.runWatcher.isWatching(started.id), true);
      assert.equal(runListRequests().length, 0);

      elsewhere = await client.startTaskRun({ taskId: sixth.task.id });
      fake.clearRequests();
      api.tree.showStartedRun(sixth.task.id, elsewhere);
      assert.equal(api.tree.taskNode(sixth.task.id), undefined);
      assert.equal(api.session.runWatcher.isWatching(elsewhere.id), false);
      assert.equal(fake.requests.length, 0);
    } finally {
      fake.setNewRunPlan(undefined);
      if (started) fake.finishRun(started.id, 'ABORTED');
      if (elsewhere) fake.finishRun(elsewhere.id, 'ABORTED');
    }
  });

  it('answers getParent for run rows, so TreeView.reveal finds a run in a collapsed task', async () => {
    const { api } = harness;
    const first = await taskRow(0);
    await expand(first);
    const target = (await children(first)).filter(isRun)[3];
    await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
    await api.view.reveal(target, { select: true, focus: false });
    await waitFor(() => api.view.selection.length === 1 && (api.view.selection[0] as TaskTreeRow).id === target.id,
      'the run row is selected');
    assert.equal(runListRequests().length, 1);
  });
});
