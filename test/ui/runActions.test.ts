// Actions on a run (issue 10) in the real workbench through Chromium: a run row's context menu
// opens the run's log in an editor named after the task and run, and Abort Run's modal dialog,
// answered with its Abort button, ends the run and the row shows it.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import type { FakeRun } from '../fake-apify/runModel';
import { openWorkbench, screenshot, signInThroughPalette, treeRows, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { escapeRegExp, poll } from '../shared/poll';

const TOKEN = 'apify_api_UiRunActions00000000000000000';
const RUNS_PAGE = 4;

describe('UI: actions on a run', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;
  let running: FakeRun;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 3, token: TOKEN, style: 'demo' });
    // The newest run of the first task goes on until the test aborts it.
    running = fake.createRun(fake.tasks[0].id, { plan: { startAfterMs: 0, finishAfterMs: null, logEveryMs: 0 } });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'apifyTasks.runsPageSize': RUNS_PAGE } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
    await row(2).waitFor();
    await row(0).click(); // expands the first task
    await poll(async () => (await treeRows(page)).filter((r) => r.level === 2).length === RUNS_PAGE + 1, 'the runs show');
    await poll(async () => (await treeRows(page))[1]?.description === 'RUNNING', 'the newest run is RUNNING');
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  it('the run row\'s context menu opens the run log in an editor named after the task and run', async function () {
    fake.appendLog(running.id, 'A line only this run has\n');
    await row(1).click({ button: 'right' });
    await contextMenuItem('Open Run Log');
    const tab = page.locator('.tabs-container .tab.active');
    await tab.waitFor();
    const title = (await tab.locator('.label-name').textContent())?.trim() ?? '';
    assert.match(title, new RegExp(`^${escapeRegExp(fake.tasks[0].name)} · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.log$`));
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'A line only this run has' }).waitFor();
    await screenshot(page, 'run-log');
    // Read-only: typing changes nothing, and the editor says why.
    await editor.locator('.view-lines').click();
    await page.keyboard.type('typed');
    await page.getByText('Cannot edit in read-only editor').first().waitFor();
    assert.equal(await editor.locator('.view-lines', { hasText: 'typed' }).count(), 0);
  });

  it('Abort Run asks in a modal dialog naming the task; its Abort button ends the run and the row shows ABORTED', async function () {
    await row(1).click({ button: 'right' });
    await contextMenuItem('Abort Run');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', new RegExp(`Abort the run of ${escapeRegExp(fake.tasks[0].name)} started`));
    assert.ok(((await dialog.textContent()) ?? '').includes(running.id), 'the dialog does not name the run');
    await screenshot(page, 'abort-run');
    await dialog.getByRole('button', { name: 'Abort', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(async () => /^ABORTED\b/.test((await treeRows(page))[1]?.description ?? ''), 'the run row shows ABORTED', 20_000);
    assert.equal(fake.requests.filter((r) => r.method === 'POST' && r.path === `/v2/actor-runs/${running.id}/abort`).length, 1);
    assert.equal(fake.run(running.id)?.status, 'ABORTED');
  });

  function row(index: number) {
    return viewPane(page).locator(`.monaco-list-row[data-index="${index}"]`);
  }

  async function contextMenuItem(title: string): Promise<void> {
    const item = page.getByRole('menuitem', { name: title });
    await item.waitFor();
    for (let step = 0; step < 8 && !(await item.evaluate((element) => element.matches(':focus'))); step++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await page.mouse.move(800, 450);
  }
});
