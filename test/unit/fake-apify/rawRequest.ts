// Plain node:http requests for testing the fake itself, independent of the client under test.
import * as http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Milliseconds until the headers arrived. */
  headersAfterMs: number;
}

export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const headersAfterMs = Date.now() - started;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('response aborted')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), headersAfterMs }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** GET with the fake's token as a Bearer header, parsing the JSON answer. */
export async function getJson(baseUrl: string, pathAndQuery: string, token?: string): Promise<{ status: number; body: any }> {
  const answer = await rawRequest(baseUrl + pathAndQuery, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  return { status: answer.status, body: JSON.parse(answer.body) };
}

/** Any method with the token, an optional JSON body; the answer parsed as JSON when it is JSON. */
export async function callApi(baseUrl: string, token: string, method: string, pathAndQuery: string, body?: unknown): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any; text: string }> {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (text !== undefined) headers['content-type'] = 'application/json';
  const answer = await rawRequest(baseUrl + pathAndQuery, { method, headers, body: text });
  const json = /json/.test(answer.headers['content-type'] ?? '') && answer.body !== '';
  return { status: answer.status, headers: answer.headers, body: json ? JSON.parse(answer.body) : answer.body, text: answer.body };
}
