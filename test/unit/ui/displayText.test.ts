// safeText: the one function that makes API text safe to show. Plain Node: it must not need vscode.
import * as assert from 'node:assert/strict';
import { escapeMarkdown, safeText } from '../../../src/ui/displayText';

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

describe('escapeMarkdown', () => {
  it('escapes every Markdown punctuation character, after making the text safe', () => {
    assert.equal(escapeMarkdown('[x](command:y)\n**b**'), '\\[x\\]\\(command\\:y\\) \\*\\*b\\*\\*');
    assert.equal(escapeMarkdown('<img src=x>'), '\\<img src\\=x\\>');
  });
});
