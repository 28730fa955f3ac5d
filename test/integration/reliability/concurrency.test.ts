// Issue 6.4, concurrency: what a user can do while a page is still on its way, against a slow
// API. Each test's title states the outcome. (A burst of order toggles is in
// commands/sortOrder.test.ts; Sign Out during the first page in commands/setToken.test.ts.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeHarness, configure, firstPageSettled, listRequests, openHarness, rows, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';
import { clickRow, settledRows, taskIds } from './rowClicks';

const PAGE_SIZE = 10;
/** Longer than any step of a test takes, so each step happens while the page is on its way. */
const SLOW_MS = 500;

describe('reliability: concurrency against a slow API', () => {
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: 30, style: 'demo' });
    await configure({ pageSize: PAGE_SIZE });
    await showView(harness.api);
  });
  beforeEach(async () => {
    const { api, fake } = harness;
    fake.setDelay(0);
    if (!api.session.signedIn) await signIn(harness);
    if (api.session.sortOrder.descending) await vscode.commands.executeCommand('apifyTasks.sortAscending');
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(api);
    fake.clearRequests();
  });
  afterEach(() => harness.fake.setDelay(0));
  after(() => closeHarness(harness));

  const ascendingIds = (from: number, to: number) => harness.fake.tasks.slice(from, to).map((task) => task.id);
  const inFlight = () => listRequests(harness.fake).filter((request) => request.finishedAt === undefined);

  /** Clicks Load more with the API slowed down; returns (the click's outcome, wrapped) once its request is on its way. */
  async function startSlowLoadMore(): Promise<{ clicked: Promise<unknown> }> {
    harness.fake.setDelay(SLOW_MS);
    const clicked = clickRow((await rows(harness.api)).at(-1)!);
    await waitFor(() => inFlight().length === 1, 'the page request is on its way');
    return { clicked };
  }

  it('Load more during Refresh joins the refresh\'s request: one request for the first page, shown once', async () => {
    const { api, fake } = harness;
    await clickRow((await rows(api)).at(-1)!);
    const oldLoadMore = (await rows(api)).at(-1)!;
    assert.equal(taskIds(await rows(api)).length, 2 * PAGE_SIZE);
    fake.clearRequests();
    fake.setDelay(SLOW_MS);
    await vscode.commands.executeCommand('apifyTasks.refresh');
    // The old rows stay on screen until the first page arrives; their Load more can still be clicked.
    assert.equal(await clickRow(oldLoadMore), 'loaded');
    await sleep(SLOW_MS);
    assert.deepEqual(listRequests(fake).map((request) => request.query.offset), ['0']);
    const shown = await settledRows(api);
    assert.deepEqual(taskIds(shown), ascendingIds(0, PAGE_SIZE));
    assert.equal(shown.at(-1)?.kind, 'loadMore');
  });

  it('Refresh during Load more cancels that page: its answer never shows, the list starts over', async () => {
    const { api, fake } = harness;
    const { clicked } = await startSlowLoadMore();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    assert.equal(await clicked, 'discarded');
    await firstPageSettled(api);
    await sleep(SLOW_MS);
    assert.deepEqual(listRequests(fake).map((request) => request.query.offset), ['10', '0']);
    assert.equal(listRequests(fake)[0].connectionClosedEarly, true, 'the cancelled request was left running');
    assert.deepEqual(taskIds(await settledRows(api)), ascendingIds(0, PAGE_SIZE));
  });

  it('toggling the order during a slow page cancels it: only the new order\'s first page shows, no error', async () => {
    const { api, fake } = harness;
    const { clicked } = await startSlowLoadMore();
    await vscode.commands.executeCommand('apifyTasks.toggleSortOrder');
    assert.equal(await clicked, 'discarded');
    await firstPageSettled(api);
    await sleep(SLOW_MS); // a late answer for the old order would arrive meanwhile
    const [oldPage, newPage] = listRequests(fake);
    assert.deepEqual([oldPage.query, newPage.query], [{ offset: '10', limit: '10' }, { offset: '0', limit: '10', desc: '1' }]);
    assert.equal(oldPage.connectionClosedEarly, true, 'the old order\'s request was left running');
    const shown = await settledRows(api);
    assert.deepEqual(taskIds(shown), [...fake.tasks].reverse().slice(0, PAGE_SIZE).map((task) => task.id));
    assert.equal(shown.at(-1)?.kind, 'loadMore');
    assert.match(String(api.view.description), /10 of 30 · newest first$/);
  });

  it('Sign Out during a page load empties the view at once and cancels the page; nothing comes later', async () => {
    const { api, fake } = harness;
    const { clicked } = await startSlowLoadMore();
    await vscode.commands.executeCommand('apifyTasks.signOut');
    assert.deepEqual(await rows(api), [], 'the view still shows tasks after Sign Out');
    assert.equal(await clicked, 'discarded');
    await sleep(SLOW_MS);
    assert.deepEqual(await rows(api), []);
    assert.equal(api.tree.current, undefined);
    assert.equal(listRequests(fake).length, 1);
    assert.equal(listRequests(fake)[0].connectionClosedEarly, true, 'the page request was left running');
    fake.setDelay(0);
    await signIn(harness);
    await firstPageSettled(api);
    assert.deepEqual(taskIds(await settledRows(api)), ascendingIds(0, PAGE_SIZE), 'signing in again did not start from the first page');
  });

  it('a token changed in another window during a page load: that page is dropped, the list reloads with the new token', async () => {
    const { api, fake } = harness;
    const oldToken = fake.token;
    const newToken = `${oldToken}-other-account`;
    const { clicked } = await startSlowLoadMore();
    fake.setToken(newToken);
    try {
      // What another window's Set API Token does to the shared SecretStorage.
      await api.context.secrets.store('apifyTasks.apiToken', newToken);
      assert.equal(await clicked, 'discarded');
      await waitFor(() => api.session.tokens.token === newToken, 'the new token is picked up');
      await firstPageSettled(api);
      await sleep(SLOW_MS);
      const [oldPage, ...later] = listRequests(fake);
      assert.equal(oldPage.query.offset, '10');
      assert.equal(oldPage.connectionClosedEarly, true, 'the old token\'s page was left running');
      assert.ok(later.length >= 1);
      for (const request of later) assert.equal(request.headers.authorization, `Bearer ${newToken}`);
      assert.equal(later[0].query.offset, '0');
      const shown = await settledRows(api);
      assert.deepEqual(taskIds(shown), ascendingIds(0, PAGE_SIZE));
      assert.ok(!shown.some((row) => row.kind === 'error'), 'an error row shows');
    } finally {
      fake.setToken(oldToken);
      await api.context.secrets.store('apifyTasks.apiToken', oldToken);
      await waitFor(() => api.session.tokens.token === oldToken, 'the old token is back');
    }
  });
});
