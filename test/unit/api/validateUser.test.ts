import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { validateUser } from '../../../src/api/validateUser';

describe('validateUser', () => {
  it('reads username and id, ignoring the rest', () => {
    assert.deepEqual(validateUser({ data: { id: 'YiKoxjkaS9gjGTqhF', username: 'jane', plan: {} } }), { id: 'YiKoxjkaS9gjGTqhF', username: 'jane' });
  });

  it('accepts a user without id (the schema does not require it)', () => {
    assert.deepEqual(validateUser({ data: { username: 'jane' } }), { username: 'jane' });
  });

  it('leaves out an id that is not an Apify ID rather than refusing the account', () => {
    assert.deepEqual(validateUser({ data: { username: 'jane', id: 5 } }), { username: 'jane' });
    assert.deepEqual(validateUser({ data: { username: 'jane', id: 'a\nb' } }), { username: 'jane' });
  });

  for (const [body, problem] of [
    [{}, /data: missing/],
    [{ data: [] }, /data: expected an object, got array/],
    [{ data: { id: 'x' } }, /data\.username: missing/],
    [{ data: { username: null } }, /data\.username: expected a string, got null/],
  ] as const) {
    it(`rejects ${JSON.stringify(body)}`, () => {
      assert.throws(() => validateUser(body), (e: unknown) => e instanceof ApifyInvalidResponseError && problem.test(e.message));
    });
  }
});
