import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { validateTaskPage } from '../../../src/api/validateTaskPage';
import { INCONSISTENT_ENVELOPES, MALFORMED_ENVELOPES, MALFORMED_ITEMS, page, task, VALID_PAGES } from './taskPageSamples';

function envelopeProblems(body: unknown): readonly string[] {
  try {
    validateTaskPage(body);
  } catch (error) {
    assert.ok(error instanceof ApifyInvalidResponseError, `unexpected ${String(error)}`);
    assert.equal(error.kind, 'invalid-response');
    assert.equal(error.retryable, false, 'a well-formed JSON body with the wrong shape is not retried');
    return error.problems;
  }
  assert.fail('expected the page to be rejected');
}

describe('validateTaskPage', () => {
  for (const sample of VALID_PAGES) {
    it(`accepts ${sample.name}`, () => {
      const result = validateTaskPage(sample.body);
      assert.deepEqual(result.rejected, []);
      const data = (sample.body as { data: { items: unknown[]; count: number } }).data;
      assert.equal(result.items.length, data.items.length);
      assert.equal(result.count, data.count);
    });
  }

  for (const sample of [...MALFORMED_ENVELOPES, ...INCONSISTENT_ENVELOPES]) {
    it(`fails the whole page for ${sample.name}, naming the problem`, () => {
      const problems = envelopeProblems(sample.body);
      assert.ok(problems.some((p) => sample.expect!.test(p)), `problems were: ${problems.join(' | ')}`);
    });
  }

  for (const sample of MALFORMED_ITEMS) {
    it(`keeps the page but rejects the item for ${sample.name}`, () => {
      const result = validateTaskPage(sample.body);
      assert.equal(result.items.length, 1);
      assert.equal(result.count, 2, 'count is the raw number of items');
      assert.equal(result.rejected.length, 1);
      assert.equal(result.rejected[0]!.index, 1);
      assert.match(result.rejected[0]!.reason, sample.expect!);
    });
  }

  it('reports every problem of an item in one reason', () => {
    const result = validateTaskPage(page([task({ name: 1, userId: undefined, stats: 'x' })]));
    assert.equal(result.rejected[0]!.reason, 'items[0].userId: missing; items[0].name: expected a string, got number; items[0].stats: expected an object or null, got string');
  });

  it('keeps the first of duplicate IDs and rejects the later ones', () => {
    const items = [task({ name: 'first' }, 1), task({ name: 'other' }, 2), task({ name: 'again' }, 1), task({ name: 'and again' }, 1)];
    const result = validateTaskPage(page(items));
    assert.deepEqual(result.items.map((t) => t.name), ['first', 'other']);
    assert.deepEqual(result.rejected.map((r) => r.index), [2, 3]);
    assert.match(result.rejected[0]!.reason, /^items\[2\]\.id: duplicate of items\[0\]\.id "task0000000000001"$/);
  });

  it('keeps nulls as nulls and absent fields absent, and drops unknown fields', () => {
    const result = validateTaskPage(page([task({ actName: null, stats: null, username: undefined, secret: 'x' }), task({ stats: { totalRuns: 3, other: 1 } }, 1)]));
    const [withNulls, withStats] = result.items;
    assert.equal(withNulls!.actName, null);
    assert.equal(withNulls!.stats, null);
    assert.equal('username' in withNulls!, false);
    assert.equal('secret' in withNulls!, false);
    assert.deepEqual(withStats!.stats, { totalRuns: 3 });
  });

  it('returns the envelope fields', () => {
    const result = validateTaskPage(page([task()], { total: 40, offset: 10, limit: 10, desc: true }));
    assert.deepEqual({ ...result, items: [], rejected: [] }, { total: 40, offset: 10, limit: 10, desc: true, count: 1, items: [], rejected: [] });
  });

  it('lists every envelope problem, and the message shows the first ones', () => {
    try {
      validateTaskPage({ data: { total: 'a', offset: 'b', limit: 'c', desc: 'd', count: 'e', items: 'f' } });
      assert.fail('expected a rejection');
    } catch (error) {
      assert.ok(error instanceof ApifyInvalidResponseError);
      assert.equal(error.problems.length, 6);
      assert.match(error.message, /data\.total: expected an integer, got string.*\(and 3 more\)/);
    }
  });
});
