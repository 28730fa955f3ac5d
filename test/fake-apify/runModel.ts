// A run as the fake keeps it, and the two shapes the API shows it in: Run (one run) and
// RunShort (list items). Times are kept as epoch milliseconds and rendered on each answer, so
// an unfinished run's duration grows between requests.

export type RunStatus = 'READY' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMING-OUT' | 'TIMED-OUT' | 'ABORTING' | 'ABORTED';
export type TerminalStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED-OUT' | 'ABORTED';
export type RunOrigin = 'DEVELOPMENT' | 'WEB' | 'API' | 'SCHEDULER' | 'TEST' | 'WEBHOOK' | 'ACTOR' | 'CLI' | 'CI' | 'STANDBY' | 'MCP';

export const TERMINAL_STATUSES: readonly TerminalStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED-OUT', 'ABORTED'];

export function isTerminal(status: RunStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export interface FakeRun {
  id: string;
  actId: string;
  userId: string;
  actorTaskId: string;
  status: RunStatus;
  statusMessage: string | null;
  startedAt: number;
  finishedAt?: number;
  origin: RunOrigin;
  buildId: string;
  buildNumber: string;
  defaultDatasetId: string;
  defaultKeyValueStoreId: string;
  defaultRequestQueueId: string;
  usageTotalUsd: number;
  /** The JSON body a POST …/runs sent as input override, exactly as received (undefined: none). */
  inputOverride?: string;
  /** The log, in the pieces it was written in. */
  log: string[];
}

function durationMillis(run: FakeRun, now: number): number {
  return Math.max(0, (run.finishedAt ?? now) - run.startedAt);
}

/** GET /v2/actor-runs/{id}, POST …/runs, abort: the full Run object. */
export function runJson(run: FakeRun, now: number): Record<string, unknown> {
  const millis = durationMillis(run, now);
  return {
    id: run.id,
    actId: run.actId,
    userId: run.userId,
    actorTaskId: run.actorTaskId,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt === undefined ? null : new Date(run.finishedAt).toISOString(),
    status: run.status,
    statusMessage: run.statusMessage,
    isStatusMessageTerminal: isTerminal(run.status),
    meta: { origin: run.origin, userAgent: 'ApifyClient/2.9.0' },
    stats: { inputBodyLen: run.inputOverride?.length ?? 0, restartCount: 0, resurrectCount: 0, durationMillis: millis, runTimeSecs: millis / 1000, computeUnits: run.usageTotalUsd / 0.4 },
    options: { build: 'latest', timeoutSecs: 3600, memoryMbytes: 1024, diskMbytes: 2048 },
    buildId: run.buildId,
    buildNumber: run.buildNumber,
    exitCode: run.finishedAt === undefined ? null : run.status === 'SUCCEEDED' ? 0 : 1,
    generalAccess: 'FOLLOW_USER_SETTING',
    defaultKeyValueStoreId: run.defaultKeyValueStoreId,
    defaultDatasetId: run.defaultDatasetId,
    defaultRequestQueueId: run.defaultRequestQueueId,
    usageTotalUsd: run.usageTotalUsd,
  };
}

/** Items of GET /v2/actor-tasks/{id}/runs. */
export function runShortJson(run: FakeRun): Record<string, unknown> {
  return {
    id: run.id,
    actId: run.actId,
    actorTaskId: run.actorTaskId,
    status: run.status,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt === undefined ? null : new Date(run.finishedAt).toISOString(),
    buildId: run.buildId,
    buildNumber: run.buildNumber,
    meta: { origin: run.origin },
    usageTotalUsd: run.usageTotalUsd,
    defaultKeyValueStoreId: run.defaultKeyValueStoreId,
    defaultDatasetId: run.defaultDatasetId,
    defaultRequestQueueId: run.defaultRequestQueueId,
  };
}
