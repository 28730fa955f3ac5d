import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import type { TaskPage } from '../../../src/api/types';
import { MAX_PLAUSIBLE_TOTAL, validatePage, type PageQuery } from '../../../src/api/validatePage';
import { TASK_SHORT_FIELDS } from '../../../src/api/validateTaskShort';
import {
  HOSTILE_IDS, INCONSISTENT_ENVELOPES, MALFORMED_ENVELOPES, MALFORMED_ITEMS, page, queryFor, task,
  TOLERATED_ENVELOPES, TOLERATED_ITEMS, VALID_PAGES, type Sample,
} from './taskPageSamples';

const FIRST_PAGE: PageQuery = { offset: 0, limit: 1000, desc: false };

function validateTasks(body: unknown, query: PageQuery = FIRST_PAGE): TaskPage {
  return validatePage(body, TASK_SHORT_FIELDS, query, 'task list');
}

function envelopeProblems(sample: Sample): readonly string[] {
  try {
    validateTasks(sample.body, queryFor(sample));
  } catch (error) {
    assert.ok(error instanceof ApifyInvalidResponseError, `unexpected ${String(error)}`);
    assert.equal(error.kind, 'invalid-response');
    assert.equal(error.retryable, false, 'a well-formed JSON body with the wrong shape is not retried');
    return error.problems;
  }
  assert.fail('expected the page to be rejected');
}

describe('validatePage (task list)', () => {
  for (const sample of VALID_PAGES) {
    it(`accepts ${sample.name}`, () => {
      const result = validateTasks(sample.body, queryFor(sample));
      assert.deepEqual(result.rejected, []);
      const data = (sample.body as { data: { items: unknown[]; count: number } }).data;
      assert.equal(result.items.length, data.items.length);
      assert.equal(result.count, data.count);
    });
  }

  for (const sample of [...MALFORMED_ENVELOPES, ...INCONSISTENT_ENVELOPES]) {
    it(`fails the whole page for ${sample.name}, naming the problem`, () => {
      const problems = envelopeProblems(sample);
      assert.ok(problems.some((p) => sample.expect!.test(p)), `problems were: ${problems.join(' | ')}`);
    });
  }

  for (const sample of TOLERATED_ENVELOPES) {
    it(`shows the page for ${sample.name}, with that field unknown`, () => {
      const result = validateTasks(sample.body, queryFor(sample));
      const [field, value] = sample.shows!;
      assert.deepEqual((result as unknown as Record<string, unknown>)[field], value);
      assert.deepEqual(result.rejected, []);
    });
  }

  it(`treats an implausible total (10^15) as unknown rather than showing it`, () => {
    const result = validateTasks(page([task()], { total: 10 ** 15 }));
    assert.equal(result.total, undefined);
    assert.equal(validateTasks(page([task()], { total: MAX_PLAUSIBLE_TOTAL })).total, MAX_PLAUSIBLE_TOTAL);
  });

  for (const sample of MALFORMED_ITEMS) {
    it(`keeps the page but rejects the item for ${sample.name}`, () => {
      const result = validateTasks(sample.body);
      assert.equal(result.items.length, 1);
      assert.equal(result.count, 2, 'count is the raw number of items');
      assert.equal(result.rejected.length, 1);
      assert.equal(result.rejected[0]!.index, 1);
      assert.match(result.rejected[0]!.reason, sample.expect!);
    });
  }

  for (const sample of TOLERATED_ITEMS) {
    it(`shows the item for ${sample.name} (a field the extension does not need)`, () => {
      const result = validateTasks(sample.body);
      assert.deepEqual(result.rejected, []);
      assert.equal(result.items.length, 2);
      const [field, value] = sample.shows!;
      const shown = result.items[1] as unknown as Record<string, unknown>;
      assert.deepEqual(shown[field], value);
      if (value === undefined) assert.equal(field in shown, false, `${field} is left out, not set to undefined`);
    });
  }

  for (const id of HOSTILE_IDS) {
    it(`rejects the item whose ID is ${JSON.stringify(id).slice(0, 40)}, without repeating the ID`, () => {
      const result = validateTasks(page([task({}, 0), task({ id }, 1)]));
      assert.deepEqual(result.items.map((t) => t.id), ['task0000000000000']);
      assert.equal(result.rejected.length, 1);
      assert.match(result.rejected[0]!.reason, /^items\[1\]\.id: not an Apify ID/);
      if (id.length > 2) assert.ok(!result.rejected[0]!.reason.includes(id));
    });
  }

  it('reports every problem of an item in one reason, and only the ones that matter', () => {
    const result = validateTasks(page([task({ name: 1, id: undefined, userId: undefined, stats: 'x' })]));
    assert.equal(result.rejected[0]!.reason, 'items[0].id: missing; items[0].name: expected a string, got number 1');
  });

  it('keeps the first of duplicate IDs and rejects the later ones', () => {
    const items = [task({ name: 'first' }, 1), task({ name: 'other' }, 2), task({ name: 'again' }, 1), task({ name: 'and again' }, 1)];
    const result = validateTasks(page(items));
    assert.deepEqual(result.items.map((t) => t.name), ['first', 'other']);
    assert.deepEqual(result.rejected.map((r) => r.index), [2, 3]);
    assert.match(result.rejected[0]!.reason, /^items\[2\]\.id: duplicate of items\[0\]\.id "task0000000000001"$/);
  });

  it('keeps nulls as nulls and absent fields absent, and drops unknown fields', () => {
    const result = validateTasks(page([task({ actName: null, stats: null, username: undefined, secret: 'x' }), task({ stats: { totalRuns: 3, other: 1 } }, 1)]));
    const [withNulls, withStats] = result.items;
    assert.equal(withNulls!.actName, null);
    assert.equal(withNulls!.stats, null);
    assert.equal('username' in withNulls!, false);
    assert.equal('secret' in withNulls!, false);
    assert.deepEqual(withStats!.stats, { totalRuns: 3 });
  });

  it('returns the envelope fields', () => {
    const result = validateTasks(page([task()], { total: 40, offset: 10, limit: 10, desc: true }), { offset: 10, limit: 10, desc: true });
    assert.deepEqual({ ...result, items: [], rejected: [] }, { total: 40, offset: 10, limit: 10, desc: true, count: 1, items: [], rejected: [] });
  });

  it('lists every envelope problem, and the message shows the first ones', () => {
    try {
      validateTasks({ data: { total: 'a', offset: 'b', limit: 'c', desc: 'd', count: 'e', items: 'f' } });
      assert.fail('expected a rejection');
    } catch (error) {
      assert.ok(error instanceof ApifyInvalidResponseError);
      assert.equal(error.problems.length, 4);
      assert.match(error.message, /task list page the extension cannot use: data\.items: expected an array, got string.*\(and 1 more\)/);
    }
  });
});
