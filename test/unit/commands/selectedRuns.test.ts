import * as assert from 'node:assert/strict';
import { selectedRuns } from '../../../src/commands/selectedRuns';

const task = { id: 'TaskAAAAAAAAAAAAA', name: 'my-task' };
const runRow = (id: string) => ({ kind: 'run', run: { id, status: 'SUCCEEDED' }, task });
const taskRow = { kind: 'task', task };
const loadMore = { kind: 'loadMore' };

describe('selectedRuns', () => {
  const a = runRow('RunAAAAAAAAAAAAAA');
  const b = runRow('RunBBBBBBBBBBBBBB');
  const c = runRow('RunCCCCCCCCCCCCCC');
  const ids = (targets: ReturnType<typeof selectedRuns>) => targets.map((target) => target.run.id);

  it('acts on the clicked row with its task', () => {
    assert.deepEqual(selectedRuns(a, [a]), [{ run: a.run, task }]);
    assert.deepEqual(ids(selectedRuns(a, undefined)), [a.run.id]);
  });

  it('acts on every selected run row, in selection order, when the clicked row is among them', () => {
    assert.deepEqual(ids(selectedRuns(b, [c, b, a])), [c.run.id, b.run.id, a.run.id]);
  });

  it('acts on the clicked row alone when it is outside the selection', () => {
    assert.deepEqual(ids(selectedRuns(c, [a, b])), [c.run.id]);
  });

  it('ignores task rows, special rows and anything that is not a run row', () => {
    assert.deepEqual(ids(selectedRuns(taskRow, [taskRow, a, loadMore, 'x', null])), [a.run.id]);
    assert.deepEqual(selectedRuns(undefined, undefined), []);
    assert.deepEqual(selectedRuns(taskRow, [taskRow]), []);
    assert.deepEqual(selectedRuns({ viewSelection: true }, undefined), []);
  });

  it('ignores run rows whose ID is not an Apify ID (it would reach the clipboard or a URL)', () => {
    const hostile = { kind: 'run', run: { id: 'x\n rm -rf ~', status: 'SUCCEEDED' }, task };
    assert.deepEqual(ids(selectedRuns(hostile, [hostile, a])), [a.run.id]);
  });
});
