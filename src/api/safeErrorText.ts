// Every error the client creates passes through here before anyone sees it: the token is
// redacted from every string it carries (a server or proxy can echo it anywhere), and every
// string is kept on one line, so API text cannot forge a line in the log or a notification.
import type { ApifyError } from './errors';
import { redactToken } from './redactToken';

/** C0/C1 controls, line and paragraph separators: anything that can break or rewrite a line. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ');
}

/** `text` without the token, on one line. */
export function safeErrorText(text: string, token: string): string {
  return oneLine(redactToken(text, token));
}

/** Cleans, in place, the message and every string field (and list of strings) of `error`. */
export function scrubError<E extends ApifyError>(error: E, token: string): E {
  const clean = (text: string): string => safeErrorText(text, token);
  const fields = error as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = clean(value);
    else if (Array.isArray(value)) fields[key] = value.map((item: unknown) => (typeof item === 'string' ? clean(item) : item));
  }
  error.message = clean(error.message);
  if (typeof error.stack === 'string') error.stack = redactToken(error.stack, token);
  return error;
}
