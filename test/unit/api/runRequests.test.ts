// The runs-level client methods (issue 10), against sample bodies the fake serves as faults (its
// routes for these endpoints come later): what each sends, how often, and how it reads the answer.
import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

const RUN = {
  id: 'HG7ML7M8z78YcAPEB',
  actId: 'HDSasDasz78YcAPEB',
  userId: 'BPWZBd7Z9c746JAng',
  actorTaskId: 'KJHSKHausidyaJKHs',
  startedAt: '2019-11-30T07:34:24.202Z',
  finishedAt: '2019-12-12T09:30:12.202Z',
  status: 'SUCCEEDED',
  statusMessage: 'Actor has finished',
  meta: { origin: 'WEB', userAgent: 'Mozilla/5.0' },
  stats: { durationMillis: 72_000, runTimeSecs: 72, memAvgBytes: 1 },
  buildId: '7sT5jcggjjA9fNcxF',
  buildNumber: '0.0.2',
  exitCode: 0,
  usageTotalUsd: 0.004,
  defaultKeyValueStoreId: 'eJNzqsbPiopwJcgGQ',
  defaultDatasetId: 'wmKPijuyDnPZAPRMk',
  defaultRequestQueueId: 'FL35cSF7jrxr3BY39',
  options: { build: 'latest' },
};
const runPage = (items: unknown[], envelope: Record<string, unknown> = {}) => ({ data: { total: items.length, offset: 0, limit: 20, desc: true, count: items.length, items, ...envelope } });

