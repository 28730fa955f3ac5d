// Row ids: no item, whatever its ID, can take a special row's id, at any level.
import * as assert from 'node:assert/strict';
import { itemRowId, itemSegment, specialRowId } from '../../../src/tree/rowIds';

describe('row ids', () => {
  it('uses an Apify ID as it is', () => {
    assert.equal(itemRowId('', 'aBc-1_2.3~x'), 'aBc-1_2.3~x');
    assert.equal(itemRowId('task1', 'run1'), 'task1/run1');
  });

  it('builds special rows from their owner: /:loadMore at the root, <taskId>/:loadMore under a task', () => {
    assert.equal(specialRowId('', 'loadMore'), '/:loadMore');
    assert.equal(specialRowId(itemRowId('', 'task1'), 'loadMore'), 'task1/:loadMore');
  });

  it('never gives an item a special row id, even for hostile IDs', () => {
    const kinds = ['loadMore', 'error', 'empty', 'rejected', 'changed'];
    const hostile = ['apifyTasks:loadMore', '/:loadMore', ':loadMore', 'loadMore', '/loadMore', 'task1/:loadMore', 'a/b', '%2F', '%3AloadMore', ''];
    const special = new Set([...kinds.map((kind) => specialRowId('', kind)), ...kinds.map((kind) => specialRowId('task1', kind))]);
    for (const id of hostile) {
      assert.ok(!special.has(itemRowId('', id)), `task ${JSON.stringify(id)} took a special row id`);
      assert.ok(!special.has(itemRowId('task1', id)), `run ${JSON.stringify(id)} took a special row id`);
    }
  });

  it('gives distinct IDs distinct segments, with no / or : in them', () => {
    const ids = ['a/b', 'a%2Fb', 'a:b', 'a%3Ab', 'a b', 'a%20b'];
    const segments = ids.map(itemSegment);
    assert.equal(new Set(segments).size, ids.length);
    for (const segment of segments) assert.doesNotMatch(segment, /[/:]/);
  });
});
