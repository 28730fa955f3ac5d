// "Copy Task ID" and "Open in Apify Console": from rows, from a multi-selection, from the palette.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, listRequests, openSignedInHarness, rows, type Harness,
} from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';

describe('commands: Copy Task ID and Open in Apify Console', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 2_500 });
  });
  after(() => closeHarness(harness));

  it('copies the ID of the clicked row', async () => {
    const { api, fake } = harness;
    const row = (await rows(api))[4];
    const copied = await vscode.commands.executeCommand('apifyTasks.copyTaskId', row, [row]);
    assert.equal(copied, fake.tasks[4].id);
    assert.equal(await vscode.env.clipboard.readText(), fake.tasks[4].id);
  });

  it('copies every selected ID, one per line', async () => {
    const { api, fake } = harness;
    const shown = await rows(api);
    const selection = [shown[1], shown[2], shown[7]];
    await vscode.commands.executeCommand('apifyTasks.copyTaskId', shown[2], selection);
    assert.equal(await vscode.env.clipboard.readText(), [1, 2, 7].map((i) => fake.tasks[i].id).join('\n'));
  });

  it('acts on the clicked row alone when it is outside the selection', async () => {
    const { api, fake } = harness;
    const shown = await rows(api);
    await vscode.commands.executeCommand('apifyTasks.copyTaskId', shown[9], [shown[1], shown[2]]);
    assert.equal(await vscode.env.clipboard.readText(), fake.tasks[9].id);
  });

  it('copies the selected rows\' IDs when run as the Ctrl+C keybinding runs it (no rows passed)', async () => {
    const { api, fake } = harness;
    const row = (await rows(api))[3];
    await api.view.reveal(row, { select: true, focus: true });
    await waitFor(() => api.view.selection.length === 1 && (api.view.selection[0] as vscode.TreeItem).id === row.id, 'the row is selected');
    await vscode.env.clipboard.writeText('untouched');
    fake.clearRequests();
    assert.equal(await vscode.commands.executeCommand('apifyTasks.copyTaskId', { viewSelection: true }), fake.tasks[3].id);
    assert.equal(await vscode.env.clipboard.readText(), fake.tasks[3].id);
    assert.equal(fake.requests.length, 0, 'the keyboard copy opened the quick pick');
  });

  it('the keyboard copy copies nothing, and opens no quick pick, when only a special row is selected', async () => {
    const { api, fake } = harness;
    const loadMore = (await rows(api)).at(-1)!;
    assert.equal(loadMore.kind, 'loadMore');
    await api.view.reveal(loadMore, { select: true, focus: true });
    await waitFor(() => (api.view.selection[0] as vscode.TreeItem | undefined)?.id === loadMore.id, 'the Load more row is selected');
    await vscode.env.clipboard.writeText('untouched');
    fake.clearRequests();
    assert.equal(await vscode.commands.executeCommand('apifyTasks.copyTaskId', { viewSelection: true }), undefined);
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
    assert.equal(fake.requests.length, 0);
  });

  it('from the palette, offers a quick pick that loads all pages of 1000 and copies the chosen ID', async () => {
    const { fake } = harness;
    fake.clearRequests();
    await vscode.env.clipboard.writeText('untouched');
    const copying = vscode.commands.executeCommand<string | undefined>('apifyTasks.copyTaskId');
    await waitFor(() => listRequests(fake).length === 3 && listRequests(fake).every((r) => r.finishedAt !== undefined),
      'the quick pick loaded all three pages');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await copying, fake.tasks[0].id);
    assert.equal(await vscode.env.clipboard.readText(), fake.tasks[0].id);
    assert.deepEqual(listRequests(fake).map((r) => [r.query.offset, r.query.limit]), [['0', '1000'], ['1000', '1000'], ['2000', '1000']]);
  });

  it('stops loading when the quick pick is closed, and copies nothing', async () => {
    const { fake } = harness;
    fake.clearRequests();
    fake.setDelay(300);
    await vscode.env.clipboard.writeText('untouched');
    try {
      const copying = vscode.commands.executeCommand<string | undefined>('apifyTasks.copyTaskId');
      await waitFor(() => listRequests(fake).length === 1, 'the first page was asked for');
      await sleep(50);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await copying, undefined);
      await sleep(800);
    } finally {
      fake.setDelay(0);
    }
    assert.ok(listRequests(fake).length <= 2, `closing did not stop the loading: ${listRequests(fake).length} requests`);
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
  });

  it('closes the quick pick when the token is rejected, copying nothing', async () => {
    const { fake } = harness;
    const validToken = fake.token;
    fake.clearRequests();
    await vscode.env.clipboard.writeText('untouched');
    fake.setToken('someone-else');
    try {
      const copied = await vscode.commands.executeCommand<string | undefined>('apifyTasks.copyTaskId');
      assert.equal(copied, undefined);
    } finally {
      fake.setToken(validToken);
    }
    assert.equal(listRequests(fake).length, 1);
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
  });

  it('opens the clicked task in Apify Console', async () => {
    const { api, fake } = harness;
    const row = (await rows(api))[0];
    const opened = await vscode.commands.executeCommand('apifyTasks.openInConsole', row, [row]);
    assert.deepEqual(opened, [`https://console.apify.com/actors/tasks/${fake.tasks[0].id}`]);
  });

  it('from the palette, opens the task chosen in the quick pick', async () => {
    const { fake } = harness;
    fake.clearRequests();
    const opening = vscode.commands.executeCommand<string[]>('apifyTasks.openInConsole');
    await waitFor(() => listRequests(fake).length >= 1 && listRequests(fake)[0].finishedAt !== undefined, 'the first page arrived');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await opening, [`https://console.apify.com/actors/tasks/${fake.tasks[1].id}`]);
  });
});
