import type { Fault } from './faults';

export type AuthMethod = 'bearer' | 'query' | 'none';

/** One request the fake served, kept so tests can count attempts and inspect what was sent. */
export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. "/v2/actor-tasks". */
  path: string;
  /** Query parameters (the last value wins when one repeats). */
  query: Record<string, string>;
  /** Lower-cased request headers. */
  headers: Record<string, string | undefined>;
  /** How a token was presented: Authorization: Bearer header, ?token= parameter, or not at all. */
  auth: AuthMethod;
  tokenValid: boolean;
  /** The request body as text (POST and PUT only; '' when none was sent). */
  body?: string;
  /** Status sent; undefined when no answer was sent (dropped, or the client gave up first). */
  status?: number;
  /** The injected fault, if any. */
  fault?: Fault;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  /** Date.now() when the answer was fully sent or the connection closed. */
  finishedAt?: number;
  /** Body bytes written for a 'flood' fault (the client hangs up when it has read enough). */
  bodyBytesSent?: number;
  /** True when the connection closed before the answer was complete. */
  connectionClosedEarly?: boolean;
}
