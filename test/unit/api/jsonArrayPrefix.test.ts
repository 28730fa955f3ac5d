import * as assert from 'node:assert/strict';
import { ApifyInvalidResponseError } from '../../../src/api/errors';
import { completeArrayItems } from '../../../src/api/jsonArrayPrefix';

describe('completeArrayItems: the whole items at the start of a cut JSON array', () => {
  const items = [{ a: 1, s: 'quote " and \\\\ and ] } , [' }, [1, [2, { b: '{' }]], 'text, with comma', 42, null, true, { '': {} }];
  const text = JSON.stringify(items, null, 1);

  it('reads a whole array as it is', () => {
    assert.deepEqual(completeArrayItems(text), items);
    assert.deepEqual(completeArrayItems('  []'), []);
  });

  it('at every cut, returns exactly the items that ended before it', () => {
    for (let cut = 1; cut < text.length; cut++) {
      const got = completeArrayItems(text.slice(0, cut));
      assert.deepEqual(got, items.slice(0, got.length), `cut at ${cut}`);
      // Every item whose text (and the comma after it) lies before the cut is kept.
      const kept = items.filter((_, i) => JSON.stringify(items.slice(0, i + 1), null, 1).length - 2 < cut - 1).length;
      assert.ok(got.length >= kept - 1, `cut at ${cut}: ${got.length} items, ${kept} fit`);
    }
  });

  it('does not overflow the stack on deep nesting', () => {
    const deep = `[${'['.repeat(200_000)}`;
    assert.deepEqual(completeArrayItems(deep), []);
  });

  it('refuses a body that is not an array', () => {
    assert.throws(() => completeArrayItems('{"data": []}'), ApifyInvalidResponseError);
    assert.throws(() => completeArrayItems('<html>'), ApifyInvalidResponseError);
    assert.throws(() => completeArrayItems('[1, }, 2,'), ApifyInvalidResponseError);
  });
});
