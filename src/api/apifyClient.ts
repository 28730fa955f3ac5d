// The Apify API v2 client the extension uses. Every call goes through one request method,
// `sendRequest`. No vscode import, so it runs (and is tested) in plain Node against the fake API.
import { throwIfAborted } from './abort';
import { parseBaseUrl, type ApiBase } from './baseUrl';
import { DEFAULT_BODY_LIMIT_BYTES, type BodyLimit } from './cappedBody';
import {
  ApifyError,
  ApifyInvalidTokenError,
  ApifyNetworkError,
  ApifyRateLimitedError,
} from './errors';
import { errorFromResponse } from './errorFromResponse';
import { sendHttpAttempt, type HttpMethod } from './httpAttempt';
import { parseJsonBody } from './parseJsonBody';
import type { RequestLogEntry } from './requestLogEntry';
import { resolveRetryOptions, type RetryOptions } from './retryPolicy';
import { runWithRetries, type AttemptReport, type AttemptResult } from './retryLoop';
import { safeErrorText, scrubError } from './safeErrorText';
import type { ApifyUser, TaskPage } from './types';
import { validatePage } from './validatePage';
import { TASK_SHORT_FIELDS } from './validateTaskShort';
import { validateUser } from './validateUser';

export type { BodyLimit } from './cappedBody';
export type { HttpMethod } from './httpAttempt';
export type { RequestLogEntry } from './requestLogEntry';
export type { RetryOptions } from './retryPolicy';

export interface ApifyClientOptions {
  token: string;
  /** Default https://api.apify.com. Only https, or http to a loopback host, is accepted. */
  baseUrl?: string;
  /** Sent as User-Agent, e.g. "apify-tasks-vscode/0.1.0". */
  userAgent: string;
  retry?: Partial<RetryOptions>;
  /** Called once per HTTP attempt, for logging. Entries never contain the token. */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Source of back-off jitter in [0, 1); injected by tests. */
  random?: () => number;
}

export interface ListTasksRequest {
  offset: number;
  limit: number;
  /** Newest first (by createdAt). */
  desc: boolean;
  signal?: AbortSignal;
}

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
}

/** A response reader for JSON bodies: parses, then validates with `validate`. */
export function readJson<T>(validate: (body: unknown) => T): (response: ApiResponse) => T {
  return (response) => validate(parseJsonBody(response.text, response.header('content-type'), response.header('content-length')));
}

export class ApifyClient {
  private readonly token: string;
  private readonly userAgent: string;
  private readonly retry: RetryOptions;
  private readonly random: () => number;
  private readonly onRequest?: (entry: RequestLogEntry) => void;
  /** The parsed base URL, or why it cannot be used; reported by every call, before any request. */
  private readonly base: ApiBase | ApifyError;

  constructor(options: ApifyClientOptions) {
    this.token = options.token;
    this.userAgent = options.userAgent;
    this.retry = resolveRetryOptions(options.retry);
    this.random = options.random ?? Math.random;
    this.onRequest = options.onRequest;
    this.base = checkToken(options.token) ?? parseOrError(options.baseUrl);
  }

  /** One page of GET /v2/actor-tasks, ordered by createdAt. */
  listTasks(request: ListTasksRequest): Promise<TaskPage> {
    const { offset, limit, desc } = request;
    return this.sendRequest({
      method: 'GET',
      path: '/v2/actor-tasks',
      query: { offset, limit, desc: desc ? 1 : undefined },
      idempotent: true,
      signal: request.signal,
      read: readJson((body) => validatePage(body, TASK_SHORT_FIELDS, { offset, limit, desc }, 'task list')),
    });
  }

  /** The account the token belongs to (GET /v2/users/me). */
  getCurrentUser(request: { signal?: AbortSignal } = {}): Promise<ApifyUser> {
    return this.sendRequest({ method: 'GET', path: '/v2/users/me', idempotent: true, signal: request.signal, read: readJson(validateUser) });
  }

  /** The one way this client talks to the API: retries, body cap, typed and scrubbed errors, a log entry per attempt. */
  async sendRequest<T>(request: ApiRequest<T>): Promise<T> {
    if (this.base instanceof ApifyError) throw this.base;
    throwIfAborted(request.signal);
    const { method, signal } = request;
    const fullPath = this.base.pathPrefix + request.path;
    const queryText = toQueryString(request.query);
    const url = `${this.base.origin}${fullPath}${queryText ? `?${queryText}` : ''}`;
    const host = new URL(this.base.origin).host;
    // Bearer header only: a token in the query string ends up in proxy and server logs.
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: 'application/json', 'User-Agent': this.userAgent };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['Content-Type'] = 'application/json';
    }
    const bodyLimit = request.bodyLimit ?? { maxBytes: DEFAULT_BODY_LIMIT_BYTES };
    const attemptOnce = async (timeoutMs: number): Promise<AttemptResult<T>> => {
      let status: number | undefined;
      try {
        const response = await sendHttpAttempt({ method, url, headers, body, timeoutMs, signal, bodyLimit });
        status = response.status;
        if (status < 200 || status > 299) return { ok: false, error: this.scrub(errorFromResponse(response, url, this.sanitize)), status };
        const value = request.read({ status, header: response.header, text: response.bodyText, capped: response.bodyCapped });
        return { ok: true, value, status };
      } catch (error) {
        if (error instanceof ApifyError) return { ok: false, error: this.scrub(error), status };
        throw error;
      }
    };
    const report = (attempt: AttemptReport): void => this.log({ method, host, path: fullPath, query: queryText }, attempt);
    const mayRetry = request.idempotent ? undefined : cannotHaveReachedServer;
    return runWithRetries(attemptOnce, { options: this.retry, random: this.random, signal, report, mayRetry });
  }

  private readonly sanitize = (text: string): string => safeErrorText(text, this.token);
  private readonly scrub = <E extends ApifyError>(error: E): E => scrubError(error, this.token);

  private log(target: Pick<RequestLogEntry, 'method' | 'host' | 'path' | 'query'>, attempt: AttemptReport): void {
    if (!this.onRequest) return;
    const entry: RequestLogEntry = { ...target, durationMs: attempt.durationMs, attempt: attempt.attempt };
    if (attempt.status !== undefined) entry.status = attempt.status;
    if (attempt.error) entry.error = this.sanitize(`${attempt.error.kind}: ${attempt.error.message}`);
    if (attempt.retryInMs !== undefined) entry.retryInMs = attempt.retryInMs;
    if (attempt.aborted) entry.aborted = true;
    try {
      this.onRequest(entry);
    } catch {
      // A failing logger must not turn a successful request into a failed one.
    }
  }
}

/** For a request that is not safe to repeat: only failures that prove nothing was acted on. */
function cannotHaveReachedServer(error: ApifyError): boolean {
  if (error instanceof ApifyRateLimitedError) return true;
  return error instanceof ApifyNetworkError && error.code === 'ECONNREFUSED';
}

function toQueryString(query: ApiRequest<unknown>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

function parseOrError(baseUrl: string | undefined): ApiBase | ApifyError {
  try {
    return parseBaseUrl(baseUrl);
  } catch (error) {
    if (error instanceof ApifyError) return error;
    throw error;
  }
}

/** Tokens are pasted by people; catch what would break the header (or send nothing) up front. */
function checkToken(token: string): ApifyError | undefined {
  if (typeof token !== 'string' || token.trim() === '') return new ApifyInvalidTokenError('No Apify API token is set.');
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return new ApifyInvalidTokenError('The Apify API token contains spaces, line breaks or other characters a token cannot have.');
  }
  return undefined;
}
