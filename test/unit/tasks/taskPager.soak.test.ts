// The fault soak of issue 6.1 at the pager level, over several seeds: whatever fails and however
// often the caller retries, the pager ends with exactly the server's list, none twice.
// (test/integration/reliability/faultSoak.test.ts runs it through the view, clicking rows.)
import * as assert from 'node:assert/strict';
import { TaskPager } from '../../../src/tasks/taskPager';
import { soakFaults } from '../../fake-apify/soakFaults';
import { clientFor, useFakeApify } from '../fakeApifyFixture';

const FAULTS = soakFaults(500);
// Two attempts, a stall longer than an attempt may take, a budget "Retry-After: 1" overruns.
const RETRY = { maxAttempts: 2, attemptTimeoutMs: 100, totalBudgetMs: 600 };
const MAX_CALLS = 300;

describe('TaskPager under random faults', function () {
  this.timeout(20_000);
  const fake = useFakeApify({ taskCount: 2_000, style: 'demo' });

  /** Calls loadNextPage, as Load more and Retry do, until the list is complete; returns how many calls failed. */
  async function pageThrough(pager: TaskPager): Promise<number> {
    let failed = 0;
    for (let call = 0; call < MAX_CALLS; call++) {
      if (!pager.hasMore && pager.error === undefined) return failed;
      const outcome = await pager.loadNextPage();
      assert.equal(pager.loading, false);
      if (outcome === 'failed') failed++;
    }
    assert.fail(`not complete after ${MAX_CALLS} calls`);
  }

  for (const seed of [1, 2]) {
    it(`seed ${seed}: oldest first with tasks added meanwhile ends with exactly the server's list`, async () => {
      const server = fake();
      let requests = 0;
      server.onRequest((request) => {
        if (request.query.offset !== '0' && ++requests % 7 === 0) server.addTasks(2);
      });
      server.setRandomFaults({ rate: 0.3, faults: FAULTS, seed: `pager-${seed}` });
      const pager = new TaskPager({ lister: clientFor(server, { retry: RETRY }).client, pageSize: 50, descending: false });
      const failed = await pageThrough(pager);
      assert.ok(failed > 0, 'no call failed, so the retries were not exercised');
      assert.deepEqual(pager.items.map((task) => task.id), server.tasks.map((task) => task.id));
    });

    it(`seed ${seed}: newest first with tasks added meanwhile shows every task that existed, once, in order`, async () => {
      const server = fake();
      const existing = server.tasks.map((task) => task.id).reverse();
      let requests = 0;
      server.onRequest((request) => {
        if (request.query.offset !== '0' && ++requests % 7 === 0) server.addTasks(2);
      });
      server.setRandomFaults({ rate: 0.3, faults: FAULTS, seed: `pager-desc-${seed}` });
      const pager = new TaskPager({ lister: clientFor(server, { retry: RETRY }).client, pageSize: 50, descending: true });
      await pageThrough(pager);
      assert.ok(server.tasks.length > existing.length, 'no task was added while paging');
      assert.deepEqual(pager.items.map((task) => task.id), existing);
    });
  }
});
