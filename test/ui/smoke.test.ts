// Smoke test of the UI harness and the manifest: a user without a token who opens the Apify
// activity-bar entry sees the Tasks view with its welcome content and the "Set API Token" button.
import * as assert from 'node:assert/strict';
import { openViewContainer, openWorkbench, screenshot, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';

describe('UI smoke', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    workbench = await openWorkbench();
  });
  closeAfterSuite(() => ({ workbench }));

  it('shows the welcome content in the Tasks view', async function () {
    const { page } = workbench!;
    await openViewContainer(page, 'Apify');
    const welcome = viewPane(page, 'Tasks').locator('.welcome-view-content');
    await welcome.waitFor();
    assert.match(await welcome.innerText(), /Add an Apify API token to start/);
    const button = welcome.locator('a.monaco-button', { hasText: 'Set API Token' });
    assert.equal(await button.isVisible(), true, 'the "Set API Token" button is not visible');
    await screenshot(page, 'welcome', { only: page.locator('.part.sidebar'), maxHeight: 260 });
  });
});
