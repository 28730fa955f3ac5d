// Run Task as a person does it, in the real workbench through Chromium: the inline ▶ button, the
// modal confirmation, the status-bar item while the run goes, the notification when it ends, and
// a window reload in the middle of a run.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import {
  openWorkbench, runCommand, screenshot, signInThroughPalette, treeRows, typeInQuickInput, viewPane, type Workbench,
} from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { escapeRegExp, poll } from '../shared/poll';

const TOKEN = 'apify_api_UiRunTaskToken000000000000';

describe('UI: Run Task', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 6, token: TOKEN, username: 'janedoe', style: 'demo', newRunPlan: { finishAfterMs: null } });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
    await poll(async () => (await treeRows(page)).length === 6, 'the tasks show');
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  // The item's id is <extension id>.<item id>; the "Started task …" message is another item.
  const statusItem = (text: string) => page.locator('.part.statusbar [id$=".apifyTasks.startedRuns"]', { hasText: text });
  const toast = (text: string) => page.locator('.notifications-toasts .notification-toast', { hasText: text });

  it('the inline ▶ asks in a modal naming the task and the credits; Run starts one run, shown in the status bar, and its end is notified with its buttons', async function () {
    const task = fake.tasks[2];
    const row = rowNamed(task.name);
    await row.hover();
    await row.locator('.action-label[aria-label^="Run Task"]').click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), new RegExp(`Run task ${escapeRegExp(task.name)} of actor`));
    assert.match(await dialog.innerText(), /credits/);
    await screenshot(page, 'run-task-confirm');
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await statusItem(task.name).waitFor();
    assert.equal(fake.runStartRequests().length, 1);
    const run = fake.runsOf(task.id).at(-1)!;
    assert.equal(run.origin, 'API');
    await row.hover(); // the row's ▶ and the status bar's running task in one picture
    await screenshot(page, 'run-task');
    await page.mouse.move(800, 450);
    fake.finishRun(run.id, 'SUCCEEDED');
    const shown = toast(`Task ${task.name} SUCCEEDED in`);
    await shown.waitFor({ timeout: 20_000 });
    for (const button of ['Open Results', 'Open Log', 'Open in Console']) {
      assert.equal(await shown.getByRole('button', { name: button }).count(), 1, button);
    }
    await page.waitForTimeout(500); // the toast slides in
    await screenshot(page, 'run-task-finished', { only: shown });
    await statusItem(task.name).waitFor({ state: 'detached' });
  });

  it('a run going when the window reloads is followed again and its end notified', async function () {
    const task = fake.tasks[4];
    await runCommand(page, 'Apify: Run Task');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: task.name }).first().waitFor();
    await typeInQuickInput(page, task.name);
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await statusItem(task.name).waitFor();
    const run = fake.runsOf(task.id).at(-1)!;
    assert.equal(fake.runStartRequests().length, 2);

    // globalState reaches the browser's storage shortly after the write (VS Code batches writes
    // for about 100 ms); a reload at once could lose any write, ours or VS Code's.
    await page.waitForTimeout(2_000);
    await page.reload();
    await page.locator('.monaco-workbench .part.activitybar').waitFor();
    await statusItem(task.name).waitFor({ timeout: 30_000 });
    fake.finishRun(run.id, 'ABORTED', 'Aborted by the user');
    await toast(`Task ${task.name} ABORTED`).waitFor({ timeout: 20_000 });
    assert.equal(fake.runStartRequests().length, 2, 'the reload started no run');
  });

  function rowNamed(name: string) {
    return viewPane(page).locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: name }) }).first();
  }
});
