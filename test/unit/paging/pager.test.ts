// The generic paging state, in plain Node, over the real client's task list against the fake API.
// What a page source must guarantee is tested here once, for every list that pages.
import * as assert from 'node:assert/strict';
import type { Run } from '../../../src/api/runTypes';
import type { TaskShort } from '../../../src/api/types';
import { Pager, PagingStalledError } from '../../../src/paging/pager';
import { clientFor, useFakeApify } from '../fakeApifyFixture';

describe('Pager', () => {
  const fake = useFakeApify({ taskCount: 25 });

  function pager(options: { pageSize?: number; descending?: boolean } = {}) {
    const { client } = clientFor(fake());
    return new Pager<TaskShort>({ source: (request) => client.listTasks(request), pageSize: options.pageSize ?? 10, descending: options.descending ?? false });
  }

  const listRequests = () => fake().requests.filter((r) => r.path === '/v2/actor-tasks');
  /** The offset the pager asks from next, as the fake sees it. */
  async function nextRequestedOffset(tasks: Pager<TaskShort>): Promise<string | undefined> {
    fake().failNext(1, { status: 400, type: 'invalid-input' }, { paths: ['/v2/actor-tasks'] });
    await tasks.loadNextPage();
    return listRequests().at(-1)?.query.offset;
  }

  it('starts empty, with more to load and nothing requested', () => {
    const tasks = pager();
    assert.deepEqual(tasks.items, []);
    assert.equal(tasks.total, undefined);
    assert.equal(tasks.hasMore, true);
    assert.equal(tasks.started, false);
    assert.equal(fake().requests.length, 0);
  });

  it('appends pages in server order, asking from the number of items returned so far', async () => {
    const tasks = pager();
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.deepEqual(tasks.items.map((t) => t.id), fake().tasks.map((t) => t.id));
    assert.equal(tasks.total, 25);
    assert.equal(tasks.hasMore, false);
    assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '20']);
    assert.equal(await tasks.loadNextPage(), 'complete');
    assert.equal(listRequests().length, 3);
  });

  it('shares one request among concurrent calls', async () => {
    const tasks = pager();
    fake().setDelay(50);
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => tasks.loadNextPage()));
    assert.ok(outcomes.every((o) => o === 'loaded'));
    assert.equal(listRequests().length, 1);
    assert.equal(tasks.items.length, 10);
  });

  it('asks newest first when descending', async () => {
    const tasks = pager({ descending: true });
    await tasks.loadNextPage();
    assert.equal(listRequests()[0].query.desc, '1');
    assert.equal(tasks.items[0].id, fake().tasks.at(-1)!.id);
  });

  it('skips tasks it already has when new tasks shift a descending list', async () => {
    const tasks = pager({ descending: true });
    await tasks.loadNextPage();
    fake().addTasks(3);
    await tasks.loadNextPage();
    const ids = tasks.items.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length, 'a task appears twice');
    assert.equal(ids.length, 17);
    assert.equal(tasks.total, 28);
    assert.equal(await nextRequestedOffset(tasks), '20');
  });

  it('shows tasks created while paging at the end of an ascending list', async () => {
    const tasks = pager();
    await tasks.loadNextPage();
    const added = fake().addTasks(3);
    while (tasks.hasMore) await tasks.loadNextPage();
    assert.deepEqual(tasks.items.slice(-3).map((t) => t.id), added.map((t) => t.id));
    assert.equal(tasks.items.length, 28);
  });

  it('keeps an error, keeps what it loaded, and retries the same page on the next call', async () => {
    const tasks = pager();
    await tasks.loadNextPage();
    fake().failNext(1, { status: 400, type: 'invalid-input' });
    assert.equal(await tasks.loadNextPage(), 'failed');
    assert.equal((tasks.error as { status?: number }).status, 400);
    assert.equal(tasks.items.length, 10);
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.equal(tasks.error, undefined);
    assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '10']);
  });

  it('reports invalid items and still shows the valid ones', async () => {
    const tasks = pager();
    const [good, bad] = fake().tasks;
    fake().failNext(1, { kind: 'body', body: { data: { total: 2, offset: 0, limit: 10, desc: false, count: 2, items: [good, { ...bad, name: 42 }] } } });
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.deepEqual(tasks.items.map((t) => t.id), [good.id]);
    assert.equal(tasks.rejected.length, 1);
    assert.match(tasks.rejected[0], /name/);
    assert.equal(tasks.total, 2);
    assert.equal(tasks.hasMore, false, 'the rejected item counts towards the offset');
  });

  it('ends the list on an empty page even if total says there is more', async () => {
    const tasks = pager();
    fake().failNext(1, { kind: 'body', body: { data: { total: 5, offset: 0, limit: 10, desc: false, count: 0, items: [] } } });
    await tasks.loadNextPage();
    assert.equal(tasks.hasMore, false);
    assert.equal(await tasks.loadNextPage(), 'complete');
  });

  it('drops the answer of a request in flight when disposed, and cancels it', async () => {
    const tasks = pager();
    fake().setDelay(300);
    const loading = tasks.loadNextPage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    tasks.dispose();
    assert.equal(await loading, 'discarded');
    assert.deepEqual(tasks.items, []);
    assert.equal(tasks.error, undefined);
    assert.equal(tasks.loading, false);
    assert.equal(await tasks.loadNextPage(), 'discarded');
    assert.equal(listRequests().length, 1);
  });

  it('asks from the requested offset plus the items received, and refuses a page that echoes another offset', async () => {
    const tasks = pager();
    await tasks.loadNextPage();
    // A server that always answers "offset: 0" (seen from a broken proxy) made pickers loop forever.
    const firstTen = fake().tasks.slice(0, 10);
    fake().failNext(1, { kind: 'body', body: { data: { total: 25, offset: 0, limit: 10, desc: false, count: 10, items: firstTen } } });
    assert.equal(await tasks.loadNextPage(), 'failed');
    assert.match(String((tasks.error as Error).message), /data\.offset: the page starts at number 0, not at the requested offset 10/);
    assert.equal(tasks.items.length, 10);
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '10']);
  });

  it('stops with an error, instead of going round, on a page that brings nothing new and does not end the list', async () => {
    const tasks = pager();
    await tasks.loadNextPage();
    const firstTen = fake().tasks.slice(0, 10);
    fake().failNext(1, { kind: 'body', body: { data: { total: 25, offset: 10, limit: 10, desc: false, count: 10, items: firstTen } } });
    assert.equal(await tasks.loadNextPage(), 'failed');
    assert.ok(tasks.error instanceof PagingStalledError, String(tasks.error));
    assert.match((tasks.error as Error).message, /10 items at offset 10 that were all already shown/);
    assert.equal(tasks.items.length, 10);
    // Asked again (Retry), it moves on instead of asking for the same page.
    assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.equal(tasks.error, undefined);
    assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '20']);
    assert.deepEqual(tasks.items.map((t) => t.id), [...firstTen, ...fake().tasks.slice(20)].map((t) => t.id));
  });

  it('a caller paging to the end against an API that repeats itself stops after a few requests', async () => {
    const tasks = pager();
    const firstTen = fake().tasks.slice(0, 10);
    fake().onRequest((request) => {
      if (request.query.offset !== '0') {
        fake().failNext(1, { kind: 'body', body: { data: { total: 25, offset: 0, limit: 10, desc: false, count: 10, items: firstTen } } });
      }
    });
    // As the quick pick does: load until complete or failed.
    let calls = 0;
    while (tasks.hasMore && calls < 100) {
      calls++;
      if ((await tasks.loadNextPage()) === 'failed') break;
    }
    assert.equal(calls, 2);
    assert.equal(listRequests().length, 2);
  });

  it('keeps paging until an empty page when the total is implausible (treated as unknown)', async () => {
    const tasks = pager();
    fake().failNext(1, { kind: 'body', body: { data: { total: 10 ** 15, offset: 0, limit: 10, desc: false, count: 10, items: fake().tasks.slice(0, 10) } } });
    await tasks.loadNextPage();
    assert.equal(tasks.total, undefined);
    assert.equal(tasks.hasMore, true);
    while (tasks.hasMore) assert.notEqual(await tasks.loadNextPage(), 'failed');
    assert.equal(tasks.items.length, 25);
  });

  describe('read ahead (for a caller that loads the whole list)', () => {
    function readingAhead(pageSize = 10) {
      const { client } = clientFor(fake());
      return new Pager<TaskShort>({ source: (request) => client.listTasks(request), pageSize, descending: false, readAhead: true });
    }
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it('asks for the next page together with the one asked for, and no page twice', async () => {
      const tasks = readingAhead();
      assert.equal(await tasks.loadNextPage(), 'loaded');
      assert.equal(listRequests().length, 1, 'the total is unknown before the first page: nothing is asked ahead');
      assert.equal(await tasks.loadNextPage(), 'loaded');
      await sleep(50);
      assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '20'], 'the third page was asked for with the second');
      assert.equal(await tasks.loadNextPage(), 'loaded');
      assert.equal(tasks.hasMore, false);
      assert.deepEqual(tasks.items.map((t) => t.id), fake().tasks.map((t) => t.id));
      assert.equal(listRequests().length, 3, 'nothing is asked for beyond the total');
    });

    it('drops the page asked ahead when the list shrank, and asks from the right offset', async () => {
      const tasks = readingAhead();
      await tasks.loadNextPage();
      // The second page comes short (a task was deleted on the server while it was on its way),
      // so the page asked ahead for offset 20 starts one task too late.
      const shortPage = { data: { total: 24, offset: 10, limit: 10, desc: false, count: 9, items: fake().tasks.slice(10, 19) } };
      fake().onRequest((request) => {
        if (request.query.offset === '10') fake().failNext(1, { kind: 'body', body: shortPage });
      });
      assert.equal(await tasks.loadNextPage(), 'loaded');
      while (tasks.hasMore) assert.notEqual(await tasks.loadNextPage(), 'failed');
      assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '20', '19']);
      assert.deepEqual(tasks.items.map((t) => t.id), fake().tasks.map((t) => t.id), 'nothing was skipped or repeated');
    });

    it('cancels the page asked ahead when disposed', async () => {
      const tasks = readingAhead();
      await tasks.loadNextPage();
      fake().setDelay(300);
      const second = tasks.loadNextPage();
      await sleep(50);
      tasks.dispose();
      assert.equal(await second, 'discarded');
      await sleep(50);
      const ahead = listRequests().filter((r) => r.query.offset === '20');
      assert.equal(ahead.length, 1, 'the third page was asked for ahead');
      assert.equal(ahead[0].connectionClosedEarly, true, 'and its request was cancelled with the pager');
      assert.equal(await tasks.loadNextPage(), 'discarded');
    });

    it('reports a failed page asked ahead when its turn comes, and asks for it again on the next call', async () => {
      const tasks = readingAhead();
      await tasks.loadNextPage();
      fake().onRequest((request) => {
        if (request.query.offset === '20' && listRequests().filter((r) => r.query.offset === '20').length === 1) {
          fake().failNext(1, { status: 400, type: 'invalid-input' });
        }
      });
      assert.equal(await tasks.loadNextPage(), 'loaded');
      assert.equal(await tasks.loadNextPage(), 'failed');
      assert.equal((tasks.error as { status?: number }).status, 400);
      assert.equal(await tasks.loadNextPage(), 'loaded');
      assert.equal(tasks.items.length, 25);
      assert.deepEqual(listRequests().map((r) => r.query.offset), ['0', '10', '20', '20']);
    });
  });

  describe('prepend and replace (a task\'s runs, newest first)', () => {
    function runPager(taskId: string, pageSize = 10) {
      const { client } = clientFor(fake());
      return new Pager<Run>({ source: (request) => client.listTaskRuns({ taskId, ...request }), pageSize, descending: true });
    }
    const runRequests = () => fake().requests.filter((r) => /^\/v2\/actor-tasks\/[^/]+\/runs$/.test(r.path));

    it('prepend puts a new run first, counts it in the total and moves the next page on by one, so nothing repeats or goes missing', async () => {
      const task = fake().tasks[0];
      const runs = runPager(task.id);
      await runs.loadNextPage();
      const total = runs.total!;
      const started = fake().createRun(task.id, { plan: { finishAfterMs: null } });
      assert.equal(runs.prepend({ id: started.id, status: started.status }), true);
      assert.equal(runs.items[0].id, started.id);
      assert.equal(runs.items.length, 11);
      assert.equal(runs.total, total + 1);
      await runs.loadNextPage();
      assert.equal(runRequests().at(-1)?.query.offset, '11');
      const expected = [...fake().runsOf(task.id)].reverse().slice(0, 21).map((run) => run.id);
      assert.deepEqual(runs.items.map((run) => run.id), expected);
    });

    it('prepend keeps ids unique: a run already loaded is not added again', async () => {
      const runs = runPager(fake().tasks[0].id);
      await runs.loadNextPage();
      const first = runs.items[0];
      assert.equal(runs.prepend({ ...first }), false);
      assert.equal(runs.items.length, 10);
      assert.equal(runs.items.filter((run) => run.id === first.id).length, 1);
    });

    it('replace swaps in a newer state of a loaded run in its place, and nothing else', async () => {
      const runs = runPager(fake().tasks[0].id);
      await runs.loadNextPage();
      const third = runs.items[2];
      assert.equal(runs.replace({ ...third, status: 'ABORTED' }), true);
      assert.equal(runs.items[2].status, 'ABORTED');
      assert.equal(runs.items.length, 10);
      assert.equal(runs.replace({ id: 'notLoaded00000000', status: 'SUCCEEDED' }), false);
      assert.equal(runs.items.length, 10);
    });

    it('after dispose, neither adds nor replaces', () => {
      const runs = runPager(fake().tasks[0].id);
      runs.dispose();
      assert.equal(runs.prepend({ id: 'abcdefghijklmnopq', status: 'RUNNING' }), false);
      assert.equal(runs.items.length, 0);
    });
  });
});
