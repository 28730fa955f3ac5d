// Response validation end to end: bodies sent by the fake, checked by the client.
import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';
import { INCONSISTENT_ENVELOPES, MALFORMED_ENVELOPES, page, queryFor, task, type Sample } from './taskPageSamples';

describe('ApifyClient response validation', () => {
  const fake = useFakeApify();
  const list = (sample?: Sample) => {
    const query = sample ? queryFor(sample) : { offset: 0, limit: 10, desc: false };
    return clientFor(fake(), { retry: { maxAttempts: 2 } }).client.listTasks(query);
  };

  for (const sample of [...MALFORMED_ENVELOPES, ...INCONSISTENT_ENVELOPES]) {
    it(`fails the page with an invalid-response error for ${sample.name}`, async () => {
      fake().failNext(1, { kind: 'body', body: JSON.stringify(sample.body) });
      const error = await rejectionOf(list(sample));
      assert.ok(error instanceof ApifyInvalidResponseError, String(error));
      assert.ok(error.problems.some((p) => sample.expect!.test(p)), error.problems.join(' | '));
      assert.match(error.message, sample.expect!);
    });
  }

  it('says when a proxy answered 200 with an HTML page', async () => {
    fake().failNext(2, { kind: 'non-json' });
    const error = await rejectionOf(list());
    assert.ok(error instanceof ApifyInvalidResponseError);
    assert.match(error.message, /HTML page, not JSON/);
  });

  it('says when the body was truncated', async () => {
    fake().failNext(2, { kind: 'truncate' });
    const error = await rejectionOf(list());
    assert.match((error as Error).message, /truncated/);
  });

  it('says when the body is not JSON at all', async () => {
    fake().failNext(2, { kind: 'body', body: 'OK', contentType: 'text/plain' });
    const error = await rejectionOf(list());
    assert.match((error as Error).message, /not valid JSON/);
  });

  it('keeps valid items and reports invalid and duplicate ones', async () => {
    const body = page([task({}, 0), task({ name: 3 }, 1), task({ actName: null, stats: null }, 2), task({}, 0), null]);
    fake().failNext(1, { kind: 'body', body });
    const result = await list();
    assert.deepEqual(result.items.map((t) => t.id), ['task0000000000000', 'task0000000000002']);
    assert.deepEqual(result.rejected, [
      { index: 1, reason: 'items[1].name: expected a string, got number 3' },
      { index: 3, reason: 'items[3].id: duplicate of items[0].id "task0000000000000"' },
      { index: 4, reason: 'items[4]: expected an object, got null' },
    ]);
    assert.equal(result.count, 5);
    assert.equal(fake().requests.length, 1);
  });

  it('validates /v2/users/me too', async () => {
    fake().failNext(1, { kind: 'body', body: { data: { id: 'x' } } });
    const error = await rejectionOf(clientFor(fake()).client.getCurrentUser());
    assert.ok(error instanceof ApifyInvalidResponseError);
    assert.match(error.message, /data\.username: missing/);
  });
});
