import * as assert from 'node:assert/strict';
import { jsonSchemaFromApify } from '../../../src/input/jsonSchemaFromApify';
import { CRAWLER_INPUT_SCHEMA, SEARCH_INPUT_SCHEMA } from '../../fake-apify/actorInputSchemas';

describe('jsonSchemaFromApify', () => {
  it('maps the keywords both formats share and drops the editor-only ones', () => {
    const schema = jsonSchemaFromApify(CRAWLER_INPUT_SCHEMA)!;
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['startUrls']);
    assert.equal(schema.additionalProperties, undefined, 'the crawler schema does not forbid unknown properties');
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    assert.deepEqual(properties.maxRequestsPerCrawl, {
      type: 'integer', title: 'Max pages', description: 'The crawl stops after this many pages.', default: 100, minimum: 0, maximum: 100000,
    });
    assert.deepEqual(properties.crawlerType, {
      type: 'string', title: 'Crawler type', description: 'How pages are loaded.', default: 'cheerio',
      enum: ['cheerio', 'playwright:firefox', 'playwright:chrome'], enumDescriptions: ['Raw HTTP (fast)', 'Firefox', 'Chrome'],
    });
    assert.deepEqual(properties.excludeGlobs, { type: 'array', title: 'Exclude URLs (globs)', description: 'Pages to skip.', default: [], items: { type: 'string' } });
    for (const property of Object.values(properties)) {
      for (const key of ['editor', 'prefill', 'sectionCaption', 'sectionDescription', 'unit', 'isSecret', 'example']) assert.ok(!(key in property), key);
    }
  });

  it('keeps additionalProperties: false where the Apify schema forbids unknown properties, and nullable as a null type', () => {
    const schema = jsonSchemaFromApify(SEARCH_INPUT_SCHEMA)!;
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual((schema.properties as any).countryCode.type, ['string', 'null']);
    assert.equal(jsonSchemaFromApify({ ...SEARCH_INPUT_SCHEMA, additionalProperties: true })!.additionalProperties, undefined);
  });

  it('is undefined for what is not an input schema', () => {
    for (const input of [undefined, null, 'x', [], {}, { properties: [] }]) assert.equal(jsonSchemaFromApify(input), undefined);
  });

  it('never copies a regular expression, an unknown type or an enum value that is not a primitive', () => {
    const schema = jsonSchemaFromApify({
      type: 'object',
      properties: {
        a: { type: 'string', pattern: '^(a+)+$', patternKey: 'x', patternValue: 'y' },
        b: { type: 'function' },
        c: { type: 'string', enum: ['x', { y: 1 }, 2], enumTitles: ['X', 'Y', 'Two'] },
      },
    })!;
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    assert.deepEqual(properties.a, { type: 'string' });
    assert.deepEqual(properties.b, {});
    assert.deepEqual(properties.c, { type: 'string', enum: ['x', 2], enumDescriptions: ['X', 'Two'] });
  });

  it('makes texts from the API safe to show: one line, no invisible characters, no autolinks; drops keys that would not show as themselves', () => {
    const schema = jsonSchemaFromApify({
      type: 'object',
      properties: {
        ok: { type: 'string', title: 'Line 1\nLine 2\u202e', description: 'See https://evil.example and www.evil.example' },
        'spoof\u202etxt.exe': { type: 'string' },
        'two\nlines': { type: 'string' },
      },
    })!;
    const properties = schema.properties as Record<string, Record<string, string>>;
    assert.deepEqual(Object.keys(properties), ['ok']);
    assert.equal(properties.ok.title, 'Line 1 Line 2');
    assert.doesNotMatch(properties.ok.description, /https:\/\//);
    assert.doesNotMatch(properties.ok.description, /www\./);
    assert.equal(properties.ok.description.replace(/\u2060/g, ''), 'See https://evil.example and www.evil.example');
  });

  it('stops at a bounded depth', () => {
    let nested: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50; i++) nested = { type: 'object', properties: { deeper: nested } };
    let depth = 0;
    let schema: any = jsonSchemaFromApify(nested);
    while (schema?.properties?.deeper) { schema = schema.properties.deeper; depth++; }
    assert.ok(depth <= 8, `depth ${depth}`);
  });
});
