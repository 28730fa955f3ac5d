// Requests of the runs level, built for ApifyClient.sendRequest: what each endpoint sends, how
// often it may be repeated, and how its answer is read and checked.
import { readJson, type ApiRequest } from './apiRequest';
import type { BodyLimit } from './cappedBody';
import { ApifyInvalidResponseError } from './errors';
import { completeArrayItems } from './jsonArrayPrefix';
import { parseJsonBody } from './parseJsonBody';
import { pathId } from './pathId';
import { BUILD_FIELDS, RUN_FIELDS, RUN_SHORT_FIELDS, TASK_FIELDS } from './runFields';
import type { Build, DatasetItems, Run, RunLog, RunShort, Task } from './runTypes';
import type { Page } from './types';
import { MAX_PLAUSIBLE_TOTAL, validatePage } from './validatePage';
import { validateData, validateJsonObject } from './validateData';

const MiB = 1024 * 1024;
/** Apify holds a long poll for at most 60 s. */
export const MAX_WAIT_FOR_FINISH_S = 60;
/** A log is shown from its start; beyond this the document says it was cut. */
export const DEFAULT_LOG_LIMIT_BYTES = 8 * MiB;

type Signal = { signal?: AbortSignal };

export function listTaskRunsRequest(r: { taskId: string; offset: number; limit: number; desc: boolean } & Signal): ApiRequest<Page<RunShort>> {
  const { offset, limit, desc } = r;
  return {
    method: 'GET',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}/runs`,
    query: { offset, limit, desc: desc ? 1 : undefined },
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validatePage(body, RUN_SHORT_FIELDS, { offset, limit, desc }, 'run list')),
  };
}

/** With `waitForFinishS`, a long poll: the API answers when the run finishes or after that many seconds. */
export function getRunRequest(r: { runId: string; waitForFinishS?: number } & Signal): ApiRequest<Run> {
  const wait = r.waitForFinishS === undefined ? undefined : Math.max(0, Math.min(MAX_WAIT_FOR_FINISH_S, Math.floor(r.waitForFinishS)));
  // The attempt must outlast the server's wait; the retry budget then starts after it.
  const retry = wait ? { attemptTimeoutMs: wait * 1000 + 15_000, totalBudgetMs: wait * 1000 + 35_000 } : undefined;
  return {
    method: 'GET',
    path: `/v2/actor-runs/${pathId(r.runId, 'run')}`,
    query: { waitForFinish: wait },
    idempotent: true,
    signal: r.signal,
    retry,
    read: readJson((body) => validateData(body, RUN_FIELDS, 'run')),
  };
}

/**
 * Abort is safe to repeat: a second abort of a run that is aborting or finished changes nothing,
 * so a lost answer is retried like a GET rather than leaving the person unsure the run stops.
 */
export function abortRunRequest(r: { runId: string } & Signal): ApiRequest<Run> {
  return {
    method: 'POST',
    path: `/v2/actor-runs/${pathId(r.runId, 'run')}/abort`,
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateData(body, RUN_FIELDS, 'run')),
  };
}

/** Starts a run (it costs the user money): never repeated once it may have reached the server. */
export function startTaskRunRequest(r: { taskId: string; input?: unknown } & Signal): ApiRequest<Run> {
  return {
    method: 'POST',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}/runs`,
    body: r.input,
    idempotent: false,
    signal: r.signal,
    read: readJson((body) => validateData(body, RUN_FIELDS, 'run')),
  };
}

/** The task's last run; a 404 record-not-found (no run yet) is answered by the caller as undefined. */
export function getLastTaskRunRequest(r: { taskId: string } & Signal): ApiRequest<Run> {
  return {
    method: 'GET',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}/runs/last`,
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateData(body, RUN_FIELDS, 'run')),
  };
}

export function getTaskRequest(r: { taskId: string } & Signal): ApiRequest<Task> {
  return {
    method: 'GET',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}`,
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateData(body, TASK_FIELDS, 'task')),
  };
}

/** The task's input; the body is the input itself, not wrapped in `data`. */
export function getTaskInputRequest(r: { taskId: string } & Signal): ApiRequest<Record<string, unknown>> {
  return {
    method: 'GET',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}/input`,
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateJsonObject(body, 'task input')),
  };
}

/**
 * Replaces the task's input (PUT of a whole value: safe to repeat). PUT …/input would merge, so a
 * property deleted in the editor would survive. An array is passed on as it is: Apify decides.
 */
export function updateTaskInputRequest(r: { taskId: string; input: Record<string, unknown> | unknown[] } & Signal): ApiRequest<Task> {
  return {
    method: 'PUT',
    path: `/v2/actor-tasks/${pathId(r.taskId, 'task')}`,
    body: { input: r.input },
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateData(body, TASK_FIELDS, 'task')),
  };
}

export function getActorDefaultBuildRequest(r: { actorId: string } & Signal): ApiRequest<Build> {
  return {
    method: 'GET',
    path: `/v2/acts/${pathId(r.actorId, 'actor')}/builds/default`,
    idempotent: true,
    signal: r.signal,
    read: readJson((body) => validateData(body, BUILD_FIELDS, 'build')),
  };
}

/** The log as text, from its start, up to `maxBytes` (then `capped`). */
export function getRunLogRequest(r: { runId: string; maxBytes?: number } & Signal): ApiRequest<RunLog> {
  const bodyLimit: BodyLimit = { maxBytes: r.maxBytes ?? DEFAULT_LOG_LIMIT_BYTES, whenExceeded: 'keep-start' };
  return {
    method: 'GET',
    path: `/v2/actor-runs/${pathId(r.runId, 'run')}/log`,
    accept: 'text/plain',
    idempotent: true,
    signal: r.signal,
    bodyLimit,
    read: (response) => ({ text: response.text, capped: response.capped }),
  };
}

/**
 * Items of a dataset, `clean=1` (no empty or hidden fields); the total comes from
 * X-Apify-Pagination-Total. With `maxBytes`, a larger body is read up to the cap and the complete
 * items at its start are returned with `capped` (a huge dataset is shown in part, not refused).
 */
export function getDatasetItemsRequest(r: { datasetId: string; limit: number; offset?: number; maxBytes?: number } & Signal): ApiRequest<DatasetItems> {
  return {
    method: 'GET',
    path: `/v2/datasets/${pathId(r.datasetId, 'dataset')}/items`,
    query: { clean: 1, format: 'json', offset: r.offset, limit: r.limit },
    idempotent: true,
    signal: r.signal,
    bodyLimit: r.maxBytes !== undefined ? { maxBytes: r.maxBytes, whenExceeded: 'keep-start' } : undefined,
    read: (response) => ({
      items: response.capped
        ? completeArrayItems(response.text)
        : readDatasetItems(parseJsonBody(response.text, response.header('content-type'), response.header('content-length'))),
      total: paginationTotal(response.header('x-apify-pagination-total')),
      capped: response.capped,
    }),
  };
}

function readDatasetItems(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const problem = 'body: expected an array of items';
  throw new ApifyInvalidResponseError(`The Apify API sent dataset items in an unexpected shape: ${problem}.`, [problem]);
}

/** X-Apify-Pagination-Total as a plausible count, else undefined. */
export function paginationTotal(header: string | null): number | undefined {
  if (header === null || !/^\s*\d{1,10}\s*$/.test(header)) return undefined;
  const total = Number(header);
  return total <= MAX_PLAUSIBLE_TOTAL ? total : undefined;
}
