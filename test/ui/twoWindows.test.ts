// Signing out in one window applies to the others. A browser-hosted VS Code (code-server) tells
// other windows nothing when a secret changes, so the extension re-reads the stored token before
// a load the user asks for and when a window regains focus. Two tabs of one workbench here.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import {
  openViewContainer, openWorkbench, runCommand, signInThroughPalette, treeRows, viewPane, type Workbench,
} from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { poll } from '../shared/poll';

const TOKEN = 'apify_api_TwoWindowsToken00000000000000';

describe('UI: sign-in state across two windows', function () {
  this.timeout(180_000);
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let windowA: Page;
  let windowB: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 3, token: TOKEN });
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url } });
    windowA = workbench.page;
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  const welcome = (page: Page) => viewPane(page, 'Tasks').locator('.welcome-view-content', { hasText: 'Set API Token' });

  it('after Sign Out in window A, Refresh in window B sends nothing with the old token', async function () {
    await signInThroughPalette(windowA, TOKEN);
    await poll(async () => (await treeRows(windowA)).length === 3, 'window A shows the tasks', 30_000);

    windowB = await workbench!.openWindow();
    await openViewContainer(windowB, 'Apify');
    await poll(async () => (await treeRows(windowB)).length === 3, 'window B shows the tasks (it read the stored token)', 30_000);

    await windowA.bringToFront();
    await runCommand(windowA, 'Apify: Sign Out');
    await welcome(windowA).waitFor();
    const signedOutAt = fake.requests.length;

    await windowB.bringToFront();
    await runCommand(windowB, 'Apify: Refresh');
    await poll(async () => (await welcome(windowB).isVisible()) || fake.requests.length > signedOutAt, 'window B signs out or sends a request', 30_000);
    const withToken = fake.requests.slice(signedOutAt).filter((request) => request.headers.authorization?.includes(TOKEN));
    assert.deepEqual(withToken.map((request) => request.path), [], 'window B sent the signed-out token');
    // Window B's list is gone: it shows the welcome view, as window A does.
    assert.equal(await welcome(windowB).isVisible(), true);
    assert.deepEqual(await treeRows(windowB), []);
  });

});
