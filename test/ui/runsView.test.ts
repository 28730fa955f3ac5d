// Issue 10, runs in the tree, in the real workbench through Chromium: a task expands into its
// runs with their status icons and descriptions, and a running run turns SUCCEEDED on its own.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import type { FakeRun } from '../fake-apify/runModel';
import { openWorkbench, screenshot, signInThroughPalette, treeRows, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { poll } from '../shared/poll';

const TOKEN = 'apify_api_UiRunsView000000000000000000';
const RUNS_PAGE = 6;
const FINISHED = /^(SUCCEEDED|FAILED|TIMED-OUT|ABORTED) · \d+ (ms|s|m|h|d)\b.* · <?\$[\d.]+$/;
const ICONS: Record<string, string> = { SUCCEEDED: 'pass', FAILED: 'error', 'TIMED-OUT': 'watch', ABORTED: 'circle-slash' };

describe('UI: runs under each task', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;
  let running: FakeRun;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 8, token: TOKEN, style: 'demo' });
    // Seed 1: the newest runs of the first task ended in each of the four ways. Something to watch: a run of the first task that goes on until the test ends it.
    running = fake.createRun(fake.tasks[0].id, { origin: 'SCHEDULER', plan: { startAfterMs: 0, finishAfterMs: null, logEveryMs: 0 } });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'apifyTasks.runsPageSize': RUNS_PAGE } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
    await row(7).waitFor();
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  const runRequests = () => fake.requests.filter((request) => /^\/v2\/actor-tasks\/[^/]+\/runs$/.test(request.path));

  it('shows tasks collapsed and asks for no runs until one is expanded', async function () {
    const rows = await treeRows(page);
    assert.equal(rows.length, 8);
    assert.ok(rows.every((r) => r.level === 1 && r.expanded === false), 'a task row is not collapsed');
    assert.equal(runRequests().length, 0);
  });

  it('expanding a task shows its runs, newest first, with status icons and descriptions', async function () {
    await row(0).click();
    await page.mouse.move(900, 500);
    await poll(async () => (await treeRows(page)).filter((r) => r.level === 2).length === RUNS_PAGE + 1, 'the runs show');
    assert.equal(runRequests().length, 1);
    assert.equal(runRequests()[0].query.desc, '1');
    const rows = (await treeRows(page)).slice(1, RUNS_PAGE + 2);
    assert.equal(rows[0].description, 'RUNNING');
    assert.match(rows[0].ariaLabel, /^Run RUNNING, started /);
    assert.ok(await row(1).locator('.codicon-loading.codicon-modifier-spin').count() === 1, 'the running run has no spinner');
    for (let i = 1; i < RUNS_PAGE; i++) {
      assert.match(rows[i].description, FINISHED);
      const status = rows[i].description.split(' · ')[0];
      assert.equal(await row(i + 1).locator(`.codicon-${ICONS[status]}`).count(), 1, `no ${ICONS[status]} icon for ${status}`);
    }
    const loadMore = rows[RUNS_PAGE];
    assert.equal(loadMore.label, 'Load more…');
    assert.equal(loadMore.description, `${RUNS_PAGE} of ${fake.runsOf(fake.tasks[0].id).length}`);
    assert.match(loadMore.ariaLabel, /^Load more runs, /);
    await widenSideBar(page, 480);
    await page.mouse.move(900, 500);
    await screenshot(page, 'runs', { only: page.locator('.part.sidebar'), maxHeight: 420 });
  });

  it('a running run turns SUCCEEDED in place, without a refresh', async function () {
    const listed = runRequests().length;
    fake.finishRun(running.id, 'SUCCEEDED');
    await poll(async () => /^SUCCEEDED · /.test((await treeRows(page))[1]?.description ?? ''), 'the run row shows SUCCEEDED', 15_000,
      async () => JSON.stringify((await treeRows(page))[1]));
    assert.equal(await row(1).locator('.codicon-pass').count(), 1);
    assert.equal(await row(1).locator('.codicon-loading').count(), 0);
    assert.equal(runRequests().length, listed, 'the runs were listed again');
    assert.equal(fake.requests.filter((request) => request.path === `/v2/actor-runs/${running.id}`).length, 1);
  });

  it('collapsing and expanding the task again shows the same runs without a request', async function () {
    const before = (await treeRows(page)).slice(1, RUNS_PAGE + 2).map((r) => r.label);
    const served = fake.requests.length;
    await row(0).click();
    await poll(async () => (await treeRows(page)).length === 8, 'the task collapsed');
    await row(0).click();
    await poll(async () => (await treeRows(page)).length === 8 + RUNS_PAGE + 1, 'the task expanded again');
    assert.deepEqual((await treeRows(page)).slice(1, RUNS_PAGE + 2).map((r) => r.label), before);
    assert.equal(fake.requests.length, served);
  });

  function row(index: number) {
    return viewPane(page).locator(`.monaco-list-row[data-index="${index}"]`);
  }
});

/** Drags the side bar's edge so that run descriptions fit in the screenshot (no assertion rests on it). */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const edge = box.x + box.width;
  await page.mouse.move(edge + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge + 1 + (width - box.width), box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}
