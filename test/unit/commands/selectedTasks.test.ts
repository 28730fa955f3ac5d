// The selection rule of row commands, in plain Node.
import * as assert from 'node:assert/strict';
import type { TaskShort } from '../../../src/api/types';
import { isViewSelectionRequest, selectedTasks } from '../../../src/commands/selectedTasks';

const task = (id: string) => ({ id, name: id }) as TaskShort;
const row = (id: string) => ({ kind: 'task', task: task(id) });
const loadMore = { kind: 'loadMore' };

describe('selectedTasks', () => {
  it('acts on the clicked row when nothing else is selected', () => {
    assert.deepEqual(selectedTasks(row('a'), undefined).map((t) => t.id), ['a']);
  });

  it('acts on every selected task when the clicked row is one of them, in selection order', () => {
    assert.deepEqual(selectedTasks(row('b'), [row('c'), row('b'), row('a')]).map((t) => t.id), ['c', 'b', 'a']);
  });

  it('acts on the clicked row alone when it is outside the selection', () => {
    assert.deepEqual(selectedTasks(row('z'), [row('a'), row('b')]).map((t) => t.id), ['z']);
  });

  it('ignores rows that are not tasks, and anything that only looks like a row', () => {
    assert.deepEqual(selectedTasks(loadMore, [loadMore, row('a'), { kind: 'task' }, null, 'x']).map((t) => t.id), ['a']);
    assert.deepEqual(selectedTasks(undefined, undefined), []);
  });
});

describe('isViewSelectionRequest', () => {
  it('recognises only the keybinding argument', () => {
    assert.equal(isViewSelectionRequest({ viewSelection: true }), true);
    assert.equal(isViewSelectionRequest({ viewSelection: 'true' }), false);
    assert.equal(isViewSelectionRequest(row('a')), false);
    assert.equal(isViewSelectionRequest(undefined), false);
  });
});
