import * as assert from 'node:assert/strict';
import { isApifyId } from '../../../src/api/apifyId';
import { HOSTILE_IDS } from './taskPageSamples';

describe('isApifyId', () => {
  it('accepts what Apify IDs look like', () => {
    for (const id of ['zdc3Pyhyz3m8vjDeM', 'a', 'janedoe~my-actor', 'my_task.v2', 'A-1', 'x'.repeat(100)]) assert.equal(isApifyId(id), true, id);
  });

  it('refuses line breaks, shell syntax, the separators of tree-row ids, empty, dots only, too long, non-strings', () => {
    for (const id of [...HOSTILE_IDS, '.', '~', 'a:b', 'a/b', 'a\tb', 'a\u0000b', '\u200Babc']) assert.equal(isApifyId(id), false, JSON.stringify(id));
    for (const value of [undefined, null, 12, {}, ['a']]) assert.equal(isApifyId(value), false, String(value));
  });
});
