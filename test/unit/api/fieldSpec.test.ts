// checkFields: the messages name the path of every problem, and a valid item builds no paths.
import * as assert from 'node:assert/strict';
import { checkFields, type FieldSpec } from '../../../src/api/fieldSpec';

interface Inner { count?: number }
interface Outer { id: string; label: string; inner: Inner; note?: string | null }

const INNER: FieldSpec<Inner> = { count: { type: 'integer', required: true, min: 0 } };
const OUTER: FieldSpec<Outer> = {
  id: { type: 'apify-id', required: true },
  label: { type: 'string', required: true },
  inner: { type: 'object', required: true, fields: INNER },
  note: { type: 'string', nullable: true },
};

const VALID = { id: 'abc', label: 'x', inner: { count: 2, extra: true }, note: null, unknown: 1 };

function problemsOf(value: unknown, where: string | (() => string)): string[] {
  const check = checkFields(value, OUTER, where);
  assert.equal(check.ok, false, 'expected problems');
  return check.ok ? [] : check.problems;
}

describe('checkFields', () => {
  it('copies a valid value with its known fields only, the same way every time', () => {
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(checkFields(VALID, OUTER, 'data'), { ok: true, value: { id: 'abc', label: 'x', inner: { count: 2 }, note: null } });
    }
  });

  it('builds no path for a valid value', () => {
    let built = 0;
    const check = checkFields(VALID, OUTER, () => {
      built++;
      return 'items[0]';
    });
    assert.equal(check.ok, true);
    assert.equal(built, 0);
  });

  it('names the path of every problem, nested ones included, from a string or a function', () => {
    const bad = { id: 'a b', label: null, inner: { count: -1 } };
    const expected = [
      "items[7].id: not an Apify ID (1–100 letters, digits, '-', '_', '.' or '~')",
      'items[7].label: expected a string, got null',
      'items[7].inner.count: must be at least 0, got -1',
    ];
    assert.deepEqual(problemsOf(bad, 'items[7]'), expected);
    assert.deepEqual(problemsOf(bad, () => 'items[7]'), expected);
  });

  it('words each kind of problem as before', () => {
    assert.deepEqual(problemsOf(null, () => 'items[2]'), ['items[2]: expected an object, got null']);
    assert.deepEqual(problemsOf([], 'data'), ['data: expected an object, got array']);
    assert.deepEqual(problemsOf({ id: 5, inner: 'x' }, 'data'), [
      'data.id: expected an Apify ID, got number 5',
      'data.label: missing',
      'data.inner: expected an object, got string',
    ]);
    assert.deepEqual(problemsOf({ id: 'a', label: 'b', inner: { count: 1.5 } }, () => 'items[0]'), ['items[0].inner.count: expected an integer, got number 1.5']);
    assert.deepEqual(problemsOf({ id: 'a', label: 'b', inner: {} }, 'data'), ['data.inner.count: missing']);
  });

  it('checks each spec by its own fields, also when one spec is built from another', () => {
    const wider: FieldSpec<Outer & { extra: boolean }> = { ...OUTER, extra: { type: 'boolean', required: true } };
    assert.equal(checkFields(VALID, OUTER, 'data').ok, true);
    assert.deepEqual(checkFields(VALID, wider, 'data'), { ok: false, problems: ['data.extra: missing'] });
    assert.equal(checkFields(VALID, OUTER, 'data').ok, true);
  });
});
