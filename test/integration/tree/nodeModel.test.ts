// The tree's node model: every row knows its parent, special rows carry their owner and take ids
// no task can have, Load more takes its owner, and a page refreshes only its owner's node.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import {
  closeHarness, configure, firstPageSettled, labelOf, listRequests, openHarness, rows, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';

// IDs that equal, or used to equal, the ids of the view's own rows. Once the API layer accepts
// only Apify-shaped IDs, some of them are refused as items instead: either way no two rows may
// share an id and the view must keep working.
const HOSTILE_IDS = ['apifyTasks:loadMore', '/:loadMore', '/:error', '/:rejected', 'loadMore', '/loadMore'];

describe('Tasks view: node model and row ids', () => {
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: 30 });
    HOSTILE_IDS.forEach((id, index) => { harness.fake.tasks[index].id = id; });
    await configure({ pageSize: 10 });
    await signIn(harness);
    await showView(harness.api);
    await firstPageSettled(harness.api);
  });
  after(() => closeHarness(harness));

  it('gives no two rows the same id, even with tasks named after the special rows\' ids', async () => {
    const shown = await rows(harness.api);
    const ids = shown.map((row) => String(row.id));
    assert.equal(new Set(ids).size, ids.length, `duplicate row ids: ${ids.join(', ')}`);
    const loadMore = shown.at(-1)!;
    assert.equal(loadMore.kind, 'loadMore');
    assert.equal(loadMore.id, '/:loadMore');
    for (const row of shown.filter((r) => r.kind === 'task')) assert.doesNotMatch(String(row.id), /[/:]/);
  });

  it('answers getParent for every row, so reveal works on task and special rows', async () => {
    const { api } = harness;
    const shown = await rows(api);
    for (const row of shown) {
      assert.equal(row.parent, api.tree.root, `${labelOf(row)} does not know its parent`);
      assert.equal(api.tree.getParent(row), undefined);
    }
    const loadMore = shown.at(-1)!;
    await api.view.reveal(loadMore, { select: true, focus: false });
    await waitFor(() => api.view.selection.length === 1 && (api.view.selection[0] as TaskTreeRow).id === '/:loadMore',
      'the Load more row is selected');
  });

  it('Load more passes its owner; a page refreshes only that node (the root: undefined)', async () => {
    const { api, fake } = harness;
    const loadMore = (await rows(api)).at(-1)!;
    assert.deepEqual(loadMore.command?.arguments, [api.tree.root]);
    const changed: unknown[] = [];
    const listening = api.tree.onDidChangeTreeData((node) => changed.push(node));
    fake.clearRequests();
    try {
      const outcome = await vscode.commands.executeCommand(loadMore.command!.command, ...loadMore.command!.arguments!);
      assert.equal(outcome, 'loaded');
    } finally {
      listening.dispose();
    }
    assert.equal(listRequests(fake).length, 1);
    assert.equal(listRequests(fake)[0].query.offset, '10');
    assert.ok(changed.length > 0, 'the tree was not told');
    assert.deepEqual(changed, changed.map(() => undefined));
    assert.equal((await rows(api)).filter((row) => row.kind === 'task').length >= 20 - HOSTILE_IDS.length, true);
  });

  it('Load more called with a row loads that row\'s owner; with something that is not a node, nothing', async () => {
    const { api, fake } = harness;
    fake.clearRequests();
    assert.equal(await vscode.commands.executeCommand('apifyTasks.loadMore', { kind: 'loadMore' }), 'discarded');
    assert.equal(listRequests(fake).length, 0);
    const someTask = (await rows(api))[HOSTILE_IDS.length];
    assert.equal(await vscode.commands.executeCommand('apifyTasks.loadMore', someTask), 'loaded');
    assert.equal(listRequests(fake).length, 1);
  });

  it('shows task names as plain strings and its own rows with a highlighted label a task cannot get', async () => {
    const { api, fake } = harness;
    fake.tasks[HOSTILE_IDS.length].name = 'Load more…';
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    const shown = await rows(api);
    const impostor = shown.find((row) => row.kind === 'task' && labelOf(row) === 'Load more…')!;
    assert.equal(typeof impostor.label, 'string');
    assert.equal(impostor.accessibilityInformation, undefined);
    const real = shown.at(-1)!;
    assert.equal(real.kind, 'loadMore');
    assert.deepEqual(real.label, { label: 'Load more…', highlights: [[0, 'Load more…'.length]] });
    assert.notEqual(impostor.id, real.id);
  });
});
