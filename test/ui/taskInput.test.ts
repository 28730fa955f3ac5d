// The task-input editor as a person uses it, in the real workbench through Chromium: open a
// task's input from its row, type and see the schema's completion list, and meet the conflict
// dialog when the task changed in Apify meanwhile. Screenshots go to docs/screenshots/.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import { openWorkbench, screenshot, signInThroughPalette, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';

const TOKEN = 'apify_api_UiTestToken0000000000000000';

describe('UI: the task input editor', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 12, token: TOKEN, username: 'janedoe', style: 'demo' });
    // Saves in these tests are the keyboard's: no auto save after a pause (the browser default).
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'files.autoSave': 'off' } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  const task = () => {
    const found = fake.tasks.find((candidate) => candidate.actName === 'web-scraper');
    if (!found) throw new Error('the fake has no web-scraper task');
    return found;
  };
  const editorTab = () => page.locator('.tabs-container .tab', { hasText: `${task().name}.input.json` });

  it('opens a task\'s input from its row\'s context menu and offers the schema\'s properties while typing', async function () {
    const row = viewPane(page).locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: task().name }) }).first();
    await row.click({ button: 'right' });
    // Menus take the keyboard (as in the Tasks view tests): move the focus to the item, press Enter.
    const item = page.getByRole('menuitem', { name: 'Open Task Input' });
    await item.waitFor();
    for (let step = 0; step < 5 && !(await item.evaluate((element) => element.matches(':focus'))); step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await editorTab().waitFor();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: '"startUrls"' }).waitFor();
    // The editor title offers Run Task with This Input for task inputs.
    await page.locator('.editor-actions .action-label[aria-label^="Run Task with This Input"]').waitFor();
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"sa');
    const suggest = page.locator('.editor-widget.suggest-widget');
    const suggestion = suggest.locator('.monaco-list-row', { hasText: 'saveMarkdown' });
    await suggestion.waitFor({ timeout: 15_000 });
    // The details pane shows the schema's description beside the list.
    await page.keyboard.press('Control+Space');
    await page.waitForTimeout(300);
    await page.mouse.move(5, 5);
    // The editor's top only: the README inlines its images, so they must stay small.
    await screenshot(page, 'task-input-completion', { only: page.locator('.part.editor'), maxHeight: 320 });
    assert.equal(await suggestion.isVisible(), true);
    await page.keyboard.press('Escape');
  });

  it('asks before saving over a change made in Apify, and keeps the text when cancelled', async function () {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    // The half-typed line above becomes a whole property (inserted as text: no auto-closing quotes).
    await page.keyboard.press('Control+Shift+K'); // delete the line
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('"saveMarkdown": false,');
    fake.changeTaskElsewhere(task().id, { input: { startUrls: [], note: 'changed in Apify Console' } });
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+S');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /changed in Apify/);
    await screenshot(page, 'task-input-conflict', { only: dialog });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(fake.taskInput(task().id), { startUrls: [], note: 'changed in Apify Console' });
    assert.match((await editorTab().getAttribute('class')) ?? '', /dirty/);

    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+S');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Overwrite' }).click();
    await poll(() => fake.taskInput(task().id).saveMarkdown === false, 'the editor\'s input is saved');
    await poll(async () => !/dirty/.test((await editorTab().getAttribute('class')) ?? ''), 'the tab is no longer dirty');
  });

  async function poll(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
