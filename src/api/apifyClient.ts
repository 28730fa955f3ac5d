// The Apify API v2 client the extension uses: list actor tasks, identify the token's account.
// No vscode import, so it runs (and is tested) in plain Node against the fake API.
import { throwIfAborted } from './abort';
import { parseBaseUrl, type ApiBase } from './baseUrl';
import { ApifyError, ApifyInvalidTokenError } from './errors';
import { errorFromResponse } from './errorFromResponse';
import { parseJsonBody } from './parseJsonBody';
import { redactToken } from './redactToken';
import type { RequestLogEntry } from './requestLogEntry';
import { resolveRetryOptions, type RetryOptions } from './retryPolicy';
import { runWithRetries, type AttemptReport, type AttemptResult } from './retryLoop';
import { sendGet } from './sendGet';
import type { ApifyUser, TaskPage } from './types';
import { validateTaskPage } from './validateTaskPage';
import { validateUser } from './validateUser';

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
    const query = new URLSearchParams({ offset: String(request.offset), limit: String(request.limit) });
    if (request.desc) query.set('desc', '1');
    return this.get('/v2/actor-tasks', query, validateTaskPage, request.signal);
  }

  /** The account the token belongs to (GET /v2/users/me). */
  getCurrentUser(request: { signal?: AbortSignal } = {}): Promise<ApifyUser> {
    return this.get('/v2/users/me', new URLSearchParams(), validateUser, request.signal);
  }

  private async get<T>(path: string, query: URLSearchParams, validate: (body: unknown) => T, signal?: AbortSignal): Promise<T> {
    if (this.base instanceof ApifyError) throw this.base;
    throwIfAborted(signal);
    const fullPath = this.base.pathPrefix + path;
    const queryText = query.toString();
    const url = `${this.base.origin}${fullPath}${queryText ? `?${queryText}` : ''}`;
    // Bearer header only: a token in the query string ends up in proxy and server logs.
    const headers = { Authorization: `Bearer ${this.token}`, Accept: 'application/json', 'User-Agent': this.userAgent };
    const attemptOnce = async (timeoutMs: number): Promise<AttemptResult<T>> => {
      let status: number | undefined;
      try {
        const response = await sendGet({ url, headers, timeoutMs, signal });
        status = response.status;
        if (status < 200 || status > 299) return { ok: false, error: errorFromResponse(response, this.sanitize), status };
        const value = validate(parseJsonBody(response.bodyText, response.header('content-type')));
        return { ok: true, value, status };
      } catch (error) {
        if (error instanceof ApifyError) return { ok: false, error, status };
        throw error;
      }
    };
    const report = (attempt: AttemptReport): void => this.log('GET', fullPath, queryText, attempt);
    return runWithRetries(attemptOnce, { options: this.retry, random: this.random, signal, report });
  }

  private readonly sanitize = (text: string): string => redactToken(text, this.token);

  private log(method: string, path: string, query: string, attempt: AttemptReport): void {
    if (!this.onRequest) return;
    const entry: RequestLogEntry = { method, path, query, durationMs: attempt.durationMs, attempt: attempt.attempt };
    if (!(this.base instanceof ApifyError)) entry.host = new URL(this.base.origin).host;
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
