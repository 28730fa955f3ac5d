// The run endpoints over real HTTP: a task's runs (paging, start, last) and one run (get, abort, log).
import * as assert from 'node:assert/strict';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi } from './rawRequest';

describe('fake API: runs', () => {
  const fake = useFakeApify({ taskCount: 10, timeScale: 0.01, newRunPlan: { finishAfterMs: null } });
  const call = (method: string, path: string, body?: unknown) => callApi(fake().url, fake().token, method, path, body);
  const taskId = (index: number): string => fake().tasks[index]!.id;

  it('GET …/runs pages like the task list: startedAt ascending, desc=1 newest first, PaginationResponse fields', async () => {
    const all = await call('GET', `/v2/actor-tasks/${taskId(0)}/runs`);
    assert.equal(all.status, 200);
    assert.equal(all.body.data.total, 45);
    const started = all.body.data.items.map((r: { startedAt: string }) => r.startedAt);
    assert.deepEqual(started, [...started].sort());
    const page = await call('GET', `/v2/actor-tasks/${taskId(0)}/runs?desc=1&offset=20&limit=20`);
    assert.deepEqual([page.body.data.offset, page.body.data.limit, page.body.data.count, page.body.data.desc], [20, 20, 20, true]);
    assert.equal(page.body.data.items[0].id, all.body.data.items[24].id);
  });

  it('a task with no runs lists none; the list matches the fake record', async () => {
    assert.equal((await call('GET', `/v2/actor-tasks/${taskId(1)}/runs`)).body.data.total, 0);
    const again = await call('GET', `/v2/actor-tasks/${taskId(0)}/runs?limit=3`);
    assert.deepEqual(again.body.data.items.map((r: { id: string }) => r.id), fake().runsOf(taskId(0)).slice(0, 3).map((r) => r.id));
  });

  it('the status filter keeps only the named statuses', async () => {
    const failed = await call('GET', `/v2/actor-tasks/${taskId(0)}/runs?status=FAILED`);
    assert.ok(failed.body.data.total > 0);
    assert.ok(failed.body.data.items.every((r: { status: string }) => r.status === 'FAILED'));
  });

  it('POST …/runs creates a READY run with origin API, 201 and a Location, and records the exact body', async () => {
    const body = '{"maxRequestsPerCrawl": 3,\n "startUrls": []}';
    const answer = await call('POST', `/v2/actor-tasks/${taskId(2)}/runs`, body);
    assert.equal(answer.status, 201);
    const run = answer.body.data;
    assert.deepEqual([run.status, run.meta.origin, run.actorTaskId, run.actId], ['READY', 'API', taskId(2), fake().tasks[2]!.actId]);
    assert.equal(answer.headers.location, `/v2/actor-runs/${run.id}`);
    assert.equal(fake().run(run.id)!.inputOverride, body);
    assert.equal(fake().runStartRequests()[0]!.body, body);
    assert.equal(fake().runsOf(taskId(2)).at(-1)!.id, run.id);
  });

  it('POST …/runs without a body has no input override; a non-object body is 400 and creates nothing', async () => {
    const plain = await call('POST', `/v2/actor-tasks/${taskId(1)}/runs`);
    assert.equal(fake().run(plain.body.data.id)!.inputOverride, undefined);
    const bad = await call('POST', `/v2/actor-tasks/${taskId(1)}/runs`, '[1,2]');
    assert.equal(bad.status, 400);
    assert.equal(fake().runsOf(taskId(1)).length, 1);
  });

  it('GET …/runs/last: 404 record-not-found without runs, the newest run otherwise, and a status filter', async () => {
    const none = await call('GET', `/v2/actor-tasks/${taskId(1)}/runs/last`);
    assert.deepEqual([none.status, none.body.error.type], [404, 'record-not-found']);
    const started = await call('POST', `/v2/actor-tasks/${taskId(1)}/runs`);
    assert.equal((await call('GET', `/v2/actor-tasks/${taskId(1)}/runs/last`)).body.data.id, started.body.data.id);
    assert.equal((await call('GET', `/v2/actor-tasks/${taskId(1)}/runs/last?status=SUCCEEDED`)).status, 404);
  });

  it('GET /v2/actor-runs/{id} returns the full run with duration and cost once finished', async () => {
    const started = await call('POST', `/v2/actor-tasks/${taskId(3)}/runs`);
    fake().markRunning(started.body.data.id);
    fake().finishRun(started.body.data.id, 'FAILED', 'boom');
    const run = (await call('GET', `/v2/actor-runs/${started.body.data.id}`)).body.data;
    assert.deepEqual([run.status, run.statusMessage], ['FAILED', 'boom']);
    assert.equal(typeof run.finishedAt, 'string');
    assert.equal(typeof run.stats.runTimeSecs, 'number');
    assert.equal(run.stats.durationMillis, Date.parse(run.finishedAt) - Date.parse(run.startedAt));
    assert.ok(run.usageTotalUsd > 0);
    assert.equal(typeof run.buildNumber, 'string');
    assert.equal((await call('GET', '/v2/actor-runs/nope')).status, 404);
  });

  it('POST …/abort: RUNNING → ABORTING → ABORTED; a finished run is left as it is', async () => {
    const id = (await call('POST', `/v2/actor-tasks/${taskId(3)}/runs`)).body.data.id;
    fake().markRunning(id);
    const aborting = await call('POST', `/v2/actor-runs/${id}/abort`);
    assert.deepEqual([aborting.status, aborting.body.data.status], [200, 'ABORTING']);
    const ended = await call('GET', `/v2/actor-runs/${id}?waitForFinish=60`);
    assert.equal(ended.body.data.status, 'ABORTED');
    const again = await call('POST', `/v2/actor-runs/${id}/abort`);
    assert.deepEqual([again.status, again.body.data.status], [200, 'ABORTED']);
    assert.equal((await call('POST', '/v2/actor-runs/nope/abort')).status, 404);
  });

  it('GET …/log is text/plain and grows while the run runs', async () => {
    const id = (await call('POST', `/v2/actor-tasks/${taskId(4)}/runs`)).body.data.id;
    const first = await call('GET', `/v2/actor-runs/${id}/log`);
    assert.match(String(first.headers['content-type']), /^text\/plain/);
    fake().appendLog(id, 'line from the test\n');
    const second = await call('GET', `/v2/actor-runs/${id}/log`);
    assert.ok(second.text.startsWith(first.text));
    assert.ok(second.text.endsWith('line from the test\n'));
    fake().addHugeLog(id, 5_000_000);
    assert.ok((await call('GET', `/v2/actor-runs/${id}/log`)).text.length >= 5_000_000);
  });

  it('unknown tasks answer 404 on every run route; a deleted task too', async () => {
    for (const [method, path] of [['GET', '/v2/actor-tasks/nope/runs'], ['POST', '/v2/actor-tasks/nope/runs'], ['GET', '/v2/actor-tasks/nope/runs/last']] as const) {
      const answer = await call(method, path);
      assert.deepEqual([answer.status, answer.body.error.type], [404, 'record-not-found'], `${method} ${path}`);
    }
    const id = taskId(5);
    fake().deleteTask(id);
    assert.equal((await call('POST', `/v2/actor-tasks/${id}/runs`)).status, 404);
    assert.equal(fake().runs.filter((r) => r.actorTaskId === id).length, 0);
  });

  it('the run routes need a valid token and answer 405 for other methods', async () => {
    assert.equal((await callApi(fake().url, 'wrong', 'GET', `/v2/actor-runs/x`)).status, 401);
    const answer = await call('DELETE', `/v2/actor-tasks/${taskId(0)}/runs`);
    assert.deepEqual([answer.status, answer.headers.allow], [405, 'GET, POST']);
  });
});
