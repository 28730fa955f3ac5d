import * as assert from 'node:assert/strict';
import { canonicalJson, changedElsewhere, conflictOutcome } from '../../../src/input/saveConflict';

describe('save conflicts', () => {
  it('a different modifiedAt is a change elsewhere, the same instant is not', () => {
    assert.equal(changedElsewhere({ modifiedAt: '2025-01-01T00:00:00.000Z' }, { modifiedAt: '2025-01-01T00:00:00.001Z' }), true);
    assert.equal(changedElsewhere({ modifiedAt: '2025-01-01T00:00:00.000Z' }, { modifiedAt: '2025-01-01T00:00:00Z' }), false);
    assert.equal(changedElsewhere({ modifiedAt: 'odd', input: {} }, { modifiedAt: 'odder', input: {} }), true);
  });

  it('without modifiedAt on either side, compares the inputs whatever their key order', () => {
    assert.equal(changedElsewhere({ input: { a: 1, b: { c: 2, d: 3 } } }, { modifiedAt: 'x', input: { b: { d: 3, c: 2 }, a: 1 } }), false);
    assert.equal(changedElsewhere({ input: { a: 1 } }, { input: { a: 2 } }), true);
    assert.equal(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] }), '{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('only Overwrite sends; Compare shows a diff; Cancel and a dismissed dialog do nothing', () => {
    assert.deepEqual(conflictOutcome('overwrite'), { send: true, showDiff: false });
    assert.deepEqual(conflictOutcome('compare'), { send: false, showDiff: true });
    assert.deepEqual(conflictOutcome('cancel'), { send: false, showDiff: false });
    assert.deepEqual(conflictOutcome(undefined), { send: false, showDiff: false });
  });
});
