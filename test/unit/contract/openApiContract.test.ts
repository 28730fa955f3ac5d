// The committed contract stands on its own: every $ref in it resolves inside it, so the schema
// tests need nothing beside the repository.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contractDir, findOpenApiDir } from '../openApiSchemas';
import { unresolvedRefs } from './openApiRefs';

describe('contract/apify-openapi', () => {
  it('is what the schema tests read by default', function () {
    if (process.env.APIFY_OPENAPI_DIR) assert.equal(findOpenApiDir(), path.resolve(process.env.APIFY_OPENAPI_DIR));
    else assert.equal(findOpenApiDir(), contractDir());
  });

  it('has the licence and the provenance note', () => {
    assert.match(fs.readFileSync(path.join(contractDir(), 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
    assert.match(fs.readFileSync(path.join(contractDir(), 'PROVENANCE.md'), 'utf8'), /4416da61289180e10164f90abcf3d58d4be75494/);
  });

  it('every $ref (file and pointer) resolves inside the copy', () => {
    assert.deepEqual(unresolvedRefs(contractDir()), []);
  });

  it('the check can fail: a copy missing one referenced file is reported', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
    try {
      fs.cpSync(contractDir(), scratch, { recursive: true });
      fs.rmSync(path.join(scratch, 'components', 'schemas', 'actor-runs', 'RunStats.yaml'));
      const problems = unresolvedRefs(scratch);
      assert.ok(problems.some((p) => p.includes('RunStats.yaml') && p.includes('no such file')), problems.join('\n'));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
