// The Copy Task ID quick pick over a list longer than it is sent at once (issue 13): VS Code's
// quick pick gets at most 500 tasks, and the extension searches all of them as the user types.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TaskShort } from '../../src/api/types';
import { FakeApifyServer } from '../fake-apify/server';
import {
  openWorkbench, readClipboard, runCommand, signInThroughPalette, typeInQuickInput, type Workbench,
} from '../host/workbench';
import { poll } from '../shared/poll';
import { closeAfterSuite } from './support/suiteHooks';

const TOKEN = 'apify_api_UiTaskQuickPick00000000000000';
const TASK_COUNT = 2_500;
const TITLE = 'Copy Task ID';

describe('UI: the task quick pick over 2,500 tasks', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: TASK_COUNT, token: TOKEN, style: 'demo' });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  const picker = () => page.locator('.quick-input-widget');
  const title = async () => (await picker().locator('.quick-input-title').textContent())?.trim() ?? '';
  const input = () => picker().locator('.quick-input-box input');
  const rowTexts = () => picker().locator('.quick-input-list .monaco-list-row').allInnerTexts();
  /** The picker's requests (the view asks for pages of 100). */
  const listRequests = () => fake.requests.filter((request) => request.path === '/v2/actor-tasks' && request.query.limit === '1000');
  const actorOf = (task: TaskShort) => `${task.actUsername}/${task.actName}`;

  async function openPicker(): Promise<void> {
    await runCommand(page, `Apify: ${TITLE}`);
    await picker().locator('.quick-input-list .monaco-list-row', { hasText: fake.tasks[0].name }).waitFor();
  }

  async function closePicker(): Promise<void> {
    await page.keyboard.press('Escape');
    await picker().waitFor({ state: 'hidden' });
  }

  it('loads every page and says the first 500 are listed; typing finds a task beyond them', async function () {
    fake.clearRequests();
    await openPicker();
    await poll(async () => (await title()) === TITLE, 'all pages loaded (the title drops "n of 2,500")');
    assert.deepEqual(listRequests().map((request) => request.query.offset), ['0', '1000', '2000']);
    assert.equal(await input().getAttribute('placeholder'), 'Type to search all 2,500 tasks by task or actor name (the first 500 are listed)');

    const target = fake.tasks[2_400];
    await typeInQuickInput(page, target.name, { submit: false });
    await poll(async () => (await rowTexts()).length === 1, 'one task matches');
    assert.match((await rowTexts())[0], new RegExp(target.name));
    await page.keyboard.press('Enter');
    await poll(async () => (await readClipboard(page)) === target.id, 'its ID is on the clipboard');
    assert.equal(listRequests().length, 3, 'typing sent no requests');
  });

  it('Enter at once after typing a task beyond the first 500 copies that task, or keeps the list open until it is listed', async function () {
    await page.evaluate("navigator.clipboard.writeText('untouched')");
    await openPicker();
    await poll(async () => (await title()) === TITLE, 'all pages loaded');
    const target = fake.tasks[1_700];
    // Typed and entered in one go: the Enter reaches the quick pick before the extension's matches.
    await typeInQuickInput(page, target.name);
    await poll(async () => (await readClipboard(page)) === target.id || await picker().isVisible(), 'copied or still open');
    if (await picker().isVisible()) {
      assert.equal(await readClipboard(page), 'untouched', 'nothing was copied while the list was open');
      await poll(async () => (await rowTexts()).some((text) => text.includes(target.name)), 'the task typed for is listed');
      await page.keyboard.press('Enter');
    }
    await poll(async () => (await readClipboard(page)) === target.id, 'the task typed for is on the clipboard');
  });

  it('says how many tasks match when more match than it lists', async function () {
    await openPicker();
    await poll(async () => (await title()) === TITLE, 'all pages loaded');
    const query = 'apify/';
    const matching = fake.tasks.filter((task) => task.name.includes(query) || actorOf(task).includes(query)).length;
    assert.ok(matching > 500, `the demo list has ${matching} tasks of Apify's actors`);
    await typeInQuickInput(page, query, { submit: false });
    const expected = `${TITLE} (the first 500 of ${matching.toLocaleString('en-US')} matches; type more to narrow)`;
    await poll(async () => (await title()) === expected, `the title reads "${expected}"`, 10_000, title);
    await closePicker();
  });

  it('while pages are still arriving, a task typed for shows up when its page comes', async function () {
    fake.setDelay(1_500);
    try {
      await openPicker();
      const target = fake.tasks[2_200];
      await typeInQuickInput(page, target.name, { submit: false });
      assert.notEqual(await title(), TITLE, 'typed while pages were still loading');
      await poll(async () => (await title()) === TITLE, 'all pages loaded');
      await poll(async () => (await rowTexts()).some((text) => text.includes(target.name)), 'the task from the last page is listed');
    } finally {
      fake.setDelay(0);
    }
    await closePicker();
  });

  it('after many searches (over 5,000 tasks sent, so the list is replaced), a task typed for is still found and copied', async function () {
    fake.addTasks(10_000);
    await openPicker();
    await poll(async () => (await title()) === TITLE, 'all 12,500 tasks loaded', 30_000);
    // Names end in "-<n>": "-1" … "-9" each match over a thousand tasks, mostly others than the
    // last query's, and each query sends its first 500; with "-11" and "-12" (tasks 11,000 and
    // up) more than 5,000 have been sent, and the list is replaced.
    for (const prefix of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '11', '12']) {
      await typeInQuickInput(page, `-${prefix}`, { submit: false });
      await poll(async () => (await rowTexts()).length > 0, `tasks matching "-${prefix}" are listed`);
    }
    const target = fake.tasks[12_345];
    await typeInQuickInput(page, target.name, { submit: false });
    await poll(async () => (await rowTexts()).some((text) => text.includes(target.name)), 'the task typed for is listed');
    await page.waitForTimeout(1_200); // past the second in which an Enter may have meant the list before
    await page.keyboard.press('Enter');
    await poll(async () => (await readClipboard(page)) === target.id, 'its ID is on the clipboard');
  });
});
