// GET /v2/datasets/{id}/items over real HTTP: clean, offset, limit, desc and the pagination headers.
import * as assert from 'node:assert/strict';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi } from './rawRequest';

describe('fake API: dataset items', () => {
  const fake = useFakeApify({ taskCount: 3, newRunPlan: { finishAfterMs: null } });
  const call = (path: string) => callApi(fake().url, fake().token, 'GET', path);
  const newRun = () => fake().createRun(fake().tasks[0]!.id);

  it('returns the items as a JSON array with X-Apify-Pagination-* headers', async () => {
    const run = newRun();
    fake().addDatasetItems(run.id, [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const answer = await call(`/v2/datasets/${run.defaultDatasetId}/items?offset=1&limit=1`);
    assert.deepEqual(answer.body, [{ a: 2 }]);
    assert.deepEqual(
      ['offset', 'limit', 'count', 'total'].map((h) => answer.headers[`x-apify-pagination-${h}`]),
      ['1', '1', '1', '3'],
    );
  });

  it('clean=1 drops hidden (#) fields and empty items; without it they stay', async () => {
    const run = newRun();
    fake().addDatasetItems(run.id, [{ a: 1, '#debug': 'x' }, {}, { b: 2 }]);
    assert.deepEqual((await call(`/v2/datasets/${run.defaultDatasetId}/items?clean=1`)).body, [{ a: 1 }, { b: 2 }]);
    assert.deepEqual((await call(`/v2/datasets/${run.defaultDatasetId}/items`)).body, [{ a: 1, '#debug': 'x' }, {}, { b: 2 }]);
    assert.equal((await call(`/v2/datasets/${run.defaultDatasetId}/items?clean=true`)).headers['x-apify-pagination-total'], '2');
  });

  it('desc=1 reverses; an empty dataset is []; an unknown dataset is 404', async () => {
    const run = newRun();
    assert.deepEqual((await call(`/v2/datasets/${run.defaultDatasetId}/items`)).body, []);
    fake().addDatasetItems(run.id, [{ n: 1 }, { n: 2 }]);
    assert.deepEqual((await call(`/v2/datasets/${run.defaultDatasetId}/items?desc=1`)).body, [{ n: 2 }, { n: 1 }]);
    assert.equal((await call('/v2/datasets/nope/items')).status, 404);
  });

  it('a huge dataset serves what limit asks and reports the whole total', async () => {
    const run = newRun();
    fake().addHugeDataset(run.id, 120_000);
    const answer = await call(`/v2/datasets/${run.defaultDatasetId}/items?clean=1&limit=1000`);
    assert.equal(answer.body.length, 1000);
    assert.equal(answer.headers['x-apify-pagination-total'], '120000');
  });

  it("seeded runs' datasets hold items, some hostile", async () => {
    const runs = fake().runsOf(fake().tasks[0]!.id);
    const bodies = await Promise.all(runs.map((r) => call(`/v2/datasets/${r.defaultDatasetId}/items`)));
    const items = bodies.flatMap((b) => b.body as unknown[]);
    assert.ok(items.length > 0);
    assert.ok(items.some((item) => JSON.stringify(item).includes('onmouseover')));
  });
});
