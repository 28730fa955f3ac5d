// Which rows follow a paged list's items: decided from the pager's state alone, in plain Node.
import * as assert from 'node:assert/strict';
import { specialRowsOf, type PagerState } from '../../../src/tree/specialRows';

function state(overrides: Partial<PagerState>): PagerState {
  return { items: [], rejected: [], total: undefined, loading: false, error: undefined, hasMore: false, ...overrides };
}

describe('specialRowsOf', () => {
  it('offers Load more while the server has more, with the counts and whether it is loading', () => {
    assert.deepEqual(specialRowsOf(state({ items: [1, 2], total: 5, hasMore: true })),
      [{ kind: 'loadMore', loaded: 2, total: 5, loading: false }]);
    assert.deepEqual(specialRowsOf(state({ items: [1, 2], total: 5, hasMore: true, loading: true })),
      [{ kind: 'loadMore', loaded: 2, total: 5, loading: true }]);
  });

  it('shows an error instead of Load more, keeping the items', () => {
    const error = new Error('boom');
    assert.deepEqual(specialRowsOf(state({ items: [1], total: 5, hasMore: true, error })), [{ kind: 'error', error }]);
  });

  it('says the list is empty when the server has no items', () => {
    assert.deepEqual(specialRowsOf(state({ total: 0 })), [{ kind: 'empty' }]);
  });

  it('shows nothing after a complete list', () => {
    assert.deepEqual(specialRowsOf(state({ items: [1, 2, 3], total: 3 })), []);
  });

  it('counts items that could not be shown, before the other special row', () => {
    assert.deepEqual(specialRowsOf(state({ items: [1], rejected: ['bad id'], total: 3, hasMore: true })), [
      { kind: 'rejected', count: 1, reasons: ['bad id'] },
      { kind: 'loadMore', loaded: 1, total: 3, loading: false },
    ]);
  });

  it('says the list changed when the total exceeds what was shown or rejected after the end', () => {
    assert.deepEqual(specialRowsOf(state({ items: [1, 2], rejected: ['x'], total: 7 })), [
      { kind: 'rejected', count: 1, reasons: ['x'] },
      { kind: 'changed', missing: 4 },
    ]);
  });
});
