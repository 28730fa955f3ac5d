// Each error says what happened (issue 9.18).
import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError, ApifyTimeoutError } from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

describe('ApifyClient error wording', () => {
  const fake = useFakeApify();
  const list = (options: Parameters<typeof clientFor>[1] = {}) => clientFor(fake(), options).client.listTasks({ offset: 0, limit: 10, desc: false });

  it('after several timed-out attempts, says it gave up after N attempts over T s (not "within" the last attempt\'s time)', async () => {
    fake().failNext(20, { kind: 'stall', ms: 5_000 });
    const error = await rejectionOf(list({ retry: { maxAttempts: 5, attemptTimeoutMs: 300, totalBudgetMs: 700 } }));
    assert.ok(error instanceof ApifyTimeoutError, String(error));
    const attempts = fake().requests.length;
    assert.ok(attempts >= 2);
    assert.match(error.message, new RegExp(`^The Apify API did not answer in time; gave up after ${attempts} attempts over 0\\.[6-9] s\\.$`));
  });

  it('a single timed-out attempt says how long it waited', async () => {
    fake().failNext(1, { kind: 'stall', ms: 5_000 });
    const error = await rejectionOf(list({ retry: { maxAttempts: 1, attemptTimeoutMs: 300 } }));
    assert.ok(error instanceof ApifyTimeoutError);
    assert.equal(error.message, 'The Apify API did not answer within 0.3 s.');
  });

  it('a Content-Length shorter than the body is named, not called an empty or truncated body', async () => {
    const body = JSON.stringify({ data: { total: 1, offset: 0, limit: 10, desc: false, count: 0, items: [] } });
    fake().failNext(1, { kind: 'body', body, headers: { 'content-length': '20' } });
    const error = await rejectionOf(list({ retry: { maxAttempts: 1 } }));
    assert.ok(error instanceof ApifyInvalidResponseError, String(error));
    // Depending on timing the client sees the 20 bytes (a JSON document that ends early) or, when the
    // extra bytes break the connection first, fewer; either way the Content-Length is named.
    assert.match(error.message, /(the JSON ends early: the response stopped after the 20 bytes its Content-Length header announced \(the header may be too short\))|(the response ended after \d+ of the 20 bytes its Content-Length announced \(the connection closed early, or the server sent more than it announced\))/);
    assert.doesNotMatch(error.message, /empty|truncated/);
  });

  it('a Content-Length of 0 says so', async () => {
    fake().failNext(1, { kind: 'body', body: '{"data":{}}', headers: { 'content-length': '0' } });
    const error = await rejectionOf(list({ retry: { maxAttempts: 1 } }));
    assert.match((error as Error).message, /the response body is empty \(its Content-Length is 0\)/);
  });

  it('a total of 10^15 is not shown as such: the page is shown with the total unknown', async () => {
    fake().failNext(1, { kind: 'body', body: { data: { total: 10 ** 15, offset: 0, limit: 10, desc: false, count: 1, items: [fake().tasks[0]] } } });
    const page = await list();
    assert.equal(page.total, undefined);
    assert.equal(page.items.length, 1);
  });
});
