// What a person does with the Tasks view, in the real workbench driven through Chromium: the
// extension is installed as a user installs it and talks to the fake Apify API on 127.0.0.1.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import {
  openViewContainer, openWorkbench, readClipboard, runCommand, screenshot, treeRows, typeInQuickInput, viewPane, type Workbench,
} from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { poll } from '../shared/poll';
import { collapseAgain } from './support/taskRows';

const TOKEN = 'apify_api_UiTestToken0000000000000000';

describe('UI: the Tasks view as a person uses it', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 12, token: TOKEN, username: 'janedoe', style: 'demo' });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'apifyTasks.pageSize': 5 } });
    page = workbench.page;
    await openViewContainer(page, 'Apify');
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  const labels = async () => (await treeRows(page)).map((row) => row.label);
  const waitForRows = (predicate: (labels: string[]) => boolean, what: string) =>
    page.waitForFunction(() => true).then(() => poll(async () => predicate(await labels()), what));

  it('sets the token through the Command Palette: a wrong one keeps the box open with the reason', async function () {
    await runCommand(page, 'Apify: Set API Token');
    const box = page.locator('.quick-input-widget');
    await typeInQuickInput(page, 'apify_api_wrong');
    await box.locator('.quick-input-message', { hasText: /rejected/i }).waitFor();
    assert.equal(await box.isVisible(), true);
    assert.equal(await box.locator('input').getAttribute('type'), 'password');
    await screenshot(page, 'set-token-rejected');
    await typeInQuickInput(page, TOKEN);
    await box.waitFor({ state: 'hidden' });
  });

  it('shows the first page with a Load more row and the account in the view description', async function () {
    await waitForRows((shown) => shown.length === 6, 'the first page shows');
    assert.deepEqual(await labels(), [...fake.tasks.slice(0, 5).map((task) => task.name), 'Load more…']);
    const rows = await treeRows(page);
    assert.equal(rows[5].description, '5 of 12');
    // A container with a single view hides the view's header, description included; it is still in the DOM.
    const description = viewPane(page).locator('.pane-header .description');
    assert.equal((await description.textContent())?.trim(), 'janedoe · 5 of 12 · oldest first');
    await screenshot(page, 'first-page');
  });

  it('clicking Load more shows the view\'s progress bar while the page loads, then appends it in place', async function () {
    fake.setDelay(1500);
    try {
      await viewPane(page).locator('.monaco-list-row', { hasText: 'Load more…' }).click();
      await parkMouse();
      // What says "loading" on screen: the view's progress bar (a row spinner would cost a tree refresh).
      await page.locator('.part.sidebar .monaco-progress-container.active').waitFor({ timeout: 1000 });
      assert.equal((await labels()).length, 6, 'the page is not there yet');
    } finally {
      fake.setDelay(0);
    }
    await waitForRows((shown) => shown.length === 11, 'the second page shows');
    await page.locator('.part.sidebar .monaco-progress-container.active').waitFor({ state: 'detached' });
    assert.deepEqual((await labels()).slice(0, 10), fake.tasks.slice(0, 10).map((task) => task.name));
    assert.equal((await treeRows(page))[10].description, '10 of 12');
  });

  it('"Sort Newest First" in the view title puts the newest task on top', async function () {
    await page.locator('.part.sidebar .title-actions a.action-label[aria-label="Sort Newest First"]').click();
    await parkMouse();
    await waitForRows((shown) => shown[0] === fake.tasks[11].name, 'the newest task is on top');
    assert.deepEqual((await labels()).slice(0, 5), fake.tasks.slice(-5).reverse().map((task) => task.name));
    await page.locator('.part.sidebar .title-actions a.action-label[aria-label="Sort Oldest First"]').waitFor();
    await screenshot(page, 'newest-first');
  });

  it('copies a task ID from the context menu', async function () {
    await rowNamed(fake.tasks[10].name).click({ button: 'right' });
    await contextMenuItem('Copy Task ID');
    await poll(async () => (await readClipboard(page)) === fake.tasks[10].id, 'the ID is on the clipboard', 5_000,
      () => readClipboard(page));
  });

  it('copies the IDs of three selected rows, one per line', async function () {
    const picked = [fake.tasks[11], fake.tasks[9], fake.tasks[8]];
    await rowNamed(picked[0].name).click();
    await collapseAgain(rowNamed(picked[0].name)); // a click on a task also expands it (into its runs)
    await rowNamed(picked[1].name).click({ modifiers: ['Control'] });
    await rowNamed(picked[2].name).click({ modifiers: ['Control'] });
    await parkMouse();
    await rowNamed(picked[2].name).click({ button: 'right' });
    await contextMenuItem('Copy Task ID');
    await poll(async () => (await readClipboard(page)) === picked.map((task) => task.id).join('\n'), 'three IDs are on the clipboard');
    await page.keyboard.press('Escape');
  });

  it('shows an error row when the API keeps failing, keeps the tasks, and recovers when the row is clicked', async function () {
    fake.failNext(100, { status: 500 });
    await viewPane(page).locator('.monaco-list-row', { hasText: 'Load more…' }).click();
    await parkMouse();
    // The client retries for up to about 20 s before it gives up on a page.
    await poll(async () => (await labels()).some((label) => /HTTP 500/.test(label)), 'the error row shows', 40_000);
    assert.deepEqual((await labels()).slice(0, 5), fake.tasks.slice(-5).reverse().map((task) => task.name));
    await screenshot(page, 'error-row');
    fake.clearFaults();
    await viewPane(page).locator('.monaco-list-row', { hasText: 'HTTP 500' }).click();
    await parkMouse();
    await waitForRows((shown) => shown.length === 11 && shown[10] === 'Load more…', 'the second page is shown');
    assert.deepEqual((await labels()).slice(0, 10), fake.tasks.slice(-10).reverse().map((task) => task.name));
  });

  it('remembers newest first after the window reloads', async function () {
    await page.reload();
    // The workbench restores the side bar as it was: the Apify container, open.
    await page.locator('.monaco-workbench .part.activitybar').waitFor();
    await waitForRows((shown) => shown.length === 6, 'the first page shows again');
    assert.equal((await labels())[0], fake.tasks[11].name);
  });

  it('"Copy Task ID" from the Command Palette: a quick pick filtered by typing, with no new requests', async function () {
    const target = fake.tasks[6];
    await runCommand(page, 'Apify: Copy Task ID');
    const picker = page.locator('.quick-input-widget');
    await picker.locator('.quick-input-list .monaco-list-row', { hasText: fake.tasks[0].name }).waitFor();
    const served = fake.requests.length;
    await typeInQuickInput(page, target.name, { submit: false });
    await poll(async () => (await picker.locator('.quick-input-list .monaco-list-row').allInnerTexts()).length === 1, 'one task matches');
    assert.match((await picker.locator('.quick-input-list .monaco-list-row').innerText()), new RegExp(target.name));
    assert.equal(fake.requests.length, served, 'typing a filter sent requests');
    await screenshot(page, 'copy-task-id-quick-pick');
    await page.keyboard.press('Enter');
    await poll(async () => (await readClipboard(page)) === target.id, 'the chosen ID is on the clipboard');
  });

  it('signs out from the Command Palette and shows the welcome view again', async function () {
    await runCommand(page, 'Apify: Sign Out');
    await viewPane(page).locator('.welcome-view-content').waitFor();
    assert.equal((await treeRows(page)).length, 0);
  });

  /**
   * Picks an entry of the open context menu with the keyboard, as a mouse click right after the
   * menu opens is sometimes dropped. The menu lives in a shadow root, which locators pierce.
   */
  async function contextMenuItem(title: string): Promise<void> {
    const item = page.getByRole('menuitem', { name: title });
    await item.waitFor();
    for (let step = 0; step < 5 && !(await item.evaluate((element) => element.matches(':focus'))); step++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await parkMouse();
  }

  /** Moves the pointer off the tree, so a row's hover does not cover what the next step clicks. */
  async function parkMouse(): Promise<void> {
    await page.mouse.move(800, 450);
  }

  function rowNamed(name: string) {
    return viewPane(page).locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: name }) }).first();
  }
});
