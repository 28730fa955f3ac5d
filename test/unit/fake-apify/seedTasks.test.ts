import * as assert from 'node:assert/strict';
import { checkTaskShort } from '../../../src/api/validateTaskShort';
import { EDGE_CASES, LONG_NAME, ORDINARY_LEAD } from '../../fake-apify/edgeCaseTasks';
import { demoTasks, generateTasks, TaskGenerator } from '../../fake-apify/seedTasks';

describe('seedTasks', () => {
  it('is deterministic: the same seed gives the same tasks, another seed others', () => {
    assert.deepEqual(generateTasks(50, { seed: 7 }), generateTasks(50, { seed: 7 }));
    assert.deepEqual(generateTasks(10, { seed: 'abc' }), generateTasks(10, { seed: 'abc' }));
    assert.notDeepEqual(generateTasks(50, { seed: 7 }).map((t) => t.id), generateTasks(50, { seed: 8 }).map((t) => t.id));
  });

  it('is stable across runs and machines (pinned values for seed 1)', () => {
    const [first] = generateTasks(3, { seed: 1 });
    assert.deepEqual([first!.id, first!.name, first!.createdAt], ['JUECwYPJyT3gaqVPh', 'flight-fares-test-1', '2022-01-03T17:41:24.817Z']);
  });

  it('makes unique 17-character alphanumeric IDs like Apify', () => {
    const tasks = generateTasks(500);
    for (const task of tasks) for (const id of [task.id, task.userId, task.actId]) assert.match(id!, /^[A-Za-z0-9]{17}$/);
    assert.equal(new Set(tasks.map((t) => t.id)).size, 500);
  });

  it('has strictly increasing createdAt and modifiedAt ≥ createdAt, in the past-ish range even for long lists', () => {
    const tasks = generateTasks(10_000);
    tasks.forEach((task, i) => {
      assert.ok(task.modifiedAt! >= task.createdAt!, task.id);
      if (i > 0) assert.ok(task.createdAt! > tasks[i - 1]!.createdAt!, `task ${i}`);
    });
    assert.ok(tasks.at(-1)!.createdAt! < '2025-06-01');
  });

  it('uses several actors and usernames', () => {
    const tasks = generateTasks(100, { style: 'demo' });
    assert.ok(new Set(tasks.map((t) => t.actName)).size >= 4);
    assert.ok(new Set(tasks.map((t) => t.actUsername)).size >= 3);
    assert.ok(new Set(tasks.map((t) => t.username)).size >= 2);
  });

  it('starts with ordinary tasks, then spreads every edge case through the default 25', () => {
    const tasks = generateTasks(25);
    const ordinary = generateTasks(25, { style: 'demo' });
    assert.deepEqual(tasks.slice(0, ORDINARY_LEAD), ordinary.slice(0, ORDINARY_LEAD));
    const names = tasks.map((t) => t.name);
    for (const expected of ['<img src=x onerror=alert(1)>', '**bold** [link](https://example.com)', '[run](command:workbench.action.quit)', LONG_NAME]) {
      assert.ok(names.includes(expected), expected.slice(0, 40));
    }
    assert.ok(names.some((n) => /[\u0600-\u06FF]/.test(n)), 'Arabic');
    assert.ok(names.some((n) => /[\u0590-\u05FF]/.test(n)), 'Hebrew');
    assert.ok(names.some((n) => /[\u4E00-\u9FFF]/.test(n)), 'CJK');
    assert.ok(names.some((n) => /\p{Extended_Pictographic}/u.test(n)), 'emoji');
    assert.ok(names.some((n) => /[éèü]/.test(n)), 'accents');
    assert.ok(LONG_NAME.length > 4000);
    for (const key of ['actName', 'username', 'actUsername', 'stats'] as const) {
      assert.ok(tasks.some((t) => t[key] === null), `${key}: null`);
      assert.ok(tasks.some((t) => !(key in t)), `${key}: absent`);
    }
    const special = tasks.filter((t, i) => JSON.stringify(t) !== JSON.stringify(ordinary[i]));
    assert.equal(special.length, EDGE_CASES.length);
  });

  it('spreads edge cases thinly through long lists', () => {
    const tasks = generateTasks(300);
    const ordinary = generateTasks(300, { style: 'demo' });
    const specialIndexes = tasks.flatMap((t, i) => (JSON.stringify(t) !== JSON.stringify(ordinary[i]) ? [i] : []));
    assert.equal(specialIndexes.length, EDGE_CASES.length);
    assert.ok(specialIndexes.at(-1)! > 250, 'reaches the end of the list');
  });

  it('demo tasks are realistic: no nulls, slug-like names', () => {
    for (const task of demoTasks(200)) {
      assert.match(task.name, /^[a-z0-9-]+$/);
      assert.ok(task.actName && task.username && task.actUsername && task.stats);
    }
  });

  it('every generated task satisfies the client validator (TaskShort)', () => {
    generateTasks(300).forEach((task, i) => assert.equal(checkTaskShort(task, `tasks[${i}]`).ok, true, JSON.stringify(task).slice(0, 200)));
  });

  it('continues the list with newer tasks (addTasks)', () => {
    const generator = new TaskGenerator(10);
    const first = Array.from({ length: 10 }, () => generator.next());
    const more = Array.from({ length: 5 }, () => generator.next());
    assert.ok(more[0]!.createdAt! > first[9]!.createdAt!);
    assert.deepEqual(first, generateTasks(10));
  });
});
