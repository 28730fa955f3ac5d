// Issue 9 (4, 5, 6, 15) in the real workbench: what a screen reader hears on the view's own rows,
// Ctrl+C on selected rows, the route from an error row to the log, and task names that try to
// pass for the view's rows or draw icons.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import {
  openHover, openWorkbench, readClipboard, runCommand, signInThroughPalette, treeRows, viewPane, type Workbench,
} from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { poll } from '../shared/poll';
import { collapseAgain } from './support/taskRows';

const TOKEN = 'apify_api_UiSpecialRows000000000000000';
const IMPOSTORS = ['Load more…', 'API token rejected', '$(alert) Urgent $(sync~spin)'];

describe('UI: special rows, the keyboard copy and the log', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 12, token: TOKEN, style: 'demo' });
    IMPOSTORS.forEach((name, index) => (fake.tasks[index].name = name));
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url, 'apifyTasks.pageSize': 5 } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
    await row(5).waitFor();
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  it('Load more tells a screen reader what it is and what Enter does; a task named like it does not pass for it', async function () {
    const rows = await treeRows(page);
    assert.equal(rows[5].label, 'Load more…');
    assert.equal(await row(5).getAttribute('aria-label'), 'Load more tasks, 5 of 12 loaded. Press Enter to load the next page.');
    assert.equal(await row(5).getAttribute('role'), 'button');
    // The view's own rows have a highlighted label; a task's name never is.
    assert.equal(await row(5).locator('.label-name .highlight').count(), 1);
    assert.equal(rows[0].label, 'Load more…');
    assert.equal(await row(0).locator('.label-name .highlight').count(), 0);
    assert.notEqual(await row(0).getAttribute('aria-label'), await row(5).getAttribute('aria-label'));
    assert.equal(await row(0).getAttribute('role'), 'treeitem');
  });

  it('Ctrl+C on selected task rows copies their IDs, one per line', async function () {
    await row(1).click();
    await collapseAgain(row(1)); // a click on a task also expands it (into its runs)
    await row(3).click({ modifiers: ['Control'] });
    await row(4).click({ modifiers: ['Control'] });
    await page.evaluate('navigator.clipboard.writeText("untouched")');
    await page.keyboard.press('Control+c');
    await poll(async () => (await readClipboard(page)) === [1, 3, 4].map((i) => fake.tasks[i].id).join('\n'),
      'the three IDs are on the clipboard', 5_000, () => readClipboard(page));
  });

  it('an error row reads out what failed and what Enter does; its hover opens the log, which names the host', async function () {
    fake.failNext(1, { status: 400, type: 'invalid-input', message: 'Bad request\nfrom the API' }, { paths: ['/v2/actor-tasks'] });
    await row(5).click();
    await page.mouse.move(800, 450);
    const error = viewPane(page).locator('.monaco-list-row[data-index="5"]', { hasText: 'HTTP 400' });
    await error.waitFor();
    const spoken = await error.getAttribute('aria-label');
    assert.match(spoken ?? '', /^Error: Apify refused the request \(HTTP 400\).*\. Press Enter to retry\.$/);
    assert.doesNotMatch(spoken ?? '', /\n/);
    const link = page.locator('.monaco-hover a', { hasText: 'Show Log' });
    await openHover(page, error, link);
    await link.click();
    const output = page.locator('.part.panel .view-lines');
    await poll(async () => /GET 127\.0\.0\.1:\d+\/v2\/actor-tasks\?offset=5&limit=5 → 400/.test((await output.innerText().catch(() => '')).replace(/\u00a0/g, ' ')),
      'the log is shown with the failed request', 10_000, () => output.innerText().catch(() => ''));
  });

  it('a row of tasks that could not be shown reads out what it is, not its reasons', async function () {
    const items = fake.tasks.slice(5, 10).map((task) => ({ ...task })) as unknown as Record<string, unknown>[];
    items[1].name = 7;
    fake.failNext(1, { kind: 'body', body: { data: { total: 12, offset: 5, limit: 5, desc: false, count: 5, items } } },
      { paths: ['/v2/actor-tasks'] });
    await viewPane(page).locator('.monaco-list-row', { hasText: 'HTTP 400' }).click();
    await page.mouse.move(800, 450);
    const warning = viewPane(page).locator('.monaco-list-row', { hasText: 'could not be shown' });
    await warning.waitFor();
    const spoken = await warning.getAttribute('aria-label');
    assert.match(spoken ?? '', /^1 task could not be shown\. /);
    assert.doesNotMatch(spoken ?? '', /items\[|name/);
  });

  it('renders no icon from a task name in the Copy Task ID quick pick', async function () {
    await runCommand(page, 'Apify: Copy Task ID');
    const picker = page.locator('.quick-input-widget');
    const urgent = picker.locator('.quick-input-list .monaco-list-row', { hasText: 'Urgent' });
    await urgent.waitFor();
    assert.equal(await urgent.locator('.codicon').count(), 0, 'the name drew an icon');
    assert.match((await urgent.innerText()).replace(/\u2060/g, ''), /\$\(alert\) Urgent \$\(sync~spin\)/);
    await page.keyboard.press('Escape');
  });

  function row(index: number) {
    return viewPane(page).locator(`.monaco-list-row[data-index="${index}"]`);
  }
});
