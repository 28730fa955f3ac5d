// The hand-written validator (shipped in the bundle) must agree with the official schema
// (checked with ajv, test-only) on which pages are valid. Where the client is deliberately
// stricter than the schema, that is asserted explicitly.
import * as assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv/dist/2020';
import { validateTaskPage } from '../../../src/api/validateTaskPage';
import { describeAjvErrors, findOpenApiDir, OpenApiSchemas } from '../openApiSchemas';
import { INCONSISTENT_ENVELOPES, MALFORMED_ENVELOPES, MALFORMED_ITEMS, page, task, VALID_PAGES } from './taskPageSamples';

/** True when the client takes the page as is (no envelope error and no rejected item). */
function clientAccepts(body: unknown): boolean {
  try {
    return validateTaskPage(body).rejected.length === 0;
  } catch {
    return false;
  }
}

describe('hand-written task page validator vs the official schema', () => {
  let schema: ValidateFunction;

  before(() => {
    schema = new OpenApiSchemas(findOpenApiDir()).validatorForPathResponse('paths/actor-tasks/actor-tasks.yaml', 'get', '200');
  });

  for (const sample of VALID_PAGES) {
    it(`both accept ${sample.name}`, () => {
      assert.equal(schema(sample.body), true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample.body), true);
    });
  }

  for (const sample of [...MALFORMED_ENVELOPES, ...MALFORMED_ITEMS]) {
    it(`both reject ${sample.name}`, () => {
      assert.equal(schema(sample.body), false, 'ajv accepted it');
      assert.equal(clientAccepts(sample.body), false, 'the client accepted it');
    });
  }

  for (const sample of INCONSISTENT_ENVELOPES) {
    it(`only the client rejects ${sample.name} (the schema cannot express it)`, () => {
      assert.equal(schema(sample.body), true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample.body), false);
    });
  }

  it('only the client rejects duplicate IDs (the schema has no uniqueness rule)', () => {
    const body = page([task({}, 1), task({}, 1)]);
    assert.equal(schema(body), true, describeAjvErrors(schema));
    assert.equal(clientAccepts(body), false);
  });
});
