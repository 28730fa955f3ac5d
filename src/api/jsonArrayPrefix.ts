// A JSON array cut at the body cap (a dataset too large to read whole) still starts with whole
// items: this finds where the last complete one ends, so the start can be shown instead of
// nothing. One pass over the text, no recursion: a deeply nested item cannot overflow the stack.
import { ApifyInvalidResponseError } from './errors';

/**
 * The complete items at the start of `text`, the beginning of a JSON array that may be cut
 * anywhere. Throws ApifyInvalidResponseError when `text` does not start as an array.
 */
export function completeArrayItems(text: string): unknown[] {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '[') {
    const problem = 'body: expected an array of items';
    throw new ApifyInvalidResponseError(`The Apify API sent dataset items in an unexpected shape: ${problem}.`, [problem]);
  }
  let depth = 0;
  let lastItemEnd = -1; // index just after the last complete top-level item
  const stringEnd = /["\\]/g; // inside a string only a quote or a backslash matters: jump to it
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      stringEnd.lastIndex = i + 1;
      for (;;) {
        const found = stringEnd.exec(text);
        if (!found) return finish(text, start, lastItemEnd); // cut inside a string
        if (found[0] === '"') { i = found.index; break; }
        stringEnd.lastIndex = found.index + 2; // skip the escaped character
      }
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
      if (depth === 0) return parseArray(text.slice(start, i + 1)); // the whole array
      if (depth === 1) lastItemEnd = i + 1;
    } else if (c === COMMA && depth === 1) lastItemEnd = i;
  }
  return finish(text, start, lastItemEnd);
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function finish(text: string, start: number, lastItemEnd: number): unknown[] {
  return lastItemEnd < 0 ? [] : parseArray(`${text.slice(start, lastItemEnd)}]`);
}

function parseArray(text: string): unknown[] {
  try {
    return JSON.parse(text) as unknown[];
  } catch {
    const problem = 'the dataset items are not valid JSON';
    throw new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem]);
  }
}
