// Puts an answer on the wire, or the broken version of it a fault asks for.
import type * as http from 'node:http';
import { defaultErrorMessage, defaultErrorType, errorBody } from './errorBodies';
import { CAPTIVE_PORTAL_PAGE, PROXY_ERROR_PAGE, type Fault, type FloodFault } from './faults';
import { jsonResponse, type PreparedResponse } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';

export interface Delivery {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  record: RecordedRequest;
  /**
   * The answer the API would give without a fault. Computing it is what makes a request take
   * effect (a POST creates its run), so it is called only when the fault needs it. A promise
   * is a long poll (waitForFinish).
   */
  answer: () => PreparedResponse | Promise<PreparedResponse>;
  /** Runs a callback after a delay unless the connection has gone (owned by the server, so close() can cancel it). */
  later: (ms: number, action: () => void) => void;
}

export function deliverAnswer(delivery: Delivery, fault: Fault | undefined): void {
  const { req, res, record, answer, later } = delivery;
  const send = (response: PreparedResponse): void => {
    record.status = response.status;
    res.writeHead(response.status, { 'content-length': String(Buffer.byteLength(response.body)), ...response.headers });
    res.end(response.body);
  };
  /** Computes the answer and hands it on, unless the client has gone while it was pending. */
  const withAnswer = (use: (response: PreparedResponse) => void): void => {
    const pending = answer();
    if (!(pending instanceof Promise)) return use(pending);
    pending.then((response) => {
      if (!res.destroyed) use(response);
    }, (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
  };
  if (!fault) return withAnswer(send);
  switch (fault.kind) {
    case undefined:
    case 'status': {
      const type = fault.type ?? defaultErrorType(fault.status);
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return send(jsonResponse(fault.status, errorBody(type, fault.message ?? defaultErrorMessage(type), fault.data), headers));
    }
    case 'html': {
      const status = fault.status ?? 502;
      return send({ status, headers: { 'content-type': 'text/html' }, body: PROXY_ERROR_PAGE(status) });
    }
    case 'non-json':
      return send({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: CAPTIVE_PORTAL_PAGE });
    case 'empty':
      return send({ status: fault.status ?? 200, headers: { 'content-type': 'application/json' }, body: '' });
    case 'body': {
      const body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
      const headers = { 'content-type': fault.contentType ?? 'application/json; charset=utf-8', ...fault.headers };
      return send({ status: fault.status ?? 200, headers, body });
    }
    case 'drop':
      if (fault.afterProcessing) return withAnswer(() => req.socket.destroy());
      req.socket.destroy();
      return;
    case 'hang':
      if (fault.afterProcessing) withAnswer(() => undefined);
      return;
    case 'flood':
      return sendFlood(res, record, fault);
    case 'truncate':
      return withAnswer((response) => sendTruncated(res, record, response, fault.closeConnection === true));
    case 'stall':
      return withAnswer((response) => stall(response, fault.ms, fault.phase));
  }

  function stall(response: PreparedResponse, ms: number, phase: 'headers' | 'body' | undefined): void {
    if (phase !== 'body') return later(ms, () => send(response));
    const bytes = Buffer.from(response.body);
    const half = Math.floor(bytes.length / 2);
    record.status = response.status;
    res.writeHead(response.status, { 'content-length': String(bytes.length), ...response.headers });
    res.write(bytes.subarray(0, half));
    later(ms, () => res.end(bytes.subarray(half)));
  }
}

function sendTruncated(res: http.ServerResponse, record: RecordedRequest, response: PreparedResponse, closeConnection: boolean): void {
  const bytes = Buffer.from(response.body);
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  record.status = response.status;
  if (!closeConnection) {
    // No content-length: the answer looks complete on the wire, only the JSON is cut.
    res.writeHead(response.status, response.headers);
    res.end(half);
    return;
  }
  res.writeHead(response.status, { 'content-length': String(bytes.length), ...response.headers });
  res.write(half, () => res.socket?.destroy());
}

/** Writes the flood while the client keeps reading; stops when it hangs up. */
function sendFlood(res: http.ServerResponse, record: RecordedRequest, fault: FloodFault): void {
  const chunk = Buffer.from(fault.chunk);
  const head = Buffer.from(fault.head ?? '');
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...fault.headers };
  if (fault.contentLength && Number.isFinite(fault.chunks)) headers['content-length'] = String(head.length + chunk.length * fault.chunks);
  record.status = fault.status ?? 200;
  record.bodyBytesSent = 0;
  res.writeHead(record.status, headers);
  let written = 0;
  const write = (bytes: Buffer): boolean => {
    record.bodyBytesSent! += bytes.length;
    return res.write(bytes);
  };
  const pump = (): void => {
    while (written < fault.chunks) {
      if (res.destroyed || res.writableEnded) return;
      written++;
      if (!write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  if (head.length > 0) write(head);
  pump();
}
