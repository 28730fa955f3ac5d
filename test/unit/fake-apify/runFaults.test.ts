// Faults that exercise "exactly once" for POST /v2/actor-tasks/{id}/runs: each case leaves a
// countable record in the fake (POSTs that arrived, runs that exist).
import * as assert from 'node:assert/strict';
import { RUN_TASK } from '../../fake-apify/faultSchedule';
import { APPROVAL_URL, RUN_REFUSALS } from '../../fake-apify/runRefusals';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi, rawRequest } from './rawRequest';

describe('fake API: faults on starting a run', () => {
  const fake = useFakeApify({ taskCount: 3, newRunPlan: { finishAfterMs: null } });
  const taskId = () => fake().tasks[2]!.id;
  const post = () => callApi(fake().url, fake().token, 'POST', `/v2/actor-tasks/${taskId()}/runs`);
  const runCount = () => fake().runsOf(taskId()).length;

  it('a fault tied to POST …/runs leaves other routes alone', async () => {
    fake().failNext(1, { status: 500 }, RUN_TASK);
    assert.equal((await callApi(fake().url, fake().token, 'GET', `/v2/actor-tasks/${taskId()}/runs`)).status, 200);
    assert.equal((await post()).status, 500);
    assert.equal((await post()).status, 201);
  });

  it('connection reset after the run was created: the client gets no answer, one run exists', async () => {
    const before = runCount();
    fake().failNext(1, { kind: 'drop', afterProcessing: true }, RUN_TASK);
    await assert.rejects(post(), /socket hang up|ECONNRESET/);
    assert.equal(runCount(), before + 1);
    assert.equal(fake().runStartRequests().length, 1);
    assert.equal(fake().runStartRequests()[0]!.status, undefined);
  });

  it('a plain drop creates nothing', async () => {
    const before = runCount();
    fake().failNext(1, { kind: 'drop' }, RUN_TASK);
    await assert.rejects(post(), /socket hang up|ECONNRESET/);
    assert.equal(runCount(), before);
  });

  it('a timeout after creating: the run exists and the answer never comes', async () => {
    const before = runCount();
    fake().failNext(1, { kind: 'hang', afterProcessing: true }, RUN_TASK);
    const controller = new AbortController();
    const pending = fetch(`${fake().url}/v2/actor-tasks/${taskId()}/runs`, { method: 'POST', headers: { authorization: `Bearer ${fake().token}` }, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(runCount(), before + 1);
    controller.abort();
    await assert.rejects(pending);
    assert.equal(fake().runStartRequests()[0]!.status, undefined);
  });

  it('a hang without afterProcessing creates nothing', async () => {
    const before = runCount();
    fake().failNext(1, { kind: 'hang' }, RUN_TASK);
    const controller = new AbortController();
    const pending = fetch(`${fake().url}/v2/actor-tasks/${taskId()}/runs`, { method: 'POST', headers: { authorization: `Bearer ${fake().token}` }, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await assert.rejects(pending);
    assert.equal(runCount(), before);
    assert.equal(fake().runStartRequests().length, 1);
  });

  it('5xx and 429 with Retry-After come before creating: no run', async () => {
    const before = runCount();
    fake().failNext(1, { status: 503 }, RUN_TASK);
    fake().failNext(1, { status: 429, retryAfter: 2 }, RUN_TASK);
    assert.equal((await post()).status, 503);
    const limited = await post();
    assert.deepEqual([limited.status, limited.headers['retry-after'], limited.body.error.type], [429, '2', 'rate-limit-exceeded']);
    assert.equal(runCount(), before);
    assert.equal(fake().runStartRequests().length, 2);
  });

  for (const [name, refusal] of Object.entries(RUN_REFUSALS)) {
    it(`refusal ${name} (${refusal.status} ${refusal.type}): no run, the error body names the type`, async () => {
      const before = runCount();
      fake().failNext(1, refusal, RUN_TASK);
      const answer = await post();
      assert.deepEqual([answer.status, answer.body.error.type, typeof answer.body.error.message], [refusal.status, refusal.type, 'string']);
      assert.equal(runCount(), before);
    });
  }

  it('full-permission-actor-not-approved carries an approvalUrl in error.data', async () => {
    fake().failNext(1, RUN_REFUSALS.fullPermissionNotApproved, RUN_TASK);
    const answer = await post();
    assert.equal(answer.body.error.type, 'full-permission-actor-not-approved');
    assert.equal(answer.body.error.data.approvalUrl, APPROVAL_URL);
  });

  it('a deleted task answers 404 record-not-found and creates nothing', async () => {
    const id = taskId();
    fake().deleteTask(id);
    const answer = await callApi(fake().url, fake().token, 'POST', `/v2/actor-tasks/${id}/runs`);
    assert.deepEqual([answer.status, answer.body.error.type], [404, 'record-not-found']);
    assert.equal(fake().runs.filter((r) => r.actorTaskId === id).length, 0);
  });

  it('a raw request body is recorded even when a fault answers', async () => {
    fake().failNext(1, { status: 500 }, RUN_TASK);
    await rawRequest(`${fake().url}/v2/actor-tasks/${taskId()}/runs`, { method: 'POST', headers: { authorization: `Bearer ${fake().token}` }, body: '{"x":1}' });
    assert.equal(fake().runStartRequests()[0]!.body, '{"x":1}');
  });
});
