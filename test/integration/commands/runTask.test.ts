// "Run Task" in the real extension host: confirmation (answered through the test surface: a
// modal blocks the host), exactly one POST per click, the status bar's started runs, the final
// notification, and what a window reload picks up again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunTaskResult } from '../../../src/commands/runTask';
import type { Question } from '../../../src/ui/confirm';
import { WATCHED_RUNS_KEY } from '../../../src/runs/watchedRuns';
import { safeText } from '../../../src/ui/displayText';
import type { RunFinishedMessage } from '../../../src/ui/runFinishedNotification';
import { RUN_TASK } from '../../fake-apify/faultSchedule';
import { RUN_REFUSALS } from '../../fake-apify/runRefusals';
import { closeHarness, listRequests, openSignedInHarness, rows, signIn, firstPageSettled, type Harness } from '../support/apifyTasksHarness';
import { tooltipText } from '../support/tooltipText';
import { sleep, waitFor } from '../support/waitFor';
import { escapeRegExp } from '../../shared/poll';

describe('commands: Run Task', () => {
  let harness: Harness;
  let prompts: Question[];
  /** Which button the next confirmation gets: Run, Run and Don't Ask Again, or none (Cancel). */
  let answer: 'run' | 'run-always' | undefined;
  let notifications: RunFinishedMessage[];
  let stopListening: vscode.Disposable | undefined;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 30, newRunPlan: { finishAfterMs: null } });
  });
  after(async () => {
    harness.api.setAsk(undefined);
    await vscode.workspace.getConfiguration('apifyTasks').update('confirmBeforeRun', undefined, vscode.ConfigurationTarget.Global);
    await closeHarness(harness);
  });
  beforeEach(async () => {
    const { api, fake } = harness;
    if (!api.session.signedIn) {
      await signIn(harness);
      await firstPageSettled(api);
    }
    await vscode.workspace.getConfiguration('apifyTasks').update('confirmBeforeRun', undefined, vscode.ConfigurationTarget.Global);
    prompts = [];
    answer = 'run';
    api.setAsk(async (question) => {
      prompts.push(question);
      return answer === undefined ? undefined : question.buttons[answer === 'run' ? 0 : 1];
    });
    notifications = [];
    stopListening = api.startedRuns.onDidNotify((shown) => notifications.push(shown));
    fake.clearFaults();
    fake.setDelay(0);
    // Each test starts with no run of this window going.
    for (const run of fake.runs) if (['READY', 'RUNNING'].includes(run.status)) fake.finishRun(run.id, 'ABORTED');
    await waitFor(() => api.startedRuns.entries.length === 0, 'no started run is left from before');
    notifications = [];
    fake.clearRequests();
  });
  afterEach(() => stopListening?.dispose());

  const run = (...args: unknown[]) => vscode.commands.executeCommand<RunTaskResult[]>('apifyTasks.runTask', ...args);
  const taskRow = async (index: number) => (await rows(harness.api))[index];
  const startedRun = (result: RunTaskResult | undefined) => {
    assert.ok(result && 'run' in result, `expected a run, got ${JSON.stringify(result)}`);
    return result.run;
  };

  it('runs the clicked task once after a confirmation naming it, its actor and the credits; no body; watched in the status bar', async () => {
    const { api, fake } = harness;
    const row = await taskRow(3);
    const [result] = await run(row, [row]);
    assert.equal(result.kind, 'started');
    const task = fake.tasks[3];
    assert.equal(prompts.length, 1);
    assert.ok(prompts[0].message.includes(safeText(task.name)), prompts[0].message);
    assert.ok(prompts[0].message.includes(safeText(task.actName ?? '')), prompts[0].message);
    assert.match(prompts[0].detail, /credits/);
    const posts = fake.runStartRequests();
    assert.deepEqual(posts.map((r) => r.path), [`/v2/actor-tasks/${task.id}/runs`]);
    assert.equal(posts[0].body ?? '', '');
    assert.deepEqual(api.startedRuns.entries.map((e) => [e.runId, e.taskId]), [[startedRun(result).id, task.id]]);
    assert.ok(api.session.runWatcher.isWatching(startedRun(result).id));
  });

  it('the started run appears at the top of the task\'s runs when the task is expanded', async () => {
    const { api } = harness;
    const row = await taskRow(16);
    assert.equal(row.kind, 'task');
    await api.view.reveal(row, { expand: true, select: false, focus: false });
    await waitFor(() => {
      const node = row.kind === 'task' ? api.tree.taskNode(row.task.id) : undefined;
      return node !== undefined && node.pager.started && !node.pager.loading;
    }, 'the task\'s runs have loaded');
    const started = startedRun((await run(row, [row]))[0]);
    const first = ((await api.tree.getChildren(row)) ?? [])[0];
    assert.equal(first?.kind, 'run');
    assert.equal(first?.kind === 'run' && first.run.id, started.id);
    await vscode.commands.executeCommand('workbench.actions.treeView.apifyTasks.collapseAll');
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const { fake } = harness;
    answer = undefined;
    const row = await taskRow(1);
    assert.deepEqual(await run(row, [row]), [{ kind: 'cancelled' }]);
    assert.equal(prompts.length, 1);
    assert.equal(fake.runStartRequests().length, 0);
    assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 0);
  });

  it('a second Run of a task while its start is under way sends nothing more (one POST)', async () => {
    const { fake } = harness;
    fake.setDelay(400);
    const row = await taskRow(2);
    const before = fake.runsOf(fake.tasks[2].id).length;
    const results = await Promise.all([run(row, [row]), run(row, [row])]);
    assert.deepEqual(results.map(([r]) => r.kind).sort(), ['already-starting', 'started']);
    assert.equal(fake.runStartRequests().length, 1);
    assert.equal(fake.runsOf(fake.tasks[2].id).length, before + 1);
  });

  it('from the palette: the task quick pick, then one run of the chosen task', async () => {
    const { fake } = harness;
    const running = run();
    await waitFor(() => listRequests(fake).length >= 1 && listRequests(fake)[0].finishedAt !== undefined, 'the quick pick has its first page');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const [result] = await running;
    assert.equal(result.kind, 'started');
    assert.deepEqual(fake.runStartRequests().map((r) => r.path), [`/v2/actor-tasks/${fake.tasks[1].id}/runs`]);
  });

  it('several selected rows: one confirmation listing them, then each runs once', async () => {
    const { api, fake } = harness;
    const shown = await rows(api);
    const selection = [shown[5], shown[6], shown[7]];
    const results = await run(shown[6], selection);
    assert.equal(prompts.length, 1);
    for (const index of [5, 6, 7]) assert.ok(prompts[0].detail.includes(safeText(fake.tasks[index].name)), prompts[0].detail);
    assert.deepEqual(results.map((r) => r.kind), ['started', 'started', 'started']);
    assert.deepEqual(fake.runStartRequests().map((r) => r.path).sort(), [5, 6, 7].map((i) => `/v2/actor-tasks/${fake.tasks[i].id}/runs`).sort());
    assert.equal(api.startedRuns.entries.length, 3);
  });

  it('"Run and Don\'t Ask Again" turns confirmBeforeRun off; the next run asks nothing', async () => {
    const { fake } = harness;
    answer = 'run-always';
    const row = await taskRow(8);
    assert.equal((await run(row, [row]))[0].kind, 'started');
    assert.equal(vscode.workspace.getConfiguration('apifyTasks').get('confirmBeforeRun'), false);
    const other = await taskRow(9);
    assert.equal((await run(other, [other]))[0].kind, 'started');
    assert.equal(prompts.length, 1);
    assert.equal(fake.runStartRequests().length, 2);
  });

  it('the final notification: "Task … SUCCEEDED in …" with Open Results, Open Log, Open in Console; the tooltip shows the last run', async () => {
    const { api, fake } = harness;
    const row = await taskRow(4);
    const started = startedRun((await run(row, [row]))[0]);
    api.tree.resolveTreeItem(row, row); // a hover while it runs: VS Code keeps what it resolved
    assert.notEqual(row.tooltip, undefined);
    fake.finishRun(started.id, 'SUCCEEDED');
    await waitFor(() => notifications.length === 1, 'the run-finished notification');
    const shown = notifications[0];
    assert.equal(shown.severity, 'information');
    assert.match(shown.message, new RegExp(`^Task ${escapeRegExp(safeText(fake.tasks[4].name))} SUCCEEDED in \\d+ s$`));
    assert.deepEqual(shown.buttons.map((b) => [b.title, b.command]), [
      ['Open Results', 'apifyTasks.openRunResults'], ['Open Log', 'apifyTasks.openRunLog'], ['Open in Console', 'apifyTasks.openRunInConsole']]);
    await waitFor(() => api.startedRuns.entries.length === 0, 'the run left the status bar');
    assert.equal((await taskRow(4)).tooltip, undefined, 'the kept hover was dropped, so the next one is built anew');
    const resolved = api.tree.resolveTreeItem(new vscode.TreeItem(''), await taskRow(4));
    assert.match(tooltipText(resolved.tooltip), /Last run: SUCCEEDED/);
  });

  it('a FAILED run: an error notification with its status message', async () => {
    const { fake } = harness;
    const row = await taskRow(10);
    const started = startedRun((await run(row, [row]))[0]);
    fake.finishRun(started.id, 'FAILED', 'The actor crashed');
    await waitFor(() => notifications.length === 1, 'the run-finished notification');
    assert.equal(notifications[0].severity, 'error');
    assert.match(notifications[0].message, /FAILED in \d+ s: The actor crashed$/);
  });

  it('an answer lost after the run was created: no second POST, the run is found and watched, and the message says so', async () => {
    const { api, fake } = harness;
    fake.failNext(1, { kind: 'drop', afterProcessing: true }, RUN_TASK);
    const row = await taskRow(11);
    const [result] = await run(row, [row]);
    assert.equal(result.kind, 'found-after-failure');
    assert.equal(fake.runStartRequests().length, 1);
    assert.equal(startedRun(result).id, fake.runsOf(fake.tasks[11].id).at(-1)!.id);
    assert.ok('report' in result && result.report?.message.includes('was not started twice'));
    assert.equal(api.startedRuns.entries.length, 1);
  });

  it('a 5xx before the run was created: no second POST, and it says no run started', async () => {
    const { api, fake } = harness;
    fake.failNext(1, { status: 500 }, RUN_TASK);
    const row = await taskRow(12);
    const [result] = await run(row, [row]);
    assert.equal(result.kind, 'not-started-after-failure');
    assert.equal(fake.runStartRequests().length, 1);
    assert.ok('report' in result && /No run of task .* started/.test(result.report?.message ?? ''));
    assert.equal(api.startedRuns.entries.length, 0);
  });

  it('a 402 usage limit: refused, worded, with the billing page as its action', async () => {
    const { fake } = harness;
    fake.failNext(1, RUN_REFUSALS.usageLimit, RUN_TASK);
    const row = await taskRow(13);
    const [result] = await run(row, [row]);
    assert.equal(result.kind, 'refused');
    const report = 'report' in result ? result.report : undefined;
    assert.match(report?.message ?? '', /usage limit/);
    assert.deepEqual(report?.actions.map((a) => a.action), [{ kind: 'open-url', url: 'https://console.apify.com/billing' }]);
  });

  const refusalWording: Record<keyof typeof RUN_REFUSALS, [RegExp, unknown[]]> = {
    usageLimit: [/usage limit is reached/, [{ kind: 'open-url', url: 'https://console.apify.com/billing' }]],
    noRunPermission: [/token may not run this actor/, [{ kind: 'set-token' }]],
    concurrentRuns: [/as many runs going at once/, [{ kind: 'open-url', url: 'https://console.apify.com/billing' }]],
    notEnoughUsageForPaidActor: [/not enough usage .* paid actor/, [{ kind: 'open-url', url: 'https://console.apify.com/billing' }]],
    fullPermissionNotApproved: [/full permissions/, [{ kind: 'open-url', url: RUN_REFUSALS.fullPermissionNotApproved.data.approvalUrl }]],
    tokenRejected: [/rejected the API token/, [{ kind: 'set-token' }]],
    taskDeleted: [/no longer exists/, []],
  };
  it('each refusal: no run, one POST, a message saying why, and its action', async () => {
    const { fake } = harness;
    const row = await taskRow(17);
    for (const [name, refusal] of Object.entries(RUN_REFUSALS) as [keyof typeof RUN_REFUSALS, (typeof RUN_REFUSALS)[keyof typeof RUN_REFUSALS]][]) {
      fake.clearRequests();
      const before = fake.runsOf(fake.tasks[17].id).length;
      fake.failNext(1, refusal, RUN_TASK);
      const [result] = await run(row, [row]);
      assert.equal(result.kind, 'refused', name);
      const report = 'report' in result ? result.report : undefined;
      assert.match(report?.message ?? '', refusalWording[name][0], name);
      assert.deepEqual(report?.actions.map((a) => a.action), refusalWording[name][1], name);
      assert.equal(fake.runStartRequests().length, 1, name);
      assert.equal(fake.runsOf(fake.tasks[17].id).length, before, name);
    }
    await firstPageSettled(harness.api); // the 404 refreshed the list
  });

  it('after a reload: stored runs of the last 24 hours are watched again and end with a notification; older ones are dropped', async () => {
    const { api, fake } = harness;
    const task = fake.tasks[14];
    const running = fake.createRun(task.id, { origin: 'API', plan: { finishAfterMs: null } });
    const old = fake.createRun(task.id, { origin: 'API', plan: { finishAfterMs: null } });
    await api.context.globalState.update(WATCHED_RUNS_KEY, [
      { runId: old.id, taskId: task.id, taskName: task.name, startedAt: Date.now() - 25 * 3600_000 },
      { runId: running.id, taskId: task.id, taskName: task.name, startedAt: Date.now() - 3600_000 },
    ]);
    const picked = await api.startedRuns.pickUp();
    assert.deepEqual(picked.map((e) => e.runId), [running.id]);
    assert.deepEqual(api.context.globalState.get<{ runId: string }[]>(WATCHED_RUNS_KEY)?.map((e) => e.runId), [running.id]);
    await waitFor(() => fake.requests.some((r) => r.path === `/v2/actor-runs/${running.id}`), 'the run is asked for again');
    fake.finishRun(running.id, 'TIMED-OUT');
    await waitFor(() => notifications.length === 1, 'the run-finished notification');
    assert.equal(notifications[0].severity, 'warning');
    assert.match(notifications[0].message, /TIMED-OUT/);
    assert.equal(api.context.globalState.get(WATCHED_RUNS_KEY), undefined);
    assert.ok(!api.session.runWatcher.isWatching(old.id));
  });

  it('Sign Out stops watching the started runs and forgets them', async () => {
    const { api, fake } = harness;
    const row = await taskRow(15);
    const started = startedRun((await run(row, [row]))[0]);
    assert.ok(api.session.runWatcher.isWatching(started.id));
    await vscode.commands.executeCommand('apifyTasks.signOut');
    await waitFor(() => api.startedRuns.entries.length === 0, 'the started runs are forgotten');
    assert.ok(!api.session.runWatcher.isWatching(started.id));
    assert.equal(api.context.globalState.get(WATCHED_RUNS_KEY), undefined);
    fake.clearRequests();
    fake.finishRun(started.id, 'SUCCEEDED');
    await sleep(300);
    assert.equal(notifications.length, 0);
    assert.equal(fake.requests.filter((r) => r.path.startsWith('/v2/actor-runs/')).length, 0);
  });
});
