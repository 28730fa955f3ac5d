// Exactly once against the fake API over HTTP: every fault the start request can meet ends with
// the runs the person asked for (the fake's own record) and an outcome that says what happened.
import * as assert from 'node:assert/strict';
import { RUN_TASK } from '../../fake-apify/faultSchedule';
import { APPROVAL_URL, RUN_REFUSALS } from '../../fake-apify/runRefusals';
import { clientFor, useFakeApify } from '../fakeApifyFixture';
import { FakeApifyServer } from '../../fake-apify/server';
import { isRunSentAt, startRunOnce, type RunStartOutcome } from '../../../src/runs/startRunOnce';
import { apifyHttpsUrl, type RunRefusal } from '../../../src/runs/runRefusal';

describe('startRunOnce: exactly one run per request', () => {
  const fake = useFakeApify({ taskCount: 3, newRunPlan: { finishAfterMs: null } });
  const taskId = () => fake().tasks[0]!.id;
  const runCount = () => fake().runsOf(taskId()).length;
  const client = () => clientFor(fake(), { retry: { attemptTimeoutMs: 400, totalBudgetMs: 3_000 } }).client;
  const start = (options = {}) => startRunOnce(client(), taskId(), undefined, { checkDelayMs: 20, ...options });

  let before = 0;
  beforeEach(() => {
    before = runCount(); // seeds the task's past runs, so the POST below is the only new one
    fake().clearRequests();
  });

  const assertOneNewRun = (outcome: RunStartOutcome) => {
    assert.equal(fake().runStartRequests().length, 1, 'POSTs sent');
    assert.equal(runCount(), before + 1, 'runs in the fake');
    const newest = fake().runsOf(taskId()).at(-1)!;
    assert.ok('run' in outcome);
    assert.equal(outcome.run.id, newest.id);
  };

  it('a plain start: one POST with no body, the new run', async () => {
    const outcome = await start();
    assert.equal(outcome.kind, 'started');
    assertOneNewRun(outcome);
    assert.equal(fake().runStartRequests()[0]!.body ?? '', '');
  });

  it('an input override travels as the JSON body', async () => {
    const outcome = await startRunOnce(client(), taskId(), { url: 'https://example.com' });
    assert.equal(outcome.kind, 'started');
    assert.deepEqual(JSON.parse(fake().runStartRequests()[0]!.body!), { url: 'https://example.com' });
  });

  it('connection reset after the run was created: not sent again, the run is found through runs/last', async () => {
    fake().failNext(1, { kind: 'drop', afterProcessing: true }, RUN_TASK);
    const outcome = await start();
    assert.equal(outcome.kind, 'found-after-failure');
    assertOneNewRun(outcome);
    assert.ok(fake().requests.some((r) => r.method === 'GET' && r.path.endsWith('/runs/last')));
  });

  it('no answer in time after the run was created: not sent again, the run is found', async () => {
    fake().failNext(1, { kind: 'hang', afterProcessing: true }, RUN_TASK);
    const outcome = await start();
    assert.equal(outcome.kind, 'found-after-failure');
    assertOneNewRun(outcome);
  });

  for (const [name, fault] of [['a 500', { status: 500 }], ['a 503 proxy page', { kind: 'html', status: 503 }], ['a drop before processing', { kind: 'drop' }]] as const) {
    it(`${name} before the run was created: not sent again, says no run started`, async () => {
      fake().failNext(1, fault, RUN_TASK);
      const outcome = await start();
      assert.equal(outcome.kind, 'not-started-after-failure');
      assert.equal(fake().runStartRequests().length, 1, 'POSTs sent');
      assert.equal(runCount(), before, 'runs in the fake');
    });
  }

  it('a run started elsewhere (Console) around the failure is not taken for this one', async () => {
    fake().failNext(1, { status: 502 }, RUN_TASK);
    fake().onRequest((request) => {
      if (request.method === 'POST') fake().createRun(taskId(), { origin: 'WEB', plan: { finishAfterMs: null } });
    });
    const outcome = await start();
    assert.equal(outcome.kind, 'not-started-after-failure');
    assert.equal(fake().runStartRequests().length, 1);
  });

  it('429 with Retry-After is retried (it cannot have started anything), then one run', async () => {
    fake().failNext(2, { status: 429, retryAfter: 0 }, RUN_TASK);
    const outcome = await start();
    assert.equal(outcome.kind, 'started');
    assert.equal(fake().runStartRequests().length, 3, 'two refused POSTs and the one that started');
    assert.equal(runCount(), before + 1);
  });

  it('when runs/last cannot be read either, says it is unknown (and still sends no second POST)', async () => {
    fake().failNext(1, { kind: 'drop', afterProcessing: true }, RUN_TASK);
    fake().failNext(20, { status: 500 }, { method: 'GET', pathMatches: /\/runs\/last$/ });
    const outcome = await start();
    assert.equal(outcome.kind, 'unknown');
    assert.equal(fake().runStartRequests().length, 1);
    assert.equal(runCount(), before + 1);
  });

  const expected: Record<keyof typeof RUN_REFUSALS, RunRefusal> = {
    usageLimit: { kind: 'usage-limit' },
    noRunPermission: { kind: 'no-run-permission' },
    concurrentRuns: { kind: 'concurrent-runs-limit' },
    notEnoughUsageForPaidActor: { kind: 'not-enough-usage-for-paid-actor' },
    fullPermissionNotApproved: { kind: 'approval-needed', approvalUrl: APPROVAL_URL },
    tokenRejected: { kind: 'token-rejected' },
    taskDeleted: { kind: 'task-deleted' },
  };
  for (const [name, refusal] of Object.entries(RUN_REFUSALS) as [keyof typeof RUN_REFUSALS, (typeof RUN_REFUSALS)[keyof typeof RUN_REFUSALS]][]) {
    it(`refusal ${name} (${refusal.status}): typed, no run, one POST, no look-up`, async () => {
      fake().failNext(1, refusal, RUN_TASK);
      const outcome = await start();
      assert.equal(outcome.kind, 'refused');
      assert.deepEqual(outcome.kind === 'refused' && outcome.refusal, expected[name]);
      assert.equal(fake().runStartRequests().length, 1);
      assert.equal(runCount(), before);
      assert.ok(!fake().requests.some((r) => r.path.endsWith('/runs/last')));
    });
  }

  it('an approval link that is not https on apify.com is not offered', async () => {
    fake().failNext(1, { ...RUN_REFUSALS.fullPermissionNotApproved, data: { approvalUrl: 'https://apify.com.evil.example/approve' } }, RUN_TASK);
    const outcome = await start();
    assert.deepEqual(outcome.kind === 'refused' && outcome.refusal, { kind: 'approval-needed', approvalUrl: undefined });
  });
});

