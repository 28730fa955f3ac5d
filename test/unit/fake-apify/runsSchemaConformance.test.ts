// Every answer the fake added for runs, datasets, task input and builds validates against the
// official schemas in contract/apify-openapi (the path file's own response for that status).
import * as assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv/dist/2020';
import { RUN_TASK } from '../../fake-apify/faultSchedule';
import { RUN_REFUSALS } from '../../fake-apify/runRefusals';
import { TERMINAL_STATUSES } from '../../fake-apify/runModel';
import { useFakeApify } from '../fakeApifyFixture';
import { describeAjvErrors, findOpenApiDir, OpenApiSchemas } from '../openApiSchemas';
import { callApi } from './rawRequest';

const TASK = 'paths/actor-tasks/actor-tasks@{actorTaskId}.yaml';
const INPUT = 'paths/actor-tasks/actor-tasks@{actorTaskId}@input.yaml';
const RUNS = 'paths/actor-tasks/actor-tasks@{actorTaskId}@runs.yaml';
const LAST = 'paths/actor-tasks/actor-tasks@{actorTaskId}@runs@last.yaml';
const RUN = 'paths/actor-runs/actor-runs@{runId}.yaml';
const ABORT = 'paths/actor-runs/actor-runs@{runId}@abort.yaml';
const LOG = 'paths/actor-runs/actor-runs@{runId}@log.yaml';
const ITEMS = 'paths/datasets/datasets@{datasetId}@items.yaml';
const BUILD = 'paths/actors/acts@{actorId}@builds@default.yaml';

