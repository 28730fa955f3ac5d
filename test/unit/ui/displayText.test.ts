// safeText: the one function that makes API text safe to show. Plain Node: it must not need vscode.
import * as assert from 'node:assert/strict';
import { escapeMarkdown, safeText } from '../../../src/ui/displayText';
import { pick, seededRandom } from '../../fake-apify/seededRandom';

describe('safeText', () => {
  it('keeps ordinary names as they are, accents and scripts included', () => {
    for (const name of ['My task', 'Café crawler – nightly', '東京 scraper', 'שלום עולם', 'emoji 🚀 ok', 'a$b (c)']) {
      assert.equal(safeText(name), name);
    }
  });

  it('turns line breaks and other controls, U+2028 and U+2029 into spaces: one line', () => {
    assert.equal(safeText('a\nb\r\nc\td\u0000e\u0085f\u2028g\u2029h'), 'a b  c d e f g h');
  });

  it('removes bidi overrides, isolates and marks (LRM, RLM, ALM)', () => {
    assert.equal(safeText('abc\u202egnp.exe'), 'abcgnp.exe');
    assert.equal(safeText('\u2066x\u2069\u200ey\u200fz\u061c'), 'xyz');
  });

  it('removes zero-width and other invisible characters, so look-alikes become equal', () => {
    const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\u2063', '\ufeff', '\u00ad', '\u180e', '\u{e0041}', '\ufe0f'];
    for (const character of invisible) {
      assert.equal(safeText(`My${character} task`), 'My task', `U+${character.codePointAt(0)!.toString(16)} survived`);
    }
  });

  it('cuts floods of combining marks to three per character', () => {
    const zalgo = `Z${'\u0301\u0302\u0303'.repeat(50)}ero`;
    assert.equal(safeText(zalgo), 'Z\u0301\u0302\u0303ero');
    assert.equal(safeText('e\u0323\u0302'), 'e\u0323\u0302'); // ệ, decomposed
  });

  it('breaks $(icon) syntax, which quick picks and the status bar would render as an icon', () => {
    const shown = safeText('$(alert) Urgent $(sync~spin)');
    assert.doesNotMatch(shown, /\$\(/);
    assert.equal(shown.replace(/\u2060/g, ''), '$(alert) Urgent $(sync~spin)');
  });

  it('cannot be tricked into $( by a removed character between $ and (', () => {
    assert.doesNotMatch(safeText('$\u200b(alert)'), /\$\(/);
  });

  it('bounds the length without splitting a surrogate pair', () => {
    assert.equal(safeText('x'.repeat(500)).length, 200);
    assert.ok(safeText('x'.repeat(500)).endsWith('…'));
    const emoji = safeText('🚀'.repeat(300), 10);
    assert.equal(Array.from(emoji).length, 10);
    assert.doesNotMatch(emoji, /[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

// Printable ASCII without `$(` skips the rules, and only text longer (in UTF-16 units) than the
// limit is split into characters. These pin the edges of that shortcut.
describe('safeText on its shortcut for plain text', () => {
  it('keeps text of exactly the limit, and cuts one character more', () => {
    assert.equal(safeText('x'.repeat(200)), 'x'.repeat(200));
    assert.equal(safeText('x'.repeat(201)), `${'x'.repeat(199)}…`);
    assert.equal(safeText('abcdefghij', 10), 'abcdefghij');
    assert.equal(safeText('abcdefghijk', 10), 'abcdefghi…');
    assert.equal(safeText('', 0), '');
    assert.equal(safeText('a', 0), '…');
  });

  it('counts characters, not UTF-16 units: astral text at the limit is kept', () => {
    assert.equal(safeText('🚀'.repeat(10), 10), '🚀'.repeat(10)); // 20 units, 10 characters
    assert.equal(safeText('🚀'.repeat(11), 10), `${'🚀'.repeat(9)}…`);
    assert.equal(safeText(`${'x'.repeat(9)}🚀`, 10), `${'x'.repeat(9)}🚀`);
  });

  it('keeps $ and ( apart as they are, and breaks $( wherever it is', () => {
    for (const text of ['$', '(', 'a$', '$ (', '($)', 'price: 5$', ')$']) assert.equal(safeText(text), text);
    assert.equal(safeText('$('), '$\u2060(');
    assert.equal(safeText('a$(b'), 'a$\u2060(b');
    assert.equal(safeText('$$(('), '$$\u2060((');
  });

  it('treats the first and last printable ASCII characters as plain, and a lone control as a control', () => {
    assert.equal(safeText(' ~'), ' ~');
    for (const control of ['\u0000', '\u001f', '\u007f', '\u0080', '\u009f', '\t', '\n']) {
      assert.equal(safeText(control), ' ', `U+${control.codePointAt(0)!.toString(16)}`);
      assert.equal(safeText(`a${control}b`), 'a b');
    }
  });

  it('keeps non-ASCII text no rule applies to, and still applies the rules to the rest', () => {
    for (const text of ['é', '\u00a0', 'ß€', 'ĳ', '中', '🚀']) assert.equal(safeText(text), text);
    assert.equal(safeText('a\u00adb'), 'ab');
    assert.equal(safeText('a\u200bb'), 'ab');
  });

  it('gives what the full rules give, on many generated strings', () => {
    // A zero-width space is removed by the rules before anything else looks at the text, so
    // `text` + U+200B goes through every rule and must come out as `text` does on the shortcut.
    const random = seededRandom('safeText shortcut');
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    const pieces = [
      ...printable, '$(', '$', '(', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u00a0', 'é', '\u0301',
      '\u0302\u0303\u0304\u0305', '\u200b', '\u202e', '\u2060', '\ufeff', '\u00ad', '\u{e0041}', '🚀', '\ud83d', '\ude80', '中',
    ];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const maxLength = pick(random, [1, 2, 5, 10, 40, 200]);
      const asciiOnly = random() < 0.6;
      const size = Math.floor(random() * (maxLength * 2 + 3));
      let text = '';
      for (let k = 0; k < size; k++) text += asciiOnly ? pick(random, printable) : pick(random, pieces);
      if (/^[\x20-\x7e]*$/.test(text) && !text.includes('$(')) plain++;
      assert.equal(safeText(text, maxLength), safeText(`${text}\u200b`, maxLength), JSON.stringify({ text, maxLength }));
    }
    assert.ok(plain > 5_000, `only ${plain} strings took the shortcut`);
  });
});

describe('escapeMarkdown', () => {
  it('escapes every Markdown punctuation character, after making the text safe', () => {
    assert.equal(escapeMarkdown('[x](command:y)\n**b**'), '\\[x\\]\\(command\\:y\\) \\*\\*b\\*\\*');
    assert.equal(escapeMarkdown('<img src=x>'), '\\<img src\\=x\\>');
  });
});
