// The Apify API v2 client the extension uses. Every call goes through one request method,
// `sendRequest`. No vscode import, so it runs (and is tested) in plain Node against the fake API.
import { throwIfAborted } from './abort';
import { parseBaseUrl, type ApiBase } from './baseUrl';
import { readJson, type ApiRequest } from './apiRequest';
import { DEFAULT_BODY_LIMIT_BYTES } from './cappedBody';
import {
  ApifyError,
  ApifyHttpError,
  ApifyInvalidTokenError,
  ApifyNetworkError,
  ApifyRateLimitedError,
} from './errors';
import { errorFromResponse } from './errorFromResponse';
import { sendHttpAttempt } from './httpAttempt';
import type { RequestLogEntry } from './requestLogEntry';
import { resolveRetryOptions, type RetryOptions } from './retryPolicy';
import { runWithRetries, type AttemptReport, type AttemptResult } from './retryLoop';
import { safeErrorText, scrubError } from './safeErrorText';
import {
  abortRunRequest, getActorDefaultBuildRequest, getDatasetItemsRequest, getLastTaskRunRequest, getRunLogRequest,
  getRunRequest, getTaskInputRequest, getTaskRequest, listTaskRunsRequest, startTaskRunRequest, updateTaskInputRequest,
} from './runRequests';
import type { Build, DatasetItems, Run, RunLog, RunShort, Task } from './runTypes';
import type { ApifyUser, Page, TaskPage } from './types';
import { validatePage } from './validatePage';
import { TASK_SHORT_FIELDS } from './validateTaskShort';
import { validateUser } from './validateUser';

export type { BodyLimit } from './cappedBody';
export { readJson, type ApiRequest, type ApiResponse } from './apiRequest';
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

  // The methods below are async so that an ID that is not an Apify ID (a RangeError from pathId)
  // rejects the promise instead of throwing before it.

  /** One page of a task's runs (GET /v2/actor-tasks/{id}/runs), by startedAt. */
  async listTaskRuns(request: Parameters<typeof listTaskRunsRequest>[0]): Promise<Page<RunShort>> {
    return this.sendRequest(listTaskRunsRequest(request));
  }

  /** A run; with `waitForFinishS` a long poll that answers when it finishes or after that many seconds (≤ 60). */
  async getRun(request: Parameters<typeof getRunRequest>[0]): Promise<Run> {
    return this.sendRequest(getRunRequest(request));
  }

  async abortRun(request: Parameters<typeof abortRunRequest>[0]): Promise<Run> {
    return this.sendRequest(abortRunRequest(request));
  }

  /** Starts a run of the task, with `input` overriding its saved input. Never sent twice. */
  async startTaskRun(request: Parameters<typeof startTaskRunRequest>[0]): Promise<Run> {
    return this.sendRequest(startTaskRunRequest(request));
  }

  /** The task's last run, or undefined when it has none. */
  async getLastTaskRun(request: Parameters<typeof getLastTaskRunRequest>[0]): Promise<Run | undefined> {
    try {
      return await this.sendRequest(getLastTaskRunRequest(request));
    } catch (error) {
      if (error instanceof ApifyHttpError && error.status === 404 && error.apifyType === 'record-not-found') return undefined;
      throw error;
    }
  }

  async getTask(request: Parameters<typeof getTaskRequest>[0]): Promise<Task> {
    return this.sendRequest(getTaskRequest(request));
  }

  async getTaskInput(request: Parameters<typeof getTaskInputRequest>[0]): Promise<Record<string, unknown>> {
    return this.sendRequest(getTaskInputRequest(request));
  }

  /** Replaces the task's saved input (PUT /v2/actor-tasks/{id} with {"input": …}). */
  async updateTaskInput(request: Parameters<typeof updateTaskInputRequest>[0]): Promise<Task> {
    return this.sendRequest(updateTaskInputRequest(request));
  }

  async getActorDefaultBuild(request: Parameters<typeof getActorDefaultBuildRequest>[0]): Promise<Build> {
    return this.sendRequest(getActorDefaultBuildRequest(request));
  }

  /** The run's log from its start, up to `maxBytes` (default 8 MiB), then `capped`. */
  async getRunLog(request: Parameters<typeof getRunLogRequest>[0]): Promise<RunLog> {
    return this.sendRequest(getRunLogRequest(request));
  }

  /** Up to `limit` items of a dataset (clean=1) and its total. */
  async getDatasetItems(request: Parameters<typeof getDatasetItemsRequest>[0]): Promise<DatasetItems> {
    return this.sendRequest(getDatasetItemsRequest(request));
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
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: request.accept ?? 'application/json', 'User-Agent': this.userAgent };
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
    const options = request.retry ? resolveRetryOptions({ ...this.retry, ...request.retry }) : this.retry;
    return runWithRetries(attemptOnce, { options, random: this.random, signal, report, mayRetry });
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
