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
  let inString = false;
  let escaped = false;
  let lastItemEnd = -1; // index just after the last complete top-level item
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return parseArray(text.slice(start, i + 1)); // the whole array
      if (depth === 1) lastItemEnd = i + 1;
    } else if (c === ',' && depth === 1) lastItemEnd = i;
  }
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
