// The run lifecycle as a client sees it over HTTP: on a schedule, on command, and the
// waitForFinish long poll (answers when the run ends or after N seconds, scaled by timeScale).
import * as assert from 'node:assert/strict';
import { FakeApifyServer } from '../../fake-apify/server';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi } from './rawRequest';

describe('fake API: run lifecycle and waitForFinish', () => {
  // 1 fake second = 5 real ms.
  const fake = useFakeApify({ taskCount: 5, timeScale: 0.005 });
  const call = (method: string, path: string) => callApi(fake().url, fake().token, method, path);
  const start = async (): Promise<string> => (await call('POST', `/v2/actor-tasks/${fake().tasks[0]!.id}/runs`)).body.data.id;

  it('on a schedule a run goes READY → RUNNING → SUCCEEDED, its log grows and its dataset fills', async () => {
    fake().setNewRunPlan({ startAfterMs: 4_000, finishAfterMs: 20_000, logEveryMs: 1_000 });
    const id = await start();
    const run = fake().run(id)!;
    const seen = new Set<string>([run.status]);
    const logLengths: number[] = [];
    const watcher = setInterval(() => {
      seen.add(run.status);
      logLengths.push(run.log.length);
    }, 1);
    const final = await call('GET', `/v2/actor-runs/${id}?waitForFinish=60`);
    clearInterval(watcher);
    assert.equal(final.body.data.status, 'SUCCEEDED');
    assert.deepEqual([...seen].filter((s) => s !== 'SUCCEEDED'), ['READY', 'RUNNING']);
    assert.ok(run.log.length > 3, `${run.log.length} log pieces`);
    const items = await call('GET', `/v2/datasets/${final.body.data.defaultDatasetId}/items`);
    assert.equal(items.body.length, 10);
  });

  it('a plan can end FAILED or TIMED-OUT with a status message', async () => {
    fake().setNewRunPlan({ startAfterMs: 0, finishAfterMs: 100, finalStatus: 'TIMED-OUT', statusMessage: 'took too long' });
    const final = await call('GET', `/v2/actor-runs/${await start()}?waitForFinish=60`);
    assert.deepEqual([final.body.data.status, final.body.data.statusMessage], ['TIMED-OUT', 'took too long']);
  });

  it('waitForFinish answers after the given seconds with the run still RUNNING when it does not finish', async () => {
    fake().setNewRunPlan({ startAfterMs: 0, finishAfterMs: null });
    const id = await start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = Date.now();
    const answer = await call('GET', `/v2/actor-runs/${id}?waitForFinish=10`);
    assert.equal(answer.body.data.status, 'RUNNING');
    assert.ok(Date.now() - before >= 45, 'answered before 10 fake seconds (50 ms) had passed');
  });

  it('waitForFinish answers as soon as finishRun ends the run, with its final status', async () => {
    fake().setNewRunPlan({ finishAfterMs: null });
    const id = await start();
    fake().setTimeScale(1); // a real minute: only finishRun can end this wait in time
    const pending = call('GET', `/v2/actor-runs/${id}?waitForFinish=60`);
    setTimeout(() => fake().finishRun(id, 'SUCCEEDED', 'done by the test'), 30);
    const answer = await pending;
    assert.deepEqual([answer.body.data.status, answer.body.data.statusMessage], ['SUCCEEDED', 'done by the test']);
  });

  it('waitForFinish above 60 is treated as 60; 0 or absent answers at once; a negative value is 400', async () => {
    fake().setNewRunPlan({ startAfterMs: 1e6, finishAfterMs: null });
    const id = await start();
    assert.equal((await call('GET', `/v2/actor-runs/${id}?waitForFinish=0`)).body.data.status, 'READY');
    assert.equal((await call('GET', `/v2/actor-runs/${id}?waitForFinish=-1`)).status, 400);
    const before = Date.now();
    await call('GET', `/v2/actor-runs/${id}?waitForFinish=600`);
    const waited = Date.now() - before;
    assert.ok(waited >= 290 && waited < 2_500, `${waited} ms for 600 → 60 fake seconds (300 ms)`);
  });

  it('finishRun on a finished run throws (a test mistake, not an API answer)', async () => {
    fake().setNewRunPlan({ finishAfterMs: null });
    const id = await start();
    fake().finishRun(id, 'ABORTED');
    assert.throws(() => fake().finishRun(id, 'SUCCEEDED'), /already finished/);
  });

  it('createRun starts a run "from elsewhere" with no request recorded', async () => {
    const run = fake().createRun(fake().tasks[1]!.id, { origin: 'SCHEDULER', plan: { finishAfterMs: null } });
    assert.equal(fake().requests.length, 0);
    assert.equal((await call('GET', `/v2/actor-tasks/${fake().tasks[1]!.id}/runs/last`)).body.data.id, run.id);
  });

  it('close() ends pending long polls and scheduled runs without keeping the process alive', async () => {
    const server = await FakeApifyServer.start({ taskCount: 2 });
    const id = (await callApi(server.url, server.token, 'POST', `/v2/actor-tasks/${server.tasks[0]!.id}/runs`)).body.data.id;
    const pending = callApi(server.url, server.token, 'GET', `/v2/actor-runs/${id}?waitForFinish=60`).catch((e: Error) => e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await server.close();
    assert.ok((await pending) instanceof Error);
  });

  it('seeded runs are the same for the same seed, and differ for another seed', async () => {
    const summary = async (seed: number): Promise<string[]> => {
      const server = await FakeApifyServer.start({ taskCount: 5, seed });
      try {
        return server.runsOf(server.tasks[0]!.id).map((r) => `${r.id} ${r.status} ${r.startedAt}`);
      } finally {
        await server.close();
      }
    };
    const [a, b, c] = [await summary(7), await summary(7), await summary(8)];
    assert.equal(a.length, 45);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });
});