describe('fake API vs the official schemas: runs, datasets, task input, builds', () => {
  const fake = useFakeApify({ taskCount: 25, timeScale: 0.01, newRunPlan: { startAfterMs: 1e7, finishAfterMs: null } });
  let schemas: OpenApiSchemas;
  before(() => {
    schemas = new OpenApiSchemas(findOpenApiDir());
  });
  const call = (method: string, path: string, body?: unknown) => callApi(fake().url, fake().token, method, path, body);
  const check = (file: string, method: string, status: number, body: unknown, contentType?: string): void => {
    const validate: ValidateFunction = schemas.validatorForPathResponse(file, method, String(status), contentType);
    assert.equal(validate(body), true, `${method} ${file} ${status}: ${describeAjvErrors(validate)}`);
  };
  const taskId = (i = 0) => fake().tasks[i]!.id;

  it('the checks can fail (sanity): a run without required fields is rejected', () => {
    assert.equal(schemas.validatorForPathResponse(RUN, 'get', '200')({ data: { id: 'x' } }), false);
    assert.equal(schemas.validatorForPathResponse(RUNS, 'get', '200')({ data: { total: 0 } }), false);
    // The abort operation is a $ref into a shared file with YAML merge keys: still a real check.
    assert.equal(schemas.validatorForPathResponse(ABORT, 'post', '200')({ data: { id: 'x' } }), false);
    assert.equal(schemas.validatorForPathResponse(LOG, 'get', '200', 'text/plain')(42), false);
  });

  it('GET …/runs pages (seeded runs of every status, hostile messages) of every task', async () => {
    for (const task of fake().tasks) {
      const answer = await call('GET', `/v2/actor-tasks/${task.id}/runs?desc=1`);
      check(RUNS, 'get', 200, answer.body);
    }
    const statuses = new Set(fake().runs.map((r) => r.status));
    for (const status of TERMINAL_STATUSES) assert.ok(statuses.has(status), `no seeded ${status} run`);
  });

  it('POST …/runs (201), its run while READY, RUNNING, ABORTING and each final status, and runs/last', async () => {
    const started = await call('POST', `/v2/actor-tasks/${taskId()}/runs`, { override: true });
    check(RUNS, 'post', 201, started.body);
    const id = started.body.data.id;
    check(RUN, 'get', 200, (await call('GET', `/v2/actor-runs/${id}`)).body);
    fake().markRunning(id);
    check(RUN, 'get', 200, (await call('GET', `/v2/actor-runs/${id}`)).body);
    check(LAST, 'get', 200, (await call('GET', `/v2/actor-tasks/${taskId()}/runs/last`)).body);
    check(ABORT, 'post', 200, (await call('POST', `/v2/actor-runs/${id}/abort`)).body);
    check(RUN, 'get', 200, (await call('GET', `/v2/actor-runs/${id}?waitForFinish=60`)).body);
    for (const status of TERMINAL_STATUSES) {
      const run = fake().createRun(taskId(2));
      fake().finishRun(run.id, status);
      check(RUN, 'get', 200, (await call('GET', `/v2/actor-runs/${run.id}`)).body);
      check(ABORT, 'post', 200, (await call('POST', `/v2/actor-runs/${run.id}/abort`)).body);
    }
    check(RUNS, 'get', 200, (await call('GET', `/v2/actor-tasks/${taskId(2)}/runs`)).body);
  });

  it('GET …/log is a text/plain string', async () => {
    const run = fake().runsOf(taskId())[0]!;
    const answer = await call('GET', `/v2/actor-runs/${run.id}/log`);
    check(LOG, 'get', 200, answer.text, 'text/plain');
    assert.ok(answer.text.length > 0);
  });

  it('GET dataset items, clean and raw', async () => {
    const run = fake().runsOf(taskId()).find((r) => r.status === 'SUCCEEDED')!;
    for (const query of ['', '?clean=1', '?offset=2&limit=3&desc=1']) {
      const answer = await call('GET', `/v2/datasets/${run.defaultDatasetId}/items${query}`);
      check(ITEMS, 'get', 200, answer.body);
    }
  });

  it('task GET/PUT and input GET/PUT', async () => {
    for (const task of fake().tasks) check(TASK, 'get', 200, (await call('GET', `/v2/actor-tasks/${task.id}`)).body);
    check(TASK, 'put', 200, (await call('PUT', `/v2/actor-tasks/${taskId()}`, { input: { a: 1 } })).body);
    check(INPUT, 'get', 200, (await call('GET', `/v2/actor-tasks/${taskId()}/input`)).body);
    check(INPUT, 'put', 200, (await call('PUT', `/v2/actor-tasks/${taskId()}/input`, { b: 2 })).body);
  });

  it('default builds: with a schema, without one, and the 404', async () => {
    for (const actor of fake().actors) {
      const answer = await call('GET', `/v2/acts/${actor.actId}/builds/default`);
      check(BUILD, 'get', answer.status, answer.body);
    }
  });

  it('errors: 404s of each route, 400 bad bodies, and every refusal of POST …/runs', async () => {
    check(RUNS, 'get', 404, (await call('GET', '/v2/actor-tasks/nope/runs')).body);
    check(LAST, 'get', 404, (await call('GET', `/v2/actor-tasks/${taskId(1)}/runs/last`)).body);
    check(RUN, 'get', 404, (await call('GET', '/v2/actor-runs/nope')).body);
    check(ABORT, 'post', 404, (await call('POST', '/v2/actor-runs/nope/abort')).body);
    check(LOG, 'get', 404, (await call('GET', '/v2/actor-runs/nope/log')).body);
    check(ITEMS, 'get', 404, (await call('GET', '/v2/datasets/nope/items')).body);
    check(TASK, 'put', 400, (await call('PUT', `/v2/actor-tasks/${taskId()}`, 'nope')).body);
    check(INPUT, 'put', 400, (await call('PUT', `/v2/actor-tasks/${taskId()}/input`, '[]')).body);
    check(RUNS, 'post', 400, (await call('POST', `/v2/actor-tasks/${taskId()}/runs`, '"text"')).body);
    for (const refusal of Object.values(RUN_REFUSALS)) {
      fake().failNext(1, refusal, RUN_TASK);
      check(RUNS, 'post', refusal.status, (await call('POST', `/v2/actor-tasks/${taskId()}/runs`)).body);
    }
    fake().failNext(1, { status: 429, retryAfter: 1 }, RUN_TASK);
    check(RUNS, 'post', 429, (await call('POST', `/v2/actor-tasks/${taskId()}/runs`)).body);
  });
});
