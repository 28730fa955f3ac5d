// GET /v2/acts/{id}/builds/default: input schemas in actorDefinition.input, one build without
// a schema, one actor without a default build.
import * as assert from 'node:assert/strict';
import { useFakeApify } from '../fakeApifyFixture';
import { callApi } from './rawRequest';

describe('fake API: actor default builds', () => {
  const fake = useFakeApify({ taskCount: 3 });
  const build = (actorId: string) => callApi(fake().url, fake().token, 'GET', `/v2/acts/${encodeURIComponent(actorId)}/builds/default`);
  const actor = (name: string) => fake().actors.find((a) => a.actName === name)!;

  it('a crawler build has an Apify input schema with editor, enum, default, minimum, maximum, required, prefill, sectionCaption', async () => {
    const answer = await build(actor('web-scraper').actId);
    assert.equal(answer.status, 200);
    const schema = answer.body.data.actorDefinition.input;
    assert.deepEqual(schema.required, ['startUrls']);
    const props = schema.properties;
    assert.equal(props.startUrls.editor, 'requestListSources');
    assert.ok(props.startUrls.prefill);
    assert.deepEqual([props.maxRequestsPerCrawl.minimum, props.maxRequestsPerCrawl.maximum, props.maxRequestsPerCrawl.default], [0, 100000, 100]);
    assert.ok(Array.isArray(props.crawlerType.enum));
    assert.equal(typeof props.crawlerType.sectionCaption, 'string');
    assert.equal(props.excludeGlobs.items.type, 'string');
  });

  it('an actor is also found by username~name', async () => {
    const a = actor('google-search-scraper');
    assert.equal((await build(`${a.actUsername}~${a.actName}`)).body.data.actId, a.actId);
  });

  it('one build has no input schema; one actor has no default build (404 record-not-found)', async () => {
    const bare = await build(actor('my-custom-crawler').actId);
    assert.equal(bare.status, 200);
    assert.equal(bare.body.data.actorDefinition.input, undefined);
    const missing = await build(actor('price-monitor').actId);
    assert.deepEqual([missing.status, missing.body.error.type], [404, 'record-not-found']);
    assert.equal((await build('nope')).status, 404);
  });
});
