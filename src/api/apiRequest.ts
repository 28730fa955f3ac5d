// What a call of ApifyClient.sendRequest is made of: the request, and how its answer is read.
import type { BodyLimit } from './cappedBody';
import type { HttpMethod } from './httpAttempt';
import { parseJsonBody } from './parseJsonBody';
import type { RetryOptions } from './retryPolicy';

/** A 2xx answer as a response reader sees it. */
export interface ApiResponse {
  status: number;
  header(name: string): string | null;
  /** The body as text, read up to the request's body limit. */
  text: string;
  /** True when the body was longer than the limit and `text` is its start (BodyLimit 'keep-start'). */
  capped: boolean;
}

export interface ApiRequest<T> {
  method: HttpMethod;
  /** Under the base URL, e.g. "/v2/actor-tasks"; path segments are already encoded. */
  path: string;
  /** Query parameters; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON (Content-Type: application/json). */
  body?: unknown;
  /**
   * Whether sending the request twice does no harm (GET, PUT of a whole value). One that is not
   * (a POST that starts a run) is retried only when it cannot have reached the server: a refused
   * connection or a 429.
   */
  idempotent: boolean;
  signal?: AbortSignal;
  /** Turns a 2xx answer into the result; throws ApifyInvalidResponseError for one it cannot use. */
  read: (response: ApiResponse) => T;
  /** Default: fail beyond 64 MiB. */
  bodyLimit?: BodyLimit;
  /** Default application/json. */
  accept?: string;
  /** Overrides of the client's retry timing for this request (a long poll needs a longer attempt). */
  retry?: Partial<RetryOptions>;
}

/** A response reader for JSON bodies: parses, then validates with `validate`. */
export function readJson<T>(validate: (body: unknown) => T): (response: ApiResponse) => T {
  return (response) => validate(parseJsonBody(response.text, response.header('content-type'), response.header('content-length')));
}
