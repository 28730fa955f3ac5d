import * as assert from 'node:assert/strict';
import { taskIdOfPath, taskInputPath } from '../../../src/input/taskInputPath';

describe('taskInputPath', () => {
  it('names the task by ID and a safe name, and reads the ID back', () => {
    assert.equal(taskInputPath('KJHSKHausidyaJKHs', 'my-task'), '/KJHSKHausidyaJKHs/my-task.input.json');
    assert.equal(taskIdOfPath('/KJHSKHausidyaJKHs/my-task.input.json'), 'KJHSKHausidyaJKHs');
  });

  it('keeps path separators, controls and bidi overrides out of the name', () => {
    const path = taskInputPath('KJHSKHausidyaJKHs', '../../etc\\passwd\n\u202egnp.exe');
    assert.equal(path.split('/').length, 3);
    assert.doesNotMatch(path, /[\\\n\u202e]|\.\./);
    assert.equal(taskIdOfPath(path), 'KJHSKHausidyaJKHs');
    assert.equal(taskInputPath('KJHSKHausidyaJKHs', '...'), '/KJHSKHausidyaJKHs/task.input.json');
  });

  it('reads no ID from other paths', () => {
    for (const path of ['/', '/x', '/a b/c.input.json', '/KJHSKHausidyaJKHs/a/b.input.json', '/KJHSKHausidyaJKHs/a.json']) assert.equal(taskIdOfPath(path), undefined, path);
  });
});
