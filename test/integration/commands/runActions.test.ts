// Actions on a run (issue 10): its log and results as read-only documents, Abort Run with its
// confirmation, Copy Run ID, Open Run in Apify Console. Rows are passed as the tree passes them
// ({ kind: 'run', run, task }); the palette paths pick a task, then a run.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Run } from '../../../src/api/runTypes';
import { RESULTS_MAX_BYTES } from '../../../src/commands/openRunResults';
import { runDocumentTitle } from '../../../src/documents/runDocumentTitle';
import { HOSTILE_LOG_LINE } from '../../fake-apify/seedRuns';
import { closeHarness, openSignedInHarness, type Harness } from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';

const MiB = 1024 * 1024;

describe('commands: actions on a run', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 3, runsPerTask: 2, style: 'demo' });
  });
  afterEach(async () => {
    harness.api.setAsk(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (limitChanged) await vscode.workspace.getConfiguration('apifyTasks').update('resultsLimit', undefined, vscode.ConfigurationTarget.Global);
    limitChanged = false;
  });
  after(() => closeHarness(harness));

  const task = () => harness.fake.tasks[0];
  /** A run row as the tree passes it, with the run as the API shows it now. */
  const rowOf = async (runId: string) => {
    const run = await harness.api.session.client!.getRun({ runId });
    return { kind: 'run' as const, run, task: task() };
  };
  /** A run of the first task that is RUNNING with the given log lines; it ends only when told. */
  const runningRun = (lines: string[] = []) => {
    const { fake } = harness;
    const run = fake.createRun(task().id, { plan: { startAfterMs: 600_000, finishAfterMs: null, logEveryMs: 0 } });
    fake.markRunning(run.id);
    for (const line of lines) fake.appendLog(run.id, line);
    return run;
  };
  const finishedRun = (lines: string[] = []) => {
    const run = runningRun(lines);
    harness.fake.finishRun(run.id, 'SUCCEEDED');
    return run;
  };
  const fakeLog = (runId: string) => harness.fake.run(runId)!.log.join('');
  const documentAt = (uri: vscode.Uri | undefined) => {
    assert.ok(uri, 'no document was opened');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    assert.ok(document, `${uri.toString()} is not open`);
    return document;
  };
  const logRequests = (runId: string) => harness.fake.requests.filter((r) => r.path === `/v2/actor-runs/${runId}/log`);
  const openLog = (row: unknown) => vscode.commands.executeCommand<vscode.Uri | undefined>('apifyTasks.openRunLog', row, [row]);
  const openResults = (row: unknown) => vscode.commands.executeCommand<vscode.Uri | undefined>('apifyTasks.openRunResults', row, [row]);
  let limitChanged = false;
  const setResultsLimit = (limit: number) => {
    limitChanged = true;
    return vscode.workspace.getConfiguration('apifyTasks').update('resultsLimit', limit, vscode.ConfigurationTarget.Global);
  };

  it('Open Run Log shows the run\'s log, read-only, titled after the task and run, with one request and no token in the URI', async () => {
    const { fake } = harness;
    const run = finishedRun(['2026-12-01T10:15:00.000Z INFO  Crawled page 1\n']);
    const row = await rowOf(run.id);
    fake.clearRequests();
    const uri = await openLog(row);
    const document = documentAt(uri);
    assert.equal(document.getText(), fakeLog(run.id));
    assert.equal(document.languageId, 'log');
    assert.equal(uri!.path, `/${runDocumentTitle(task().name, row.run, 'log')}`);
    assert.match(uri!.path, /^\/.+ · \d{4}-\d\d-\d\d \d\d:\d\d\.log$/);
    assert.ok(!uri!.toString().includes(fake.token) && !uri!.toString(true).includes(fake.token));
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), [`GET /v2/actor-runs/${run.id}/log`]);
  });

  it('a running run\'s log document grows as the log does, and stops reading once the run finishes', async function () {
    this.timeout(60_000);
    const { fake } = harness;
    const run = runningRun(['first line\n']);
    const uri = await openLog(await rowOf(run.id));
    assert.equal(documentAt(uri).getText(), fakeLog(run.id));
    fake.appendLog(run.id, 'second line, written while the document is open\n');
    await waitFor(() => documentAt(uri).getText().includes('second line'), 'the document shows the new line', 20_000);
    fake.finishRun(run.id, 'FAILED', 'It broke.');
    await waitFor(() => documentAt(uri).getText() === fakeLog(run.id), 'the document shows the end of the log', 20_000);
    const reads = logRequests(run.id).length;
    await sleep(6_000); // more than one refresh interval
    assert.equal(logRequests(run.id).length, reads, 'the log was read again after the run finished');
  });

  it('closing a running run\'s log stops reading it', async function () {
    this.timeout(40_000);
    const { fake } = harness;
    const run = runningRun(['line\n']);
    const uri = await openLog(await rowOf(run.id));
    documentAt(uri);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(1_000);
    const reads = logRequests(run.id).length;
    await sleep(6_000);
    assert.ok(logRequests(run.id).length <= reads + 1, `read ${logRequests(run.id).length - reads} more times after closing`);
    const after = logRequests(run.id).length;
    await sleep(5_000);
    assert.equal(logRequests(run.id).length, after);
    fake.finishRun(run.id, 'SUCCEEDED');
  });

  it('a hostile log is plain text: no terminal escapes, no bidi reordering', async () => {
    const run = finishedRun(['ok\n', HOSTILE_LOG_LINE]);
    const text = documentAt(await openLog(await rowOf(run.id))).getText();
    assert.match(text, /ERROR <script>alert\(1\)<\/script> gnp\.exe \[x\]\(command:workbench\.action\.quit\)/);
    assert.doesNotMatch(text, /[\u001b\u202e]/);
  });

  it('a huge log is cut at the cap, and the document says so', async function () {
    this.timeout(60_000);
    const run = finishedRun();
    harness.fake.addHugeLog(run.id, 9 * MiB);
    const text = documentAt(await openLog(await rowOf(run.id))).getText();
    assert.ok(text.length <= 8 * MiB + 1_000, `${text.length} characters`);
    assert.ok(text.length > 7 * MiB, `${text.length} characters`);
    assert.match(text.slice(-300), /The log is longer than 8 MiB; this is its start\./);
  });

  it('a log that cannot be read opens nothing and sends one request', async () => {
    const { fake } = harness;
    const row = await rowOf(finishedRun().id);
    const gone = { ...row, run: { ...row.run, id: 'NoSuchRun00000000' } };
    fake.clearRequests();
    const before = vscode.workspace.textDocuments.length;
    assert.equal(await openLog(gone), undefined);
    assert.equal(vscode.workspace.textDocuments.length, before);
    assert.equal(fake.requests.length, 1);
  });

  it('Open Run Results shows N of M items as JSON with comments, in one request with clean=1 and the limit', async () => {
    const { fake } = harness;
    await setResultsLimit(5);
    const run = finishedRun();
    const items = Array.from({ length: 12 }, (_, i) => ({ n: i, title: i === 3 ? '<b>x</b> \u202Eevil' : `Item ${i}` }));
    fake.addDatasetItems(run.id, items);
    const row = await rowOf(run.id);
    fake.clearRequests();
    const document = documentAt(await openResults(row));
    const lines = document.getText().split('\n');
    assert.equal(document.languageId, 'jsonc');
    assert.match(lines[1], /^\/\/ The first 5 of 12 items of the run's default dataset\.$/);
    assert.match(lines[2], /^\/\/ At most 5 items are shown: the setting apifyTasks\.resultsLimit/);
    assert.deepEqual(JSON.parse(lines.filter((line) => !line.startsWith('//')).join('\n')), items.slice(0, 5));
    // (Changing the setting reloads the view's task list; those requests are not this command's.)
    const sent = fake.requests.filter((r) => r.path !== '/v2/actor-tasks');
    assert.equal(sent.length, 1);
    assert.equal(sent[0].path, `/v2/datasets/${row.run.defaultDatasetId}/items`);
    assert.deepEqual(sent[0].query, { clean: '1', format: 'json', limit: '5' });
  });

  it('an empty dataset says so', async () => {
    const run = finishedRun();
    const text = documentAt(await openResults(await rowOf(run.id))).getText();
    assert.match(text, /^\/\/ .*\n\/\/ The dataset is empty: this run produced no results\.\n\[\]\n$/);
  });

  it('a huge dataset shows the items that fit under the cap and says so', async function () {
    this.timeout(60_000);
    await setResultsLimit(100_000);
    const run = finishedRun();
    harness.fake.addHugeDataset(run.id, 100_000);
    const document = documentAt(await openResults(await rowOf(run.id)));
    const text = document.getText();
    // The body cap, plus a line break per item and the header.
    assert.ok(text.length < RESULTS_MAX_BYTES * 1.05, `${text.length} characters`);
    const [, count, capped] = text.split('\n');
    const shown = Number(/The first ([\d,]+) of 100,000/.exec(count)?.[1]?.replace(/,/g, ''));
    assert.ok(shown > 1_000 && shown < 100_000, count);
    assert.ok(document.lineCount <= shown + 6, `${document.lineCount} lines for ${shown} items: one line each`);
    assert.match(capped, /The items were more than 4 MiB: only those that fit are shown/);
  });

  it('Abort Run asks first, naming the task and run; "no" sends nothing', async () => {
    const { api, fake } = harness;
    const run = runningRun();
    const row = await rowOf(run.id);
    const asked: string[] = [];
    api.setAsk(async ({ message, detail }) => { asked.push(`${message}\n${detail}`); return undefined; });
    fake.clearRequests();
    assert.deepEqual(await vscode.commands.executeCommand('apifyTasks.abortRun', row, [row]), []);
    assert.equal(asked.length, 1);
    assert.match(asked[0], new RegExp(`^Abort the run of ${escape(task().name.slice(0, 20))}`));
    assert.ok(asked[0].includes(run.id), asked[0]);
    assert.equal(fake.requests.length, 0);
    assert.equal(fake.run(run.id)!.status, 'RUNNING');
    fake.finishRun(run.id, 'SUCCEEDED');
  });

  it('Abort Run, confirmed, sends one abort and the run watcher reports the run ABORTED', async () => {
    const { api, fake } = harness;
    const run = runningRun();
    const row = await rowOf(run.id);
    api.setAsk(async ({ buttons }) => buttons[0]);
    const changes: Run[] = [];
    const stop = api.session.runWatcher.listen({ changed: (changed) => { if (changed.id === run.id) changes.push(changed); } });
    try {
      fake.clearRequests();
      const answered = await vscode.commands.executeCommand<Run[]>('apifyTasks.abortRun', row, [row]);
      assert.deepEqual(answered.map((r) => r.status), ['ABORTING']);
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 1);
      assert.equal(fake.requests[0].path, `/v2/actor-runs/${run.id}/abort`);
      await waitFor(() => changes.some((changed) => changed.status === 'ABORTED'), 'the watcher reports ABORTED');
    } finally {
      stop();
    }
  });

  it('Abort Run does nothing for a finished run', async () => {
    const { api, fake } = harness;
    const row = await rowOf(finishedRun().id);
    let asked = false;
    api.setAsk(async ({ buttons }) => { asked = true; return buttons[0]; });
    fake.clearRequests();
    assert.deepEqual(await vscode.commands.executeCommand('apifyTasks.abortRun', row, [row]), []);
    assert.equal(asked, false);
    assert.equal(fake.requests.length, 0);
  });

  it('Copy Run ID copies the clicked run\'s ID, or every selected one, one per line', async () => {
    const a = await rowOf(finishedRun().id);
    const b = await rowOf(finishedRun().id);
    await vscode.commands.executeCommand('apifyTasks.copyRunId', a, [a]);
    assert.equal(await vscode.env.clipboard.readText(), a.run.id);
    await vscode.commands.executeCommand('apifyTasks.copyRunId', b, [a, b]);
    assert.equal(await vscode.env.clipboard.readText(), `${a.run.id}\n${b.run.id}`);
  });

  it('Open Run in Apify Console opens the run\'s Console page', async () => {
    const row = await rowOf(finishedRun().id);
    const opened = await vscode.commands.executeCommand('apifyTasks.openRunInConsole', row, [row]);
    assert.deepEqual(opened, [`https://console.apify.com/view/runs/${row.run.id}`]);
  });

  it('from the palette, Open Run Log picks a task, then one of its runs (newest first), then opens its log', async function () {
    this.timeout(30_000);
    const { fake } = harness;
    const run = finishedRun(['picked from the palette\n']);
    fake.clearRequests();
    const opening = vscode.commands.executeCommand<vscode.Uri | undefined>('apifyTasks.openRunLog');
    const finished = (path: RegExp) => fake.requests.some((r) => path.test(r.path) && r.finishedAt !== undefined);
    await waitFor(() => finished(/^\/v2\/actor-tasks$/), 'the task list loaded');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(() => finished(/\/runs$/), 'the runs loaded');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const document = documentAt(await opening);
    assert.equal(document.getText(), fakeLog(run.id));
    const runsRequest = fake.requests.find((r) => r.path === `/v2/actor-tasks/${task().id}/runs`)!;
    assert.deepEqual(runsRequest.query, { offset: '0', limit: '20', desc: '1' });
    // (The view's own task requests ask for its page size; the picker's for 1000.)
    const picker = fake.requests.filter((r) => r.path !== '/v2/actor-tasks' || r.query.limit === '1000');
    assert.deepEqual(picker.map((r) => r.path), ['/v2/actor-tasks', `/v2/actor-tasks/${task().id}/runs`, `/v2/actor-runs/${run.id}/log`]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
