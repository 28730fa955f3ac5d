// Starts a task's run exactly once. POST …/runs is never repeated after it may have reached
// Apify (the client retries only a refused connection and a 429). After an ambiguous failure
// (timeout, reset, 5xx, a bad answer) it asks for the task's last run and decides whether that
// run is the one this request started. No vscode import: unit-tested against the fake API.
import type { ApifyClient } from '../api/apifyClient';
import { ApifyError, ApifyHttpError, ApifyNetworkError, ApifyRateLimitedError } from '../api/errors';
import { getLastTaskRunRequest } from '../api/runRequests';
import type { Run } from '../api/runTypes';
import { runRefusalOf, type RunRefusal } from './runRefusal';

export type RunStartOutcome =
  /** Apify answered with the new run. */
  | { kind: 'started'; run: Run }
  /** The answer was lost, but the task's last run is the one this request started. */
  | { kind: 'found-after-failure'; run: Run; failure: unknown }
  /** The answer was lost and the task's last run is older (or there is none): no run started. */
  | { kind: 'not-started-after-failure'; failure: unknown }
  /** The answer was lost and asking for the last run failed too: unknown whether a run started. */
  | { kind: 'unknown'; failure: unknown; checkError: unknown }
  /** Apify refused with a reason the UI words with an action. */
  | { kind: 'refused'; refusal: RunRefusal; error: ApifyHttpError }
  /** Certainly not started: never sent, or answered with another refusal. */
  | { kind: 'failed'; error: unknown };

export type RunStartClient = Pick<ApifyClient, 'startTaskRun' | 'sendRequest'>;

export interface StartRunOnceOptions {
  /** Local clock; injected by tests. */
  now?: () => number;
  /** Look-ups of the last run after an ambiguous failure (a slow server may create it late). Default 2. */
  checks?: number;
  /** Wait between those look-ups. Default 1.5 s. */
  checkDelayMs?: number;
}

/**
 * How far before the request's sending a run's startedAt may lie and still be this request's run.
 * With the server's Date header the clocks are compared (it has whole seconds): 2 s. Without it
 * the local clock stands for the server's, and a minute allows for clock skew.
 */
export const MATCH_SLACK_WITH_SERVER_DATE_MS = 2_000;
export const MATCH_SLACK_WITHOUT_SERVER_DATE_MS = 60_000;

/** Starts one run of the task (POST with `input` as the body when given) and says what happened. */
export async function startRunOnce(
  client: RunStartClient, taskId: string, input?: unknown, options: StartRunOnceOptions = {},
): Promise<RunStartOutcome> {
  const now = options.now ?? Date.now;
  const sentAt = now();
  try {
    return { kind: 'started', run: await client.startTaskRun({ taskId, input }) };
  } catch (failure) {
    if (!mayHaveReachedApify(failure)) {
      const refusal = runRefusalOf(failure);
      return refusal ? { kind: 'refused', refusal, error: failure as ApifyHttpError } : { kind: 'failed', error: failure };
    }
    return findRunStartedBy(client, taskId, sentAt, failure, now, options);
  }
}

/**
 * Whether a failed start may have created a run. Certainly not: an HTTP refusal (4xx, 3xx), a
 * 429, a refused connection, and what was never sent (bad token or base URL, certificate).
 */
export function mayHaveReachedApify(error: unknown): boolean {
  if (!(error instanceof ApifyError)) return true;
  if (error instanceof ApifyRateLimitedError) return false;
  if (error instanceof ApifyHttpError) return error.kind === 'server';
  if (error instanceof ApifyNetworkError) return error.code !== 'ECONNREFUSED';
  return ['timeout', 'invalid-response', 'too-large', 'aborted'].includes(error.kind);
}

async function findRunStartedBy(
  client: RunStartClient, taskId: string, sentAt: number, failure: unknown, now: () => number, options: StartRunOnceOptions,
): Promise<RunStartOutcome> {
  const checks = Math.max(1, options.checks ?? 2);
  for (let check = 1; ; check++) {
    let last: LastRun;
    try {
      last = await lastRunWithServerTime(client, taskId, now);
    } catch (checkError) {
      return { kind: 'unknown', failure, checkError };
    }
    if (last.run && isRunSentAt(last.run, sentAt, last.skewMs)) return { kind: 'found-after-failure', run: last.run, failure };
    if (check >= checks) return { kind: 'not-started-after-failure', failure };
    await new Promise((resolve) => setTimeout(resolve, options.checkDelayMs ?? 1_500));
  }
}

interface LastRun {
  run: Run | undefined;
  /** Server clock minus local clock, when the answer had a Date header. */
  skewMs: number | undefined;
}

/** GET …/runs/last, reading the server's Date header too; no run yet (404 record-not-found) is undefined. */
async function lastRunWithServerTime(client: RunStartClient, taskId: string, now: () => number): Promise<LastRun> {
  const request = getLastTaskRunRequest({ taskId });
  try {
    return await client.sendRequest({
      ...request,
      read: (response) => {
        const serverDate = Date.parse(response.header('date') ?? '');
        return { run: request.read(response), skewMs: Number.isNaN(serverDate) ? undefined : serverDate - now() };
      },
    });
  } catch (error) {
    if (error instanceof ApifyHttpError && error.status === 404 && error.apifyType === 'record-not-found') return { run: undefined, skewMs: undefined };
    throw error;
  }
}

/** Whether `run` was started by an API request sent at `sentAt` (local clock). */
export function isRunSentAt(run: Run, sentAt: number, skewMs: number | undefined): boolean {
  const origin = run.meta?.origin;
  if (origin !== undefined && origin !== 'API') return false; // Console, a schedule, a webhook…
  const startedAt = Date.parse(run.startedAt ?? '');
  if (Number.isNaN(startedAt)) return false;
  const slack = skewMs === undefined ? MATCH_SLACK_WITHOUT_SERVER_DATE_MS : MATCH_SLACK_WITH_SERVER_DATE_MS;
  return startedAt >= sentAt + (skewMs ?? 0) - slack;
}
