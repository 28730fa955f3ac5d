// The watcher's timing rules, in plain Node, against a small in-memory run source that behaves
// like Apify's long poll (answers when the run ends or when the wait is over).
import * as assert from 'node:assert/strict';
import { isRunUnfinished } from '../../../src/api/runTypes';
import { RunWatcher, type RunFetchRequest } from '../../../src/runs/runWatcher';

interface Run { id: string; status: string }

/** Runs whose status a test sets; GETs are recorded and answered like waitForFinish does. */
class RunSource {
  readonly runs = new Map<string, Run>();
  readonly calls: { runId: string; at: number; waitForFinishSecs: number }[] = [];
  failNext: unknown[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(private readonly secondMs: number) {}

  set(id: string, status: string): void {
    this.runs.set(id, { id, status });
    for (const wake of [...this.waiters]) wake();
  }

  readonly fetchRun = async (runId: string, request: RunFetchRequest): Promise<Run> => {
    this.calls.push({ runId, at: Date.now(), waitForFinishSecs: request.waitForFinishSecs });
    const failure = this.failNext.shift();
    if (failure !== undefined) throw failure;
    const deadline = Date.now() + request.waitForFinishSecs * this.secondMs;
    while (isRunUnfinished(this.get(runId).status) && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const wake = (): void => { this.waiters.delete(wake); clearTimeout(timer); resolve(); };
        const timer = setTimeout(wake, deadline - Date.now());
        this.waiters.add(wake);
        request.signal.addEventListener('abort', wake, { once: true });
      });
      if (request.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    }
    return { ...this.get(runId) };
  };

  private get(runId: string): Run {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`no run ${runId}`);
    return run;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('RunWatcher', () => {
  let watcher: RunWatcher<Run> | undefined;
  afterEach(() => watcher?.dispose());

  it('asks with waitForFinish and reports the end once, with the final run', async () => {
    const source = new RunSource(10);
    source.set('r1', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 200, waitForFinishSecs: 60 });
    const seen: [string, boolean][] = [];
    watcher.listen({ changed: (run, finished) => seen.push([run.status, finished]) });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    await sleep(50);
    source.set('r1', 'SUCCEEDED');
    await until(() => seen.length === 1);
    assert.deepEqual(seen, [['SUCCEEDED', true]]);
    assert.equal(source.calls.length, 1, 'the long poll answered when the run finished');
    assert.equal(source.calls[0].waitForFinishSecs, 60);
    assert.equal(watcher.isWatching('r1'), false);
  });

  it('never sends two requests for one run within the interval, even when answers come back at once', async () => {
    const source = new RunSource(0); // every long poll returns immediately, still RUNNING
    source.set('r1', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 100 });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    await sleep(450);
    assert.ok(source.calls.length >= 2 && source.calls.length <= 5, `${source.calls.length} requests in 450 ms`);
    for (let i = 1; i < source.calls.length; i++) {
      assert.ok(source.calls[i].at - source.calls[i - 1].at >= 95, `gap ${source.calls[i].at - source.calls[i - 1].at} ms`);
    }
  });

