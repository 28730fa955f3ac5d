import * as assert from 'node:assert/strict';
import { alteredEncryptedValues, encryptedValuesIn } from '../../../src/input/encryptedValues';
import { checkInputText, formatInput } from '../../../src/input/inputText';

const SECRET = 'ENCRYPTED_VALUE:Zm9vYmFyYmF6:cXV4cXV1eA==';

describe('encrypted input values', () => {
  it('an untouched encrypted value goes back byte for byte through format, edit and parse', () => {
    const opened = { apiKey: SECRET, other: 1 };
    const text = formatInput(opened).replace('"other": 1', '"other": 2');
    const check = checkInputText(text);
    assert.ok(check.ok);
    assert.equal(JSON.stringify(check.value), JSON.stringify({ apiKey: SECRET, other: 2 }));
    assert.deepEqual(alteredEncryptedValues(opened, check.value), []);
  });

  it('names an encrypted-looking value that was altered, anywhere in the input', () => {
    const opened = { apiKey: SECRET, proxies: [{ password: SECRET }] };
    const edited = { apiKey: `${SECRET}x`, proxies: [{ password: SECRET }, { password: 'ENCRYPTED_VALUE:new' }] };
    assert.deepEqual(alteredEncryptedValues(opened, edited), ['apiKey', 'proxies[1].password']);
  });

  it('lets a plain new value replace an encrypted one, and moves of an untouched one', () => {
    assert.deepEqual(alteredEncryptedValues({ apiKey: SECRET }, { apiKey: 'plain new key' }), []);
    assert.deepEqual(alteredEncryptedValues({ apiKey: SECRET }, { nested: { key: SECRET } }), []);
    assert.deepEqual([...encryptedValuesIn([{ a: SECRET }, 'ENCRYPTED_VALUE'])], [SECRET]);
  });
});
