// Turns an incoming request into the record tests inspect: path, query, headers, how the
// token came, and (for POST and PUT) the body as text.
import type * as http from 'node:http';
import type { AuthMethod, RecordedRequest } from './recordedRequest';

/** Bodies above this are refused with 413, as the real API refuses oversized payloads. */
const MAX_BODY_BYTES = 9 * 1024 * 1024;

export function recordRequest(req: http.IncomingMessage, currentToken: string): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const query = Object.fromEntries(url.searchParams);
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  let auth: AuthMethod = 'none';
  let presented: string | undefined;
  if (bearer) [auth, presented] = ['bearer', bearer[1]];
  else if (query.token !== undefined && query.token !== '') [auth, presented] = ['query', query.token];
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  return { method: req.method ?? 'GET', path, query, headers, auth, tokenValid: presented === currentToken, receivedAt: Date.now() };
}

/** Reads the whole body (keeping at most MAX_BODY_BYTES) and says whether it was too large. */
export function readBody(req: http.IncomingMessage, done: (body: string, tooLarge: boolean) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('end', () => done(Buffer.concat(chunks).toString('utf8'), size > MAX_BODY_BYTES));
  req.on('error', () => undefined);
}
