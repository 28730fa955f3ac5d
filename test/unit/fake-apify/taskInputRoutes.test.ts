// One task and its input over real HTTP: PUT …/input merges, PUT of the task with {"input"}
// replaces, modifiedAt moves on every change (also "from elsewhere"), encrypted values kept.
import * as assert from 'node:assert/strict';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi } from './rawRequest';

describe('fake API: task and task input', () => {
  const fake = useFakeApify({ taskCount: 6, style: 'demo' });
  const call = (method: string, path: string, body?: unknown) => callApi(fake().url, fake().token, method, path, body);
  const task = (i = 0) => fake().tasks[i]!;

  it('GET /v2/actor-tasks/{id} is the Task with its input and options', async () => {
    const answer = await call('GET', `/v2/actor-tasks/${task().id}`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.id, task().id);
    assert.deepEqual(answer.body.data.input, fake().taskInput(task().id));
    assert.equal(typeof answer.body.data.options.timeoutSecs, 'number');
  });

  it('GET …/input is the raw input (not wrapped in data)', async () => {
    assert.deepEqual((await call('GET', `/v2/actor-tasks/${task().id}/input`)).body, fake().taskInput(task().id));
  });

  it('PUT …/input merges: given properties change, others stay', async () => {
    const before = fake().taskInput(task().id);
    const answer = await call('PUT', `/v2/actor-tasks/${task().id}/input`, { added: 1 });
    assert.deepEqual(answer.body, { ...before, added: 1 });
    assert.deepEqual(fake().taskInput(task().id), { ...before, added: 1 });
  });

  it('PUT /v2/actor-tasks/{id} with {"input"} replaces: a property left out is gone', async () => {
    await call('PUT', `/v2/actor-tasks/${task().id}/input`, { keepMe: true });
    const answer = await call('PUT', `/v2/actor-tasks/${task().id}`, { input: { only: 'this' } });
    assert.deepEqual(answer.body.data.input, { only: 'this' });
    assert.deepEqual(fake().taskInput(task().id), { only: 'this' });
  });

  it('modifiedAt moves forward on every update, through either PUT and from elsewhere', async () => {
    const stamps = [String(task().modifiedAt)];
    await call('PUT', `/v2/actor-tasks/${task().id}/input`, { a: 1 });
    stamps.push((await call('GET', `/v2/actor-tasks/${task().id}`)).body.data.modifiedAt);
    stamps.push((await call('PUT', `/v2/actor-tasks/${task().id}`, { input: { a: 2 } })).body.data.modifiedAt);
    fake().changeTaskElsewhere(task().id, { input: { changed: 'in Console' } });
    stamps.push((await call('GET', `/v2/actor-tasks/${task().id}`)).body.data.modifiedAt);
    for (let i = 1; i < stamps.length; i++) assert.ok(stamps[i]! > stamps[i - 1]!, stamps.join(' / '));
    assert.deepEqual((await call('GET', `/v2/actor-tasks/${task().id}/input`)).body, { changed: 'in Console' });
    const listed = await call('GET', '/v2/actor-tasks');
    assert.equal(listed.body.data.items.find((t: { id: string }) => t.id === task().id).modifiedAt, stamps.at(-1));
  });

  it('some inputs hold ENCRYPTED_VALUE: strings, and they are stored back as sent', async () => {
    const inputs = fake().tasks.map((t) => fake().taskInput(t.id));
    const secret = inputs.map((i) => i.apiKey).find((v) => typeof v === 'string' && v.startsWith('ENCRYPTED_VALUE:'));
    assert.ok(secret, 'no seeded input holds an encrypted value');
    await call('PUT', `/v2/actor-tasks/${task(1).id}`, { input: { apiKey: secret } });
    assert.equal(fake().taskInput(task(1).id).apiKey, secret);
  });

  it('a body over 9 MiB is 413 request-too-large and changes nothing', async () => {
    const before = fake().taskInput(task().id);
    const answer = await call('PUT', `/v2/actor-tasks/${task().id}`, { input: { big: 'x'.repeat(10 * 1024 * 1024) } });
    assert.deepEqual([answer.status, answer.body.error.type], [413, 'request-too-large']);
    assert.deepEqual(fake().taskInput(task().id), before);
  });

  it('bad bodies are 400 and change nothing; unknown tasks 404', async () => {
    const before = fake().taskInput(task().id);
    assert.equal((await call('PUT', `/v2/actor-tasks/${task().id}/input`, '[1]')).status, 400);
    assert.equal((await call('PUT', `/v2/actor-tasks/${task().id}`, 'not json')).status, 400);
    assert.equal((await call('PUT', `/v2/actor-tasks/${task().id}`, { input: 'text' })).status, 400);
    assert.deepEqual(fake().taskInput(task().id), before);
    assert.equal((await call('GET', '/v2/actor-tasks/nope/input')).status, 404);
    assert.equal((await call('PUT', '/v2/actor-tasks/nope', { input: {} })).status, 404);
  });
});
