import * as assert from 'node:assert/strict';
import { checkInputText, formatInput } from '../../../src/input/inputText';

describe('checkInputText', () => {
  it('accepts a JSON object or array', () => {
    assert.deepEqual(checkInputText('{ "a": [1, null] }'), { ok: true, value: { a: [1, null] } });
    assert.deepEqual(checkInputText('[1]'), { ok: true, value: [1] });
  });

  it('refuses text that is not JSON, naming the parser problem', () => {
    for (const text of ['', '{ "a": 1, }', '{ a: 1 }', '{"a": 1} // comment', '{']) {
      const check = checkInputText(text);
      assert.equal(check.ok, false, text);
      assert.equal(!check.ok && check.problem, 'syntax', text);
      assert.ok(!check.ok && check.problem === 'syntax' && check.detail.length > 0);
    }
  });

  it('refuses JSON that is not an object or array', () => {
    assert.deepEqual(checkInputText('42'), { ok: false, problem: 'shape', got: 'number' });
    assert.deepEqual(checkInputText('"x"'), { ok: false, problem: 'shape', got: 'string' });
    assert.deepEqual(checkInputText('null'), { ok: false, problem: 'shape', got: 'null' });
    assert.deepEqual(checkInputText('true'), { ok: false, problem: 'shape', got: 'boolean' });
  });

  it('formats with two spaces and a final line break', () => {
    assert.equal(formatInput({ a: [1], b: { c: 'd' } }), '{\n  "a": [\n    1\n  ],\n  "b": {\n    "c": "d"\n  }\n}\n');
  });
});