describe('ApifyClient runs-level methods', () => {
  const fake = useFakeApify();
  const client = (options: Parameters<typeof clientFor>[1] = {}) => clientFor(fake(), options).client;
  const serve = (body: unknown, status = 200, headers: Record<string, string> = {}) => fake().failNext(1, { kind: 'body', status, body: body as object, headers });

  it('listTaskRuns asks for a page newest first and keeps good runs, rejecting one without an ID', async () => {
    serve(runPage([RUN, { ...RUN, id: 'a\nb' }, { ...RUN, id: 'Other000000000001', status: 'SOMETHING-NEW', startedAt: 'soon' }]));
    const page = await client().listTaskRuns({ taskId: 'KJHSKHausidyaJKHs', offset: 0, limit: 20, desc: true });
    assert.deepEqual(page.items.map((run) => [run.id, run.status, run.startedAt]), [
      [RUN.id, 'SUCCEEDED', RUN.startedAt],
      ['Other000000000001', 'SOMETHING-NEW', 'soon'],
    ]);
    assert.match(page.rejected[0]!.reason, /^items\[1\]\.id: not an Apify ID/);
    const [request] = fake().requests;
    assert.equal(request!.path, '/v2/actor-tasks/KJHSKHausidyaJKHs/runs');
    assert.deepEqual(request!.query, { offset: '0', limit: '20', desc: '1' });
  });

  it('listTaskRuns refuses a page at another offset than asked', async () => {
    serve(runPage([RUN], { offset: 0, total: 50 }));
    const error = await rejectionOf(client().listTaskRuns({ taskId: 'KJHSKHausidyaJKHs', offset: 20, limit: 20, desc: true }));
    assert.ok(error instanceof ApifyInvalidResponseError);
    assert.match(error.message, /run list page the extension cannot use: data\.offset/);
  });

  it('getRun reads what the runs level shows and drops the rest; waitForFinish is capped at 60', async () => {
    serve({ data: RUN });
    const run = await client().getRun({ runId: RUN.id, waitForFinishS: 120 });
    assert.deepEqual(run, {
      id: RUN.id, status: 'SUCCEEDED', actId: RUN.actId, actorTaskId: RUN.actorTaskId, startedAt: RUN.startedAt, finishedAt: RUN.finishedAt,
      buildId: RUN.buildId, buildNumber: '0.0.2', meta: { origin: 'WEB' }, usageTotalUsd: 0.004, defaultDatasetId: RUN.defaultDatasetId,
      defaultKeyValueStoreId: RUN.defaultKeyValueStoreId, statusMessage: 'Actor has finished', exitCode: 0, stats: { durationMillis: 72_000, runTimeSecs: 72 },
    });
    assert.equal(fake().requests[0]!.path, `/v2/actor-runs/${RUN.id}`);
    assert.deepEqual(fake().requests[0]!.query, { waitForFinish: '60' });
  });

  it('getRun waits longer than the usual attempt timeout when long-polling', async () => {
    fake().setDelay(600);
    serve({ data: RUN });
    // The client's own attempt timeout is 300 ms; a 1 s long poll must not be cut by it.
    const run = await client({ retry: { attemptTimeoutMs: 300 } }).getRun({ runId: RUN.id, waitForFinishS: 1 });
    assert.equal(run.id, RUN.id);
    assert.equal(fake().requests.length, 1);
  });

  it('getRun refuses a run without an ID or status, saying which', async () => {
    serve({ data: { ...RUN, status: undefined, id: 'x/y' } });
    const error = await rejectionOf(client().getRun({ runId: RUN.id }));
    assert.ok(error instanceof ApifyInvalidResponseError);
    assert.equal(error.message, "The Apify API sent a run in an unexpected shape: data.id: not an Apify ID (1–100 letters, digits, '-', '_', '.' or '~'); data.status: missing.");
  });

  it('abortRun is a POST that is retried after a 503 (aborting twice changes nothing)', async () => {
    fake().failNext(1, { status: 503 });
    serve({ data: { ...RUN, status: 'ABORTING' } });
    const run = await client().abortRun({ runId: RUN.id });
    assert.equal(run.status, 'ABORTING');
    assert.deepEqual(fake().requests.map((r) => [r.method, r.path]), [['POST', `/v2/actor-runs/${RUN.id}/abort`], ['POST', `/v2/actor-runs/${RUN.id}/abort`]]);
  });

  it('startTaskRun sends the input as JSON and is not repeated after a 503', async () => {
    serve({ data: { ...RUN, status: 'READY' } }, 201);
    const run = await client().startTaskRun({ taskId: 'KJHSKHausidyaJKHs', input: { maxItems: 3 } });
    assert.equal(run.status, 'READY');
    assert.equal(fake().requests[0]!.headers['content-type'], 'application/json');
    fake().failNext(3, { status: 503 });
    await rejectionOf(client().startTaskRun({ taskId: 'KJHSKHausidyaJKHs' }));
    assert.equal(fake().requests.length, 2);
    assert.equal(fake().requests[1]!.headers['content-type'], undefined, 'no body, no content type');
  });

  it('getLastTaskRun answers undefined for 404 record-not-found, and the run otherwise', async () => {
    fake().failNext(1, { status: 404, type: 'record-not-found' });
    assert.equal(await client().getLastTaskRun({ taskId: 'KJHSKHausidyaJKHs' }), undefined);
    serve({ data: RUN });
    assert.equal((await client().getLastTaskRun({ taskId: 'KJHSKHausidyaJKHs' }))?.id, RUN.id);
    assert.equal(fake().requests[1]!.path, '/v2/actor-tasks/KJHSKHausidyaJKHs/runs/last');
    fake().failNext(1, { status: 404, type: 'page-not-found' });
    assert.equal((await rejectionOf(client().getLastTaskRun({ taskId: 'KJHSKHausidyaJKHs' })) as { status?: number }).status, 404);
  });

  it('getTask keeps the input as it came; getTaskInput takes the unwrapped body and refuses a non-object', async () => {
    serve({ data: { id: 'KJHSKHausidyaJKHs', name: 'my-task', actId: RUN.actId, modifiedAt: '2025-01-02T03:04:05.678Z', input: { a: [1, { b: null }] }, stats: {} } });
    assert.deepEqual(await client().getTask({ taskId: 'KJHSKHausidyaJKHs' }), {
      id: 'KJHSKHausidyaJKHs', name: 'my-task', actId: RUN.actId, modifiedAt: '2025-01-02T03:04:05.678Z', input: { a: [1, { b: null }] },
    });
    serve({ startUrls: [] });
    assert.deepEqual(await client().getTaskInput({ taskId: 'KJHSKHausidyaJKHs' }), { startUrls: [] });
    assert.equal(fake().requests[1]!.path, '/v2/actor-tasks/KJHSKHausidyaJKHs/input');
    serve([1, 2]);
    assert.ok((await rejectionOf(client().getTaskInput({ taskId: 'KJHSKHausidyaJKHs' }))) instanceof ApifyInvalidResponseError);
  });

  it('updateTaskInput PUTs {"input": …} and is retried like a GET', async () => {
    fake().failNext(1, { kind: 'drop' });
    serve({ data: { id: 'KJHSKHausidyaJKHs', name: 'my-task', input: { q: 1 } } });
    const task = await client().updateTaskInput({ taskId: 'KJHSKHausidyaJKHs', input: { q: 1 } });
    assert.deepEqual(task.input, { q: 1 });
    assert.deepEqual(fake().requests.map((r) => [r.method, r.path]), [['PUT', '/v2/actor-tasks/KJHSKHausidyaJKHs'], ['PUT', '/v2/actor-tasks/KJHSKHausidyaJKHs']]);
    assert.deepEqual(JSON.parse(fake().requests[1]!.body ?? ''), { input: { q: 1 } });
    assert.equal(fake().requests[1]!.headers['content-type'], 'application/json');
  });

  it('getActorDefaultBuild reads the input schema of the actor definition', async () => {
    const schema = { title: 'Input', type: 'object', properties: { q: { type: 'string' } } };
    serve({ data: { id: 'Build0000000000001', actId: RUN.actId, status: 'SUCCEEDED', buildNumber: '0.1.2', actorDefinition: { input: schema, readme: 'x' } } });
    const build = await client().getActorDefaultBuild({ actorId: RUN.actId });
    assert.deepEqual(build, { id: 'Build0000000000001', status: 'SUCCEEDED', buildNumber: '0.1.2', actorDefinition: { input: schema } });
    assert.equal(fake().requests[0]!.path, `/v2/acts/${RUN.actId}/builds/default`);
  });

  it('getRunLog returns text as plain text, and only its start beyond the cap', async () => {
    fake().failNext(1, { kind: 'body', body: 'line 1\nline 2\n', contentType: 'text/plain' });
    assert.deepEqual(await client().getRunLog({ runId: RUN.id }), { text: 'line 1\nline 2\n', capped: false });
    assert.equal(fake().requests[0]!.headers.accept, 'text/plain');
    fake().failNext(1, { kind: 'flood', chunk: '0123456789', chunks: 1_000, headers: { 'content-type': 'text/plain' } });
    assert.deepEqual(await client().getRunLog({ runId: RUN.id, maxBytes: 25 }), { text: '0123456789012345678901234', capped: true });
  });

  it('getDatasetItems asks clean=1 with a limit and reads the total from X-Apify-Pagination-Total', async () => {
    serve([{ a: 1 }, { b: '<script>' }], 200, { 'x-apify-pagination-total': '1234' });
    const result = await client().getDatasetItems({ datasetId: RUN.defaultDatasetId, limit: 2 });
    assert.deepEqual(result, { items: [{ a: 1 }, { b: '<script>' }], total: 1234, capped: false });
    assert.equal(fake().requests[0]!.path, `/v2/datasets/${RUN.defaultDatasetId}/items`);
    assert.deepEqual(fake().requests[0]!.query, { clean: '1', format: 'json', limit: '2' });
    serve([], 200, { 'x-apify-pagination-total': '1e15' });
    assert.equal((await client().getDatasetItems({ datasetId: RUN.defaultDatasetId, limit: 2 })).total, undefined);
  });

  it('getDatasetItems with maxBytes reads a larger body up to the cap and keeps the complete items at its start', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ i, text: 'x'.repeat(30), nested: { list: [i, '],{"'] } }));
    serve(items, 200, { 'x-apify-pagination-total': '50' });
    const result = await client().getDatasetItems({ datasetId: RUN.defaultDatasetId, limit: 50, maxBytes: 1000 });
    assert.equal(result.capped, true);
    assert.equal(result.total, 50);
    assert.ok(result.items.length > 5 && result.items.length < 50, `${result.items.length} items`);
    assert.deepEqual(result.items, items.slice(0, result.items.length));
    assert.ok(JSON.stringify(result.items).length <= 1000);
  });

  it('refuses to put an ID that is not an Apify ID into a path, sending nothing', async () => {
    for (const id of ['..', 'a/b', 'a\nb', '']) {
      await assert.rejects(client().getRun({ runId: id }), RangeError);
    }
    assert.equal(fake().requests.length, 0);
  });
});
