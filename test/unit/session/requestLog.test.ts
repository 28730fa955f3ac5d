// The lines the "Apify Tasks" log gets, in plain Node with a recording channel; the host comes
// from the real client talking to the fake API.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { RequestLogEntry } from '../../../src/api/requestLogEntry';
import { logRequest } from '../../../src/session/requestLog';
import { clientFor, useFakeApify } from '../fakeApifyFixture';

function recordingChannel(): { channel: vscode.LogOutputChannel; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (line: string) => { lines.push(`${level} ${line}`); };
  const channel = { info: record('info'), warn: record('warn'), debug: record('debug') } as unknown as vscode.LogOutputChannel;
  return { channel, lines };
}

describe('logRequest', () => {
  const fake = useFakeApify({ taskCount: 3 });

  it('names the host as well as the path and query', async () => {
    const { client, log } = clientFor(fake());
    await client.listTasks({ offset: 0, limit: 2, desc: false });
    const { channel, lines } = recordingChannel();
    logRequest(channel, log[0]);
    const host = new URL(fake().url).host;
    assert.equal(log[0].host, host);
    assert.match(lines[0], new RegExp(`^info GET ${host.replace(/\./g, '\\.')}/v2/actor-tasks\\?offset=0&limit=2 → 200 \\(\\d+ ms, attempt 1\\)$`));
  });

  it('keeps API text on one line, so it cannot forge a log line', () => {
    const { channel, lines } = recordingChannel();
    const entry: RequestLogEntry = {
      method: 'GET', host: 'api.example', path: '/v2/actor-tasks', query: '', status: 400, durationMs: 5, attempt: 1,
      error: 'http: bad\n2026-12-01 12:00:00.000 [info] GET /v2/actor-tasks → 200\u2028x\u202eevil',
    };
    logRequest(channel, entry);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0], /[\n\r\u2028\u2029\u202e]/);
    assert.match(lines[0], /^warn GET api\.example\/v2\/actor-tasks → 400 http: bad 2026/);
  });
});
