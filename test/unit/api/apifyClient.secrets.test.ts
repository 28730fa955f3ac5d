// Text from the API cannot carry the token or a forged line to the person (issue 9.14): every
// string of every error the client creates is redacted and kept on one line.
import * as assert from 'node:assert/strict';
import type { ApifyError } from '../../../src/api/errors';
import type { RequestLogEntry } from '../../../src/api/requestLogEntry';
import type { Fault } from '../../fake-apify/faults';
import { clientFor, rejectionOf, useFakeApify } from '../fakeApifyFixture';

// Without the public "apify_api_" prefix, so any 8 characters of it are secret.
const TOKEN = 'Q7sFZ3xK9mW2pL8vR4tN6yB1cD5hJ0';
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const FORGED = '\n2026-12-01 10:00:00.000 [info] GET /v2/actor-tasks?offset=0 → 200 (12 ms, attempt 1)\r\u2028\u2029\u0085';

/** Every string an error carries, own fields and message. */
function stringsOf(error: ApifyError): string[] {
  const fields = Object.values(error as unknown as Record<string, unknown>).flatMap((value) => (Array.isArray(value) ? value : [value]));
  return [error.message, ...fields.filter((value): value is string => typeof value === 'string')];
}

/** No piece of the token of 8 characters or more, anywhere. */
function assertNoToken(texts: string[]): void {
  for (const text of texts) {
    for (let start = 0; start + 8 <= TOKEN.length; start++) {
      assert.ok(!text.includes(TOKEN.slice(start, start + 8)), `token fragment in ${JSON.stringify(text)}`);
    }
  }
}

describe('ApifyClient keeps secrets and forged lines out of errors', () => {
  const fake = useFakeApify({ token: TOKEN });
  const list = () => {
    const { client, log } = clientFor(fake(), { retry: { maxAttempts: 1 } });
    return { result: client.listTasks({ offset: 0, limit: 10, desc: false }), log };
  };
  const logTexts = (log: RequestLogEntry[]): string[] => log.map((entry) => JSON.stringify(entry)).concat(log.map((e) => e.error ?? ''));

  const echoes: [string, Fault][] = [
    ['a 200 that is not JSON', { kind: 'body', body: `token=${TOKEN}`, contentType: 'text/plain' }],
    ['a 200 that is only the token', { kind: 'body', body: TOKEN, contentType: 'text/plain' }],
    ['a 200 with the token where the JSON breaks', { kind: 'body', body: `{"a": ${TOKEN}}` }],
    ['a 200 with broken JSON', { kind: 'body', body: `{"token": "${TOKEN}", oops}` }],
    ['a 200 cut off', { kind: 'body', body: `{"data": {"token": "${TOKEN}` }],
    ['an API error message', { status: 400, type: 'invalid-input', message: `Token ${TOKEN} is not valid` }],
    ['an API error type', { status: 403, type: `bad-${TOKEN}`, message: 'x' }],
    ['a non-JSON error page', { kind: 'body', status: 418, body: `<html>${TOKEN}</html>`, contentType: 'text/html' }],
    ['a redirect', { kind: 'body', status: 302, body: '', headers: { location: `https://evil.example/?t=${TOKEN}` } }],
  ];
  for (const [name, fault] of echoes) {
    it(`no part of the token reaches the error or the log from ${name}`, async () => {
      fake().failNext(1, fault);
      const { result, log } = list();
      const error = (await rejectionOf(result)) as ApifyError;
      assertNoToken(stringsOf(error));
      assertNoToken([JSON.stringify(error), String(error.stack)]);
      assertNoToken(logTexts(log));
    });
  }

  const forgeries: [string, Fault][] = [
    ['an API error type', { status: 400, type: `invalid-input${FORGED}`, message: 'x' }],
    ['an API error message', { status: 400, type: 'invalid-input', message: `Bad${FORGED}` }],
    ['a 5xx error type', { status: 409, type: `conflict${FORGED}` }],
  ];
  for (const [name, fault] of forgeries) {
    it(`keeps ${name} on one line in the error and the log`, async () => {
      fake().failNext(1, fault);
      const { result, log } = list();
      const error = (await rejectionOf(result)) as ApifyError;
      for (const text of [...stringsOf(error), ...log.map((e) => e.error ?? '')]) {
        assert.doesNotMatch(text, LINE_BREAKING, JSON.stringify(text));
      }
      assert.match(error.message, /\[info\] GET/, 'the text is kept, only flattened');
    });
  }
});
