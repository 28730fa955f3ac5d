// Issue 6.3 in the real workbench: whatever the API echoes back, the token never shows in a
// notification, a validation message, a row, a hover or anywhere else on screen.
// (Storage, logs and requests are searched inside the extension host by
// test/integration/reliability/tokenHygiene.test.ts.)
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import { openHover, openViewContainer, openWorkbench, runCommand, typeInQuickInput, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';

const TOKEN = `apify_api_HYGIENE_${randomBytes(12).toString('hex')}`;
const REJECTED_TOKEN = `apify_api_HYGIENE_REJECTED_${randomBytes(12).toString('hex')}`;
const TASKS_PATH = '/v2/actor-tasks';

describe('UI: the token never shows on screen', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;
  /** Every message and hover text seen during the test. */
  const seen: string[] = [];

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 30, token: TOKEN, style: 'demo' });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'apifyTasks.pageSize': 10 } });
    page = workbench.page;
    await openViewContainer(page, 'Apify');
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  function assertNoToken(text: string, where: string): void {
    for (const secret of [TOKEN, REJECTED_TOKEN]) assert.ok(!text.includes(secret), `the token shows in ${where}: ${text.slice(0, 300)}`);
  }

  it('Set API Token: the rejection message of a wrong token does not repeat it, even when the API does', async function () {
    fake.failNext(1, { status: 401, message: `User with token ${REJECTED_TOKEN} was not found` }, { paths: ['/v2/users/me'] });
    await runCommand(page, 'Apify: Set API Token');
    await typeInQuickInput(page, REJECTED_TOKEN);
    const message = page.locator('.quick-input-widget .quick-input-message', { hasText: /rejected/i });
    await message.waitFor();
    seen.push(await message.innerText());
    await typeInQuickInput(page, TOKEN);
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await viewPane(page).locator('.monaco-list-row', { hasText: 'Load more…' }).waitFor();
    assertNoToken(seen.join('\n'), 'the input box');
  });

  it('an error notification quotes the API\'s message with the token redacted', async function () {
    fake.failNext(1, { status: 403, message: `Token ${TOKEN} may not list tasks` }, { paths: [TASKS_PATH] });
    await runCommand(page, 'Apify: Copy Task ID');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Could not load all tasks' });
    await toast.waitFor();
    const text = await toast.innerText();
    seen.push(text);
    assert.match(text, /Token \*\*\* may not list tasks/, 'the API\'s message was not shown, so this proves nothing');
    assertNoToken(text, 'a notification');
    await page.keyboard.press('Escape'); // closes the picker
  });

  it('an error row and its hover show the API\'s message with the token redacted', async function () {
    fake.failNext(10, { status: 400, message: `Bad token ${TOKEN} in request` }, { paths: [TASKS_PATH] });
    await viewPane(page).locator('.monaco-list-row', { hasText: 'Load more…' }).click();
    const errorRow = viewPane(page).locator('.monaco-list-row', { hasText: 'Apify refused the request' });
    await errorRow.waitFor();
    seen.push(await errorRow.innerText());
    const hover = page.locator('.monaco-hover', { hasText: 'refused the request' });
    await openHover(page, errorRow, hover);
    const hoverText = await hover.innerText();
    seen.push(hoverText);
    assert.match(hoverText, /Bad token \*\*\* in request/);
    assertNoToken(seen.join('\n'), 'the error row');
    await page.mouse.move(800, 450);
  });

  it('nothing on screen holds it: notification center, status bar, views, the whole page', async function () {
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    await center.waitFor();
    const notifications = await center.innerText();
    assert.match(notifications, /Could not load all tasks/, 'the notification center does not list the notification');
    assertNoToken(notifications, 'the notification center');
    assertNoToken(String(await page.evaluate('document.body.innerText')), 'the page text');
    assertNoToken(await page.content(), 'the page markup');
  });
});
