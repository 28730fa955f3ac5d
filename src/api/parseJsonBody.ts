// Turns a response body into JSON, or says precisely why it is not JSON. Proxies and captive
// portals answer with HTML, and dropped connections leave half a document.
import { ApifyInvalidResponseError } from './errors';

/** Parses `text`; throws a transient ApifyInvalidResponseError naming the problem. */
export function parseJsonBody(text: string, contentType: string | null, contentLength: string | null = null): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Only a body that is not JSON pays for the diagnosis (a page of 1,000 tasks is parsed once).
    const problem = describeNonJson(text, contentType, contentLength) ?? 'the response body is not valid JSON';
    throw new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem], true);
  }
}

/**
 * Undefined when `text` is valid JSON, else a short description of what it is instead. Never
 * quotes the body (the JSON parser's own message does, and a body can echo the token).
 */
export function describeNonJson(text: string, contentType: string | null, contentLength: string | null = null): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    const bytes = Buffer.byteLength(text);
    const declared = contentLength !== null && /^\d+$/.test(contentLength.trim()) ? Number(contentLength) : undefined;
    if (text.trim() === '') return declared === 0 ? 'the response body is empty (its Content-Length is 0)' : 'the response body is empty';
    // Everything the header announced arrived, yet the document is cut short: the header ended it, not the connection.
    if (declared === bytes && looksTruncated(text)) {
      return `the JSON ends early: the response stopped after the ${bytes} bytes its Content-Length header announced (the header may be too short)`;
    }
    if (looksLikeHtml(text, contentType)) {
      return 'the response is an HTML page, not JSON (a proxy or captive portal may have answered)';
    }
    if (looksTruncated(text)) return `the response body is truncated (it ends after ${bytes} bytes)`;
    return 'the response body is not valid JSON';
  }
}

function looksLikeHtml(text: string, contentType: string | null): boolean {
  if (contentType !== null && /\btext\/html\b/i.test(contentType)) return true;
  return /^\s*</.test(text);
}

/**
 * True when `text` starts like a JSON object or array but ends inside a string or with
 * brackets still open: a document cut short, as opposed to one that is wrong throughout.
 */
export function looksTruncated(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of start) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}
