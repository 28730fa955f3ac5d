import * as assert from 'node:assert/strict';
import { PICK_UP_WITHIN_MS, WATCHED_RUNS_KEY, WatchedRuns, type StateStore } from '../../../src/runs/watchedRuns';
import { formatRunDuration, runDurationMs } from '../../../src/runs/runDuration';

function memoryStore(initial?: unknown): StateStore & { value: unknown } {
  const store = {
    value: initial,
    get: <T>() => store.value as T,
    update: async (_key: string, value: unknown) => { store.value = value; },
  };
  return store;
}

describe('WatchedRuns: what a reload picks up', () => {
  const now = Date.parse('2026-01-02T12:00:00Z');
  const entry = (runId: string, ageMs: number) => ({ runId, taskId: 't', taskName: 'my-task', startedAt: now - ageMs });

  it('keeps IDs, the task and a time, and picks up only runs started within 24 hours', async () => {
    const store = memoryStore();
    const runs = new WatchedRuns(store, () => now);
    await runs.add(entry('recent', 1000));
    await runs.add(entry('old', PICK_UP_WITHIN_MS + 1));
    await runs.add(entry('recent', 1000));
    assert.deepEqual((store.value as { runId: string }[]).map((e) => e.runId), ['recent', 'old']);
    const picked = await new WatchedRuns(store, () => now).pickUp();
    assert.deepEqual(picked.map((e) => e.runId), ['recent']);
    assert.deepEqual(store.value, [entry('recent', 1000)]);
  });

  it('ignores stored entries of the wrong shape and drops extra fields', async () => {
    const store = memoryStore([entry('a', 0), { runId: 5 }, null, 'x', { ...entry('b', 0), token: 'secret' }]);
    const picked = await new WatchedRuns(store, () => now).pickUp();
    assert.deepEqual(picked, [entry('a', 0), entry('b', 0)]);
  });

  it('removing the last run or clearing leaves nothing stored under its key', async () => {
    const store = memoryStore();
    const runs = new WatchedRuns(store, () => now);
    await runs.add(entry('a', 0));
    await runs.remove('a');
    assert.equal(store.value, undefined);
    await runs.add(entry('b', 0));
    await runs.clear();
    assert.equal(store.value, undefined);
    assert.equal(WATCHED_RUNS_KEY, 'apifyTasks.watchedRuns');
  });
});

describe('run duration in the final notification', () => {
  it('says "1 m 12 s", "45 s", "2 h 3 m"', () => {
    assert.equal(formatRunDuration(72_000), '1 m 12 s');
    assert.equal(formatRunDuration(45_400), '45 s');
    assert.equal(formatRunDuration((2 * 3600 + 3 * 60 + 9) * 1000), '2 h 3 m');
  });

  it('from stats, else from the start and end times, else unknown', () => {
    assert.equal(runDurationMs({ id: 'r', status: 'SUCCEEDED', stats: { durationMillis: 5 } }), 5);
    assert.equal(runDurationMs({ id: 'r', status: 'SUCCEEDED', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:01:12Z' }), 72_000);
    assert.equal(runDurationMs({ id: 'r', status: 'SUCCEEDED', startedAt: 'x' }), undefined);
  });
});
