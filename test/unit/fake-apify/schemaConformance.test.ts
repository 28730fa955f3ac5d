// The fake's answers validate against the official Apify OpenAPI schemas, so tests that pass
// against the fake say something about the real API. A missing spec fails, never skips.
import * as assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv/dist/2020';
import { generateTasks } from '../../fake-apify/seedTasks';
import { useFakeApify } from '../fakeApifyFixture';
import { describeAjvErrors, findOpenApiDir, OpenApiSchemas } from '../openApiSchemas';
import { getJson, rawRequest } from './rawRequest';

describe('fake API vs the official OpenAPI schemas', () => {
  const fake = useFakeApify({ taskCount: 60 });
  let schemas: OpenApiSchemas;

  before(() => {
    schemas = new OpenApiSchemas(findOpenApiDir());
  });

  function assertValid(validate: ValidateFunction, body: unknown): void {
    assert.equal(validate(body), true, describeAjvErrors(validate));
  }

  const listSchema = (): ValidateFunction => schemas.validatorForPathResponse('paths/actor-tasks/actor-tasks.yaml', 'get', '200');

  it('the schema check can fail (a sanity check of the set-up)', () => {
    assert.equal(listSchema()({ data: { total: 1 } }), false);
    assert.equal(schemas.validatorForPathResponse('paths/users/users@me.yaml', 'get', '200')({ data: { username: 'x' } }), false);
  });

  it('a full list page, including nulls, absent fields and hostile names', async () => {
    const { body } = await getJson(fake().url, '/v2/actor-tasks', fake().token);
    assert.ok(body.data.items.some((t: Record<string, unknown>) => t.actName === null));
    assert.ok(body.data.items.some((t: Record<string, unknown>) => t.stats === null));
    assertValid(listSchema(), body);
  });

  it('a middle page in descending order, a page past the end, a clamped page', async () => {
    for (const query of ['?offset=10&limit=5&desc=1', '?offset=500', '?limit=5000']) {
      assertValid(listSchema(), (await getJson(fake().url, `/v2/actor-tasks${query}`, fake().token)).body);
    }
  });

  it('a demo-style page', async () => {
    fake().tasks.splice(0, fake().tasks.length);
    fake().tasks.push(...generateTasks(30, { style: 'demo' }));
    assertValid(listSchema(), (await getJson(fake().url, '/v2/actor-tasks', fake().token)).body);
  });

  it('GET /v2/users/me', async () => {
    const { body } = await getJson(fake().url, '/v2/users/me', fake().token);
    assertValid(schemas.validatorForPathResponse('paths/users/users@me.yaml', 'get', '200'), body);
  });

  const specErrors: [string, string, string, () => Promise<{ status: number; body: any }>][] = [
    ['400', 'paths/actor-tasks/actor-tasks.yaml', 'invalid offset', () => getJson(fake().url, '/v2/actor-tasks?offset=-1', fake().token)],
    ['401', 'paths/actor-tasks/actor-tasks.yaml', 'no token', () => getJson(fake().url, '/v2/actor-tasks')],
    ['401', 'paths/users/users@me.yaml', 'wrong token', () => getJson(fake().url, '/v2/users/me', 'wrong')],
    ['403', 'paths/actor-tasks/actor-tasks.yaml', 'forbidden', () => (fake().setForbidden(true), getJson(fake().url, '/v2/actor-tasks', fake().token))],
    ['405', 'paths/actor-tasks/actor-tasks.yaml', 'DELETE', async () => {
      const answer = await rawRequest(`${fake().url}/v2/actor-tasks`, { method: 'DELETE', headers: { authorization: `Bearer ${fake().token}` } });
      return { status: answer.status, body: JSON.parse(answer.body) };
    }],
    ['429', 'paths/actor-tasks/actor-tasks.yaml', 'rate limited', () => (fake().failNext(1, { status: 429 }), getJson(fake().url, '/v2/actor-tasks', fake().token))],
    ['404', 'paths/actor-tasks/actor-tasks@{actorTaskId}.yaml', 'unknown task', () => getJson(fake().url, '/v2/actor-tasks/nope', fake().token)],
  ];
  for (const [status, pathFile, what, request] of specErrors) {
    it(`error body for ${status} (${what}) matches the spec's ${status} response`, async () => {
      const answer = await request();
      assert.equal(String(answer.status), status);
      assertValid(schemas.validatorForPathResponse(pathFile, 'get', status), answer.body);
      // ErrorDetail does not require its fields, but the real API always sends both.
      assert.equal(typeof answer.body.error.type, 'string');
      assert.equal(typeof answer.body.error.message, 'string');
    });
  }

  it('other error bodies (404 page-not-found, 5xx, every default type) match ErrorResponse', async () => {
    const validate = schemas.errorResponseValidator();
    assertValid(validate, (await getJson(fake().url, '/v2/nowhere', fake().token)).body);
    for (const status of [400, 401, 402, 403, 404, 405, 408, 409, 413, 418, 429, 500, 501, 502, 503, 504]) {
      fake().failNext(1, { status });
      const answer = await getJson(fake().url, '/v2/actor-tasks', fake().token);
      assert.equal(answer.status, status);
      assertValid(validate, answer.body);
    }
  });

  it('the error type check is real: an unknown type fails ErrorResponse', () => {
    assert.equal(schemas.errorResponseValidator()({ error: { type: 'made-up-type', message: 'x' } }), false);
  });
});
