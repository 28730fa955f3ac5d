// The hand-written validator (shipped in the bundle) checked against the official schema (ajv,
// test-only) on which pages are valid. Where the client deliberately differs, that is asserted
// explicitly: it is stricter where a page could skip or repeat tasks or an ID is unsafe, and more
// lenient where the schema would hide a task for a field the extension does not need.
import * as assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv/dist/2020';
import { validatePage } from '../../../src/api/validatePage';
import { TASK_SHORT_FIELDS } from '../../../src/api/validateTaskShort';
import { describeAjvErrors, findOpenApiDir, OpenApiSchemas } from '../openApiSchemas';
import {
  HOSTILE_IDS, INCONSISTENT_ENVELOPES, MALFORMED_ENVELOPES, MALFORMED_ITEMS, page, queryFor, task,
  TOLERATED_ENVELOPES, TOLERATED_ITEMS, VALID_PAGES, type Sample,
} from './taskPageSamples';

/** True when the client takes the page as is (no envelope error and no rejected item). */
function clientAccepts(sample: Sample): boolean {
  try {
    return validatePage(sample.body, TASK_SHORT_FIELDS, queryFor(sample), 'task list').rejected.length === 0;
  } catch {
    return false;
  }
}

describe('task page validator vs the official schema', () => {
  let schema: ValidateFunction;

  before(() => {
    schema = new OpenApiSchemas(findOpenApiDir()).validatorForPathResponse('paths/actor-tasks/actor-tasks.yaml', 'get', '200');
  });

  for (const sample of VALID_PAGES) {
    it(`both accept ${sample.name}`, () => {
      assert.equal(schema(sample.body), true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample), true);
    });
  }

  for (const sample of [...MALFORMED_ENVELOPES, ...MALFORMED_ITEMS]) {
    it(`both reject ${sample.name}`, () => {
      assert.equal(schema(sample.body), false, 'ajv accepted it');
      assert.equal(clientAccepts(sample), false, 'the client accepted it');
    });
  }

  for (const sample of INCONSISTENT_ENVELOPES) {
    it(`only the client rejects ${sample.name} (the schema cannot express it)`, () => {
      assert.equal(schema(sample.body), true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample), false);
    });
  }

  for (const sample of [...TOLERATED_ENVELOPES, ...TOLERATED_ITEMS]) {
    it(`the client shows the task for ${sample.name}, whatever the schema says`, () => {
      assert.equal(schema(sample.body), sample.schemaAccepts === true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample), true);
    });
  }

  it('only the client rejects IDs that cannot be Apify IDs (the schema allows any string)', () => {
    for (const id of HOSTILE_IDS) {
      const sample = { name: id, body: page([task({ id })]) };
      assert.equal(schema(sample.body), true, describeAjvErrors(schema));
      assert.equal(clientAccepts(sample), false, JSON.stringify(id));
    }
  });

  it('only the client rejects duplicate IDs (the schema has no uniqueness rule)', () => {
    const sample = { name: 'duplicates', body: page([task({}, 1), task({}, 1)]) };
    assert.equal(schema(sample.body), true, describeAjvErrors(schema));
    assert.equal(clientAccepts(sample), false);
  });
});
