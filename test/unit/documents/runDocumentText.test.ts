// What the run log and results documents say, in plain Node (no vscode).
import * as assert from 'node:assert/strict';
import { logDocumentText } from '../../../src/documents/logDocumentText';
import { resultsDocumentText, resultsHeader, type ResultsFacts, type ResultsWording } from '../../../src/documents/resultsDocumentText';
import { runDocumentTitle } from '../../../src/documents/runDocumentTitle';

const words: ResultsWording = {
  empty: () => 'empty',
  all: (count) => `all ${count}`,
  some: (shown, total) => `${shown} of ${total}`,
  unknownTotal: (shown) => `${shown} of ?`,
  limited: (limit) => `limit ${limit}`,
  capped: () => 'capped',
  unfinished: () => 'unfinished',
};
const facts = (over: Partial<ResultsFacts>): ResultsFacts => ({ items: [], total: 0, limit: 1000, capped: false, unfinished: false, ...over });
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));

describe('run documents: titles', () => {
  it('names the task and the run\'s local start minute, with the kind\'s extension', () => {
    const startedAt = new Date(2026, 11, 1, 10, 15, 42).toISOString();
    assert.equal(runDocumentTitle('my-task', { id: 'RunAAAAAAAAAAAAAA', startedAt }, 'log'), 'my-task · 2026-12-01 10:15.log');
    assert.equal(runDocumentTitle('my-task', { id: 'RunAAAAAAAAAAAAAA', startedAt }, 'results'), 'my-task · 2026-12-01 10:15 results.json');
  });

  it('takes no path separators, line breaks or bidi controls from the task name; shows the run ID without a start', () => {
    const title = runDocumentTitle('../../etc/passwd\\x\n\u202Egol.exe', { id: 'RunAAAAAAAAAAAAAA' }, 'log');
    assert.equal(title, '.._.._etc_passwd_x gol.exe · RunAAAAAAAAAAAAAA.log');
    assert.equal(runDocumentTitle('t', { id: 'RunAAAAAAAAAAAAAA', startedAt: 'soon' }, 'log'), 't · RunAAAAAAAAAAAAAA.log');
  });
});

describe('run documents: the log', () => {
  it('is the log itself when it was not cut', () => {
    const log = '2026-12-01T10:15:00.000Z INFO  Started\n2026-12-01T10:15:01.000Z INFO  Crawled\n';
    assert.equal(logDocumentText({ text: log, capped: false }, 'cut'), log);
  });

  it('says where it was cut at the cap, on its own line', () => {
    const text = logDocumentText({ text: 'line 1\npartial li', capped: true }, 'The log is longer than 8 MiB');
    assert.equal(text, 'line 1\npartial li\n\n──────── The log is longer than 8 MiB ────────\n');
  });

  it('shows hostile text as inert plain text: no terminal escapes, controls visible, no bidi reordering', () => {
    const hostile = '\u001b[31mERROR\u001b[0m \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b]0;title\u001b\\ '
      + 'a\u0000b\u0007c\r\nd\re\u2028f \u202Egnp.exe\u2066x\u2069 \u200bz\u009b2Jq\tend\n';
    const text = logDocumentText({ text: hostile, capped: false }, 'cut');
    assert.equal(text, 'ERROR click  a\ufffdb\ufffdc\nd\ne\nf gnp.exex z\tq\tend\n'.replace('z\tq', 'zq'));
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/);
  });
});

describe('run documents: the results header', () => {
  it('says the dataset is empty', () => {
    assert.deepEqual(resultsHeader(facts({}), words), ['empty']);
  });

  it('says how many of how many items are shown, and that the limit setting stopped it', () => {
    assert.deepEqual(resultsHeader(facts({ items: items(3), total: 3 }), words), ['all 3']);
    assert.deepEqual(resultsHeader(facts({ items: items(5), total: 12, limit: 5 }), words), ['5 of 12', 'limit 5']);
    assert.deepEqual(resultsHeader(facts({ items: items(5), total: undefined }), words), ['5 of ?']);
  });

  it('says when the byte cap cut the items, and when the run is still going', () => {
    assert.deepEqual(resultsHeader(facts({ items: items(40), total: 1000, capped: true }), words), ['40 of 1000', 'capped']);
    assert.deepEqual(resultsHeader(facts({ items: [], total: 0, unfinished: true }), words), ['empty', 'unfinished']);
  });
});

describe('run documents: the results text', () => {
  it('is // comments, then the items as JSON that parses back to the same items', () => {
    const shown = [{ url: 'https://example.com', title: '<b onmouseover=alert(1)>x</b> [x](command:workbench.action.quit)' }, 42, null];
    const text = resultsDocumentText(['my-task · run X', 'All 3 items'], shown);
    const [first, second, ...rest] = text.split('\n');
    assert.equal(first, '// my-task · run X');
    assert.equal(second, '// All 3 items');
    assert.deepEqual(JSON.parse(rest.join('\n')), shown);
  });

  it('writes many items one per line, still as JSON that parses back to them', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x'.repeat(60), nested: { a: [1, 2] } }));
    const lines = resultsDocumentText(['h'], many).split('\n');
    assert.equal(lines.length, 1 + 1 + many.length + 1 + 1); // header, "[", items, "]", final line feed
    assert.equal(lines[2], '{"i":0,"text":"' + 'x'.repeat(60) + '","nested":{"a":[1,2]}},');
    assert.deepEqual(JSON.parse(lines.slice(1).join('\n')), many);
  });

  it('keeps a comment to one line and writes characters that reorder text as \\u escapes (same JSON value)', () => {
    const shown = [{ 'k\u202E': 'a\u202Egnp.exe\u2028b\u200b\u{E0041}' }];
    const text = resultsDocumentText(['name\n[1, 2]\u202E'], shown);
    assert.equal(text.split('\n')[0], '// name [1, 2]');
    assert.doesNotMatch(text, /[\u202a-\u202e\u2028\u200b]|\udb40/);
    assert.match(text, /\\u202e/);
    assert.deepEqual(JSON.parse(text.split('\n').slice(1).join('\n')), shown);
  });
});