  it('reports a status change that is not the end, and keeps watching', async () => {
    const source = new RunSource(5);
    source.set('r1', 'READY');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 20, waitForFinishSecs: 2 });
    const seen: string[] = [];
    watcher.listen({ changed: (run) => seen.push(run.status) });
    watcher.watch({ id: 'r1', status: 'READY' });
    source.set('r1', 'RUNNING');
    await until(() => seen.includes('RUNNING'));
    assert.equal(watcher.isWatching('r1'), true);
    source.set('r1', 'FAILED');
    await until(() => seen.includes('FAILED'));
    assert.deepEqual(seen, ['RUNNING', 'FAILED']);
  });

  it('ignores finished runs and runs already watched', async () => {
    const source = new RunSource(5);
    source.set('r1', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 1000 });
    watcher.watch({ id: 'done', status: 'SUCCEEDED' });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    await sleep(30);
    assert.deepEqual(source.calls.map((c) => c.runId), ['r1']);
    assert.deepEqual(watcher.watchedRuns.map((r) => r.id), ['r1']);
  });

  it('tries again after the interval on a transient error, and stops on a permanent one', async () => {
    const source = new RunSource(5);
    source.set('r1', 'RUNNING');
    source.set('r2', 'RUNNING');
    const gone = Object.assign(new Error('not found'), { status: 404 });
    watcher = new RunWatcher({
      fetchRun: source.fetchRun,
      minIntervalMs: 50,
      waitForFinishSecs: 1,
      isPermanent: (error) => (error as { status?: number }).status === 404,
    });
    const failed: string[] = [];
    watcher.listen({ failed: (runId) => failed.push(runId) });
    source.failNext = [new Error('socket hang up')];
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    await until(() => source.calls.filter((c) => c.runId === 'r1').length >= 2);
    const [first, second] = source.calls;
    assert.ok(second.at - first.at >= 45, 'the retry waited for the interval');
    assert.equal(watcher.isWatching('r1'), true);

    source.failNext = [gone];
    watcher.watch({ id: 'r2', status: 'RUNNING' });
    await until(() => failed.length === 1);
    assert.deepEqual(failed, ['r2']);
    assert.equal(watcher.isWatching('r2'), false);
  });

  it('sends nothing more and reports nothing after unwatch or dispose', async () => {
    const source = new RunSource(5);
    source.set('r1', 'RUNNING');
    source.set('r2', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 20, waitForFinishSecs: 1 });
    const seen: string[] = [];
    watcher.listen({ changed: (run) => seen.push(run.id) });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    watcher.watch({ id: 'r2', status: 'RUNNING' });
    await sleep(10);
    watcher.unwatch('r1');
    watcher.dispose();
    const sent = source.calls.length;
    source.set('r1', 'SUCCEEDED');
    source.set('r2', 'SUCCEEDED');
    await sleep(100);
    assert.equal(source.calls.length, sent);
    assert.deepEqual(seen, []);
  });

  it('never watches a run whose status is unknown, so nothing is polled forever', async () => {
    const source = new RunSource(5);
    source.set('odd', 'SOMETHING-NEW');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 20 });
    watcher.watch({ id: 'odd', status: 'SOMETHING-NEW' });
    await sleep(30);
    assert.equal(source.calls.length, 0);
  });

  it('polls a run watched for two owners once, until the last of them lets go', async () => {
    const source = new RunSource(5);
    source.set('r1', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 20, waitForFinishSecs: 1 });
    const tree = {};
    const statusBar = {};
    const seen: string[] = [];
    watcher.listen({ changed: (run) => seen.push(run.status) });
    watcher.watch({ id: 'r1', status: 'RUNNING' }, tree);
    watcher.watch({ id: 'r1', status: 'RUNNING' }, statusBar);
    await sleep(10);
    assert.equal(source.calls.length, 1, 'one poll for both owners');
    watcher.unwatch('r1', tree); // e.g. a Refresh of the tree
    assert.equal(watcher.isWatching('r1'), true, 'the status bar still follows it');
    source.set('r1', 'SUCCEEDED');
    await until(() => seen.length === 1);
    assert.deepEqual(seen, ['SUCCEEDED']);

    source.set('r2', 'RUNNING');
    watcher.watch({ id: 'r2', status: 'RUNNING' }, tree);
    watcher.unwatch('r2', statusBar); // an owner that never asked changes nothing
    assert.equal(watcher.isWatching('r2'), true);
    watcher.unwatch('r2', tree);
    assert.equal(watcher.isWatching('r2'), false);
  });

  it('unwatchAll stops every poll but keeps listening for runs watched later', async () => {
    const source = new RunSource(5);
    source.set('r1', 'RUNNING');
    source.set('r2', 'RUNNING');
    watcher = new RunWatcher({ fetchRun: source.fetchRun, minIntervalMs: 20, waitForFinishSecs: 1 });
    const seen: string[] = [];
    watcher.listen({ changed: (run) => seen.push(`${run.id} ${run.status}`) });
    watcher.watch({ id: 'r1', status: 'RUNNING' });
    await sleep(10);
    watcher.unwatchAll();
    source.set('r1', 'SUCCEEDED');
    watcher.watch({ id: 'r2', status: 'RUNNING' });
    source.set('r2', 'FAILED');
    await until(() => seen.length > 0);
    await sleep(50);
    assert.deepEqual(seen, ['r2 FAILED']);
  });
});
