// Issue 6.1, fault soak: 5,000 tasks, 30% of list requests failing in every way a network and a
// proxy can fail. Paging with Load more and clicking the error row's Retry, as a user would,
// must end with exactly the server's list: in order, none missing, none twice, never stuck loading.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import type { Fault } from '../../fake-apify/faults';
import { soakFaults } from '../../fake-apify/soakFaults';
import {
  closeHarness, configure, FAST_RETRY, firstPageSettled, labelOf, openHarness, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { assertNoDuplicates, clickRow, settledRows, taskIds } from './rowClicks';

const TASKS_PATH = '/v2/actor-tasks';
const TASK_COUNT = 5_000;
const PAGE_SIZE = 50;
const STALL_MS = 1_000;
// Two attempts per click, so about one page in eleven still fails after the client's own retry and
// the user has to click the error row. A stall outlasts attemptTimeoutMs; "Retry-After: 1" outlasts
// the budget, so the client reports that 429 at once instead of waiting.
const SOAK_RETRY = { ...FAST_RETRY, maxAttempts: 2, attemptTimeoutMs: 250, totalBudgetMs: 900 };
const FAULTS = soakFaults(STALL_MS);
/** Bounds the loop: 5,000 / 50 = 100 pages, plus retries. */
const MAX_CLICKS = 600;

interface SoakResult {
  loadMoreClicks: number;
  retryClicks: number;
  /** Labels of the error rows clicked, with how often each was seen. */
  errorRows: Map<string, number>;
}

/** Clicks the last row (Load more or Retry) until the list is complete; checks the view between clicks. */
async function pageThrough(api: ApifyTasksApi): Promise<SoakResult> {
  const result: SoakResult = { loadMoreClicks: 0, retryClicks: 0, errorRows: new Map() };
  for (let click = 0; click < MAX_CLICKS; click++) {
    const last = (await settledRows(api)).at(-1);
    // Done: the last task, or the note that tasks were created above the loaded ones meanwhile.
    if (!last || last.kind === 'task' || last.id === '/:changed') return result;
    if (last.kind === 'error') {
      result.retryClicks++;
      const label = labelOf(last).replace(/\d+/g, 'N');
      result.errorRows.set(label, (result.errorRows.get(label) ?? 0) + 1);
    } else if (last.kind === 'loadMore') {
      result.loadMoreClicks++;
    } else {
      assert.fail(`unexpected last row "${labelOf(last)}"`);
    }
    await clickRow(last);
  }
  assert.fail(`the list was not complete after ${MAX_CLICKS} clicks`);
}

function faultName(fault: Fault): string {
  if (fault.kind === undefined || fault.kind === 'status') return `${fault.status}${fault.retryAfter !== undefined ? ' Retry-After' : ''}`;
  if (fault.kind === 'truncate') return fault.closeConnection ? 'truncate+close' : 'truncate';
  if (fault.kind === 'stall') return `stall(${fault.phase ?? 'headers'})`;
  return fault.kind;
}

function report(what: string, fakeRequests: Harness['fake']['requests'], result: SoakResult, ms: number): void {
  const list = fakeRequests.filter((request) => request.path === TASKS_PATH);
  const faults = new Map<string, number>();
  for (const request of list) if (request.fault) faults.set(faultName(request.fault), (faults.get(faultName(request.fault)) ?? 0) + 1);
  console.log(`      [soak] ${what}: ${list.length} requests, ${[...faults.values()].reduce((a, b) => a + b, 0)} faults `
    + `(${[...faults].map(([name, n]) => `${name} ×${n}`).join(', ')}); ${result.loadMoreClicks} Load more and `
    + `${result.retryClicks} Retry clicks (${[...result.errorRows].map(([label, n]) => `"${label}" ×${n}`).join(', ')}); ${ms} ms`);
}

describe('reliability: fault soak', function () {
  this.timeout(120_000);
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: TASK_COUNT });
    harness.api.setRetry(SOAK_RETRY);
    await configure({ pageSize: PAGE_SIZE });
    await signIn(harness);
    await showView(harness.api);
    await firstPageSettled(harness.api);
  });
  afterEach(() => harness.fake.clearFaults());
  after(() => closeHarness(harness));

  async function soak(seed: string): Promise<SoakResult> {
    const { api, fake } = harness;
    fake.clearRequests();
    fake.setRandomFaults({ rate: 0.3, faults: FAULTS, seed, paths: [TASKS_PATH] });
    await vscode.commands.executeCommand('apifyTasks.refresh');
    return pageThrough(api);
  }

  it('pages through 5,000 tasks while 30% of requests fail: exactly the server\'s list, in order, none twice', async () => {
    const { api, fake } = harness;
    const started = Date.now();
    const result = await soak('fault-soak');
    report('5,000 tasks, oldest first', fake.requests, result, Date.now() - started);
    const ids = taskIds(await settledRows(api));
    assertNoDuplicates(ids);
    assert.deepEqual(ids, fake.tasks.map((task) => task.id));
    assert.equal((await settledRows(api)).length, TASK_COUNT, 'a row other than a task is left at the end');
    assert.equal(api.view.description, `${fake.username} · 5,000 of 5,000 · oldest first`);
    // The soak is only worth something if every kind of fault happened and some outlasted the client's retries.
    const injected = new Set(fake.requests.filter((r) => r.fault).map((r) => faultName(r.fault!)));
    assert.deepEqual([...injected].sort(), FAULTS.map(faultName).sort());
    assert.ok(result.retryClicks >= 3, `only ${result.retryClicks} error rows were clicked`);
  });

  it('oldest first, with tasks created during paging: the new tasks appear at the end, in order', async () => {
    const { api, fake } = harness;
    let listRequests = 0;
    const added: string[] = [];
    const stopAdding = fake.onRequest((request) => {
      if (request.path === TASKS_PATH && ++listRequests % 10 === 0) added.push(...fake.addTasks(3).map((task) => task.id));
    });
    const started = Date.now();
    try {
      const result = await soak('fault-soak-ascending');
      report('oldest first, tasks added while paging', fake.requests, result, Date.now() - started);
    } finally {
      stopAdding();
    }
    assert.ok(added.length >= 30, `only ${added.length} tasks were added while paging`);
    const ids = taskIds(await settledRows(api));
    assertNoDuplicates(ids);
    assert.deepEqual(ids, fake.tasks.map((task) => task.id));
    assert.deepEqual(ids.slice(-added.length), added);
  });

  it('newest first, with tasks created during paging: nothing twice, nothing that existed missing, new tasks after Refresh', async () => {
    const { api, fake } = harness;
    await vscode.commands.executeCommand('apifyTasks.sortDescending');
    const before = fake.tasks.map((task) => task.id);
    let listRequests = 0;
    const added: string[] = [];
    const stopAdding = fake.onRequest((request) => {
      // Only once the first page is out, so every added task is created after paging began.
      if (request.path === TASKS_PATH && request.query.offset !== '0' && ++listRequests % 10 === 0) {
        added.push(...fake.addTasks(3).map((task) => task.id));
      }
    });
    const started = Date.now();
    try {
      const result = await soak('fault-soak-descending');
      report('newest first, tasks added while paging', fake.requests, result, Date.now() - started);
    } finally {
      stopAdding();
    }
    assert.ok(added.length >= 30, `only ${added.length} tasks were added while paging`);
    const ids = taskIds(await settledRows(api));
    assertNoDuplicates(ids);
    // New tasks land above the pages already loaded, pushing old ones into later pages: those
    // come twice from the API and are shown once. The new ones wait for a Refresh.
    assert.deepEqual(ids, [...before].reverse());
    const changed = (await settledRows(api)).find((row) => row.id === '/:changed');
    assert.ok(changed, 'no row says that the list changed while loading');
    assert.equal(labelOf(changed), `The list changed while loading: refresh to see ${added.length} more`);
    assert.equal(changed.command?.command, 'apifyTasks.refresh');
    fake.clearFaults();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    assert.deepEqual(taskIds(await settledRows(api)).slice(0, added.length), [...added].reverse());
    await vscode.commands.executeCommand('apifyTasks.sortAscending');
  });
});