describe('startRunOnce: a refused connection', () => {
  it('is retried (nothing can have started), then reported as not started, with no look-up', async () => {
    const closed = await FakeApifyServer.start({ taskCount: 1 });
    const taskId = closed.tasks[0]!.id;
    await closed.close();
    const { client, log } = clientFor(closed);
    const outcome = await startRunOnce(client, taskId);
    assert.equal(outcome.kind, 'failed');
    assert.equal(log.length, 4, 'every attempt of the retry policy was a POST');
    assert.ok(log.every((entry) => entry.method === 'POST' && /ECONNREFUSED/.test(entry.error ?? '')));
  });
});

describe('startRunOnce: which run is this request\'s', () => {
  const sentAt = Date.parse('2026-01-01T10:00:00.000Z');
  const run = (startedAt: string, origin?: string) => ({ id: 'r', status: 'RUNNING', startedAt, meta: origin ? { origin } : undefined });

  it('with the server\'s clock: a run started after sending (allowing the Date header\'s whole seconds)', () => {
    const skew = 3 * 60_000; // server 3 minutes ahead
    assert.equal(isRunSentAt(run('2026-01-01T10:03:00.500Z', 'API'), sentAt, skew), true);
    assert.equal(isRunSentAt(run('2026-01-01T10:02:59.000Z', 'API'), sentAt, skew), true);
    assert.equal(isRunSentAt(run('2026-01-01T10:02:50.000Z', 'API'), sentAt, skew), false);
  });

  it('without a Date header: a minute either way', () => {
    assert.equal(isRunSentAt(run('2026-01-01T09:59:30.000Z', 'API'), sentAt, undefined), true);
    assert.equal(isRunSentAt(run('2026-01-01T09:58:30.000Z', 'API'), sentAt, undefined), false);
  });

  it('not a run from another origin, nor one without a readable start', () => {
    assert.equal(isRunSentAt(run('2026-01-01T10:00:01.000Z', 'SCHEDULER'), sentAt, 0), false);
    assert.equal(isRunSentAt(run('soon', 'API'), sentAt, 0), false);
  });

  it('approval links: https on apify.com only', () => {
    assert.equal(apifyHttpsUrl('https://console.apify.com/x?y=1'), 'https://console.apify.com/x?y=1');
    for (const bad of ['http://console.apify.com/x', 'https://apify.com.evil.example/', 'https://user@apify.com/', 'javascript:alert(1)', 'https://evilapify.com/']) {
      assert.equal(apifyHttpsUrl(bad), undefined, bad);
    }
  });
});
