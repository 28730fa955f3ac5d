import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { describeNonJson, looksTruncated, parseJsonBody } from '../../../src/api/parseJsonBody';

describe('parseJsonBody', () => {
  it('parses JSON', () => {
    assert.deepEqual(parseJsonBody('{"data":{"a":[1,"}"]}}', 'application/json'), { data: { a: [1, '}'] } });
  });

  it('says when the body is empty', () => {
    assert.match(describeNonJson('  ', 'application/json') ?? '', /empty/);
  });

  it('says when an HTML page came instead of JSON, by content type or by content', () => {
    assert.match(describeNonJson('<html><body>Login</body></html>', null) ?? '', /HTML page/);
    assert.match(describeNonJson('Proxy error', 'text/html; charset=utf-8') ?? '', /HTML page/);
  });

  it('says when the body was cut off', () => {
    const full = JSON.stringify({ data: { items: [{ name: 'a "quoted" \\ name' }] } });
    for (let cut = 1; cut < full.length; cut += 7) {
      assert.equal(looksTruncated(full.slice(0, cut)), true, full.slice(0, cut));
    }
    assert.match(describeNonJson(full.slice(0, 20), 'application/json') ?? '', /truncated/);
  });

  it('tells broken JSON from cut-off JSON', () => {
    assert.equal(looksTruncated('{"a": tru}'), false);
    assert.match(describeNonJson('{"a": tru}', 'application/json') ?? '', /not valid JSON/);
    assert.match(describeNonJson('hello', 'text/plain') ?? '', /not valid JSON/);
  });

  it('throws a transient (retryable) invalid-response error', () => {
    assert.throws(
      () => parseJsonBody('{"data":', 'application/json'),
      (error: unknown) => error instanceof ApifyInvalidResponseError && error.retryable && /truncated/.test(error.message),
    );
  });
});
