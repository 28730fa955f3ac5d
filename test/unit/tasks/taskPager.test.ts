// TaskPager is the generic Pager over the client's task list (its behaviour is tested in
// test/unit/paging/pager.test.ts); here only that the specialisation is wired as the tree expects.
import * as assert from 'node:assert/strict';
import { Pager } from '../../../src/paging/pager';
import { TaskPager } from '../../../src/tasks/taskPager';
import { clientFor, useFakeApify } from '../fakeApifyFixture';

describe('TaskPager', () => {
  const fake = useFakeApify({ taskCount: 12 });

  it('pages the task list with the lister, page size and order it was given', async () => {
    const tasks = new TaskPager({ lister: clientFor(fake()).client, pageSize: 5, descending: true });
    assert.ok(tasks instanceof Pager);
    assert.equal(tasks.descending, true);
    while (tasks.hasMore) assert.equal(await tasks.loadNextPage(), 'loaded');
    assert.deepEqual(tasks.items.map((t) => t.id), fake().tasks.map((t) => t.id).reverse());
    assert.deepEqual(fake().requests.map((r) => [r.query.offset, r.query.limit, r.query.desc]), [['0', '5', '1'], ['5', '5', '1'], ['10', '5', '1']]);
    assert.equal(await tasks.loadNextPage(), 'complete');
  });
});
