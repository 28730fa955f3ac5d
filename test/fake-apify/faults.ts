// What can go wrong between the client and the API, on demand: error statuses, proxy HTML,
// dropped and stalled connections, cut-off and malformed bodies.

/** A JSON error answer; `retryAfter` (seconds, or a raw header value such as an HTTP date) adds Retry-After. */
export interface StatusFault {
  kind?: 'status';
  status: number;
  type?: string;
  message?: string;
  retryAfter?: number | string;
  /** Extra detail beside type and message, e.g. { approvalUrl } for full-permission-actor-not-approved. */
  data?: Record<string, unknown>;
}
/** An HTML page instead of JSON, as a proxy or load balancer sends (default 502). */
export interface HtmlFault {
  kind: 'html';
  status?: number;
}
/**
 * The socket is destroyed without any answer. With `afterProcessing` the request takes effect
 * first (a POST …/runs creates its run), so the answer is lost rather than never computed.
 */
export interface DropFault {
  kind: 'drop';
  afterProcessing?: boolean;
}
/** The connection stays open and nothing is sent until the client gives up (or the fake closes). */
export interface HangFault {
  kind: 'hang';
  /** Let the request take effect first (a run is created), then never answer. */
  afterProcessing?: boolean;
}
/**
 * The real answer cut in the middle. By default the body just ends early (chunked, cleanly);
 * with `closeConnection` the headers promise the full length and the socket is destroyed.
 */
export interface TruncateFault {
  kind: 'truncate';
  closeConnection?: boolean;
}
/** 200 with an HTML login page, as a captive portal sends. */
export interface NonJsonFault {
  kind: 'non-json';
}
/** An answer with no body at all (default 200). */
export interface EmptyFault {
  kind: 'empty';
  status?: number;
}
/** Nothing for `ms` (before the headers by default, or after the first half of the body), then the real answer. */
export interface StallFault {
  kind: 'stall';
  ms: number;
  phase?: 'headers' | 'body';
}
/** Exactly this body (objects are JSON-encoded), for catalogues of malformed pages (default 200). */
export interface BodyFault {
  kind: 'body';
  status?: number;
  body: string | object;
  contentType?: string;
  /** Extra headers, e.g. a Location for a redirect. */
  headers?: Record<string, string>;
}

/**
 * `chunk` written `chunks` times (Infinity: until the client hangs up), as fast as the client
 * reads: a huge page, an endless stream, or with `headers: {'content-encoding': 'gzip'}` and a
 * gzip member as the chunk, a small body that inflates enormously. The bytes written are
 * recorded in RecordedRequest.bodyBytesSent.
 */
export interface FloodFault {
  kind: 'flood';
  chunk: Buffer | string;
  chunks: number;
  /** Prefix written once before the chunks (e.g. '{"data":'). */
  head?: Buffer | string;
  status?: number;
  headers?: Record<string, string>;
  /** Announce the full length in Content-Length (only when `chunks` is finite); otherwise chunked. */
  contentLength?: boolean;
}

export type Fault = StatusFault | HtmlFault | DropFault | HangFault | TruncateFault | NonJsonFault | EmptyFault | StallFault | BodyFault | FloodFault;

export const PROXY_ERROR_PAGE = (status: number): string =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

export const CAPTIVE_PORTAL_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><form action="/login"><input name="user"></form></body></html>';
