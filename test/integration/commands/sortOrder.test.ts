// Newest/oldest first: the view-title pair, the palette toggle, and a burst of toggles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, firstPageSettled, listRequests, openSignedInHarness, rows, type Harness,
} from '../support/apifyTasksHarness';
import { sleep } from '../support/waitFor';

describe('commands: sort order', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 150 });
  });
  after(() => closeHarness(harness));

  /** Each test sets the order it starts from, so that any one of them can run alone. */
  async function startFrom(descending: boolean): Promise<void> {
    await vscode.commands.executeCommand(descending ? 'apifyTasks.sortDescending' : 'apifyTasks.sortAscending');
    await firstPageSettled(harness.api);
  }

  it('Sort Newest First puts the newest task on top and asks the API with desc=1', async () => {
    const { api, fake } = harness;
    await startFrom(false);
    fake.clearRequests();
    await vscode.commands.executeCommand('apifyTasks.sortDescending');
    await firstPageSettled(api);
    const shown = await rows(api);
    assert.equal(shown[0].id, fake.tasks.at(-1)!.id);
    assert.equal(listRequests(fake)[0].query.desc, '1');
    assert.equal(api.session.sortOrder.descending, true);
    assert.match(String(api.view.description), /newest first$/);
  });

  it('Sort Oldest First goes back to the oldest task on top', async () => {
    const { api, fake } = harness;
    await startFrom(true);
    await vscode.commands.executeCommand('apifyTasks.sortAscending');
    await firstPageSettled(api);
    assert.equal((await rows(api))[0].id, fake.tasks[0].id);
    assert.match(String(api.view.description), /oldest first$/);
  });

  it('Toggle Sort Order switches between the two', async () => {
    const { api, fake } = harness;
    await startFrom(false);
    await vscode.commands.executeCommand('apifyTasks.toggleSortOrder');
    await firstPageSettled(api);
    assert.equal((await rows(api))[0].id, fake.tasks.at(-1)!.id);
    await vscode.commands.executeCommand('apifyTasks.toggleSortOrder');
    await firstPageSettled(api);
    assert.equal((await rows(api))[0].id, fake.tasks[0].id);
  });

  it('after 21 quick toggles shows the newest first, from the last toggle\'s answer only', async () => {
    const { api, fake } = harness;
    await startFrom(false);
    fake.setDelay(150);
    try {
      await Promise.all(Array.from({ length: 21 }, () => vscode.commands.executeCommand('apifyTasks.toggleSortOrder')));
      await firstPageSettled(api);
      await sleep(400); // any late answer of an earlier toggle arrives meanwhile
    } finally {
      fake.setDelay(0);
    }
    const shown = await rows(api);
    assert.equal(api.session.sortOrder.descending, true);
    assert.equal(shown.filter((row) => row.kind === 'task').length, 100);
    assert.deepEqual(shown.slice(0, 100).map((row) => row.id), fake.tasks.slice(-100).reverse().map((task) => task.id));
  });

  it('keeps the order of pages it appends', async () => {
    const { api, fake } = harness;
    await startFrom(true);
    await vscode.commands.executeCommand('apifyTasks.loadMore');
    const ids = (await rows(api)).map((row) => row.id);
    assert.deepEqual(ids, [...fake.tasks].reverse().map((task) => task.id));
    await vscode.commands.executeCommand('apifyTasks.sortAscending');
    await firstPageSettled(api);
  });
});
