// Shapes of runs, tasks, builds and dataset items the runs level reads (official schemas
// RunShort, Run, Task, Build). As for tasks, only what the extension cannot work without is
// required (an ID to act on, a status to show); the rest may be absent and is shown as it came.

/** ActorJobStatus. The API may add values; an unknown one is kept as a string. */
export type RunStatus = 'READY' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMING-OUT' | 'TIMED-OUT' | 'ABORTING' | 'ABORTED';

const UNFINISHED: ReadonlySet<string> = new Set(['READY', 'RUNNING', 'ABORTING', 'TIMING-OUT']);

/** A run still going (or stopping); an unknown status counts as finished, so nothing watches it forever. */
export function isRunUnfinished(status: string): boolean {
  return UNFINISHED.has(status);
}

export interface RunMeta {
  origin?: string;
}

export interface RunStats {
  durationMillis?: number;
  runTimeSecs?: number;
}

/** One row of GET /v2/actor-tasks/{id}/runs. */
export interface RunShort {
  id: string;
  status: RunStatus | string;
  actId?: string;
  actorTaskId?: string | null;
  startedAt?: string;
  finishedAt?: string | null;
  buildId?: string;
  buildNumber?: string;
  meta?: RunMeta;
  usageTotalUsd?: number;
  /** An Apify ID when present. */
  defaultDatasetId?: string;
  defaultKeyValueStoreId?: string;
}

/** GET /v2/actor-runs/{runId} and the answers of start and abort. */
export interface Run extends RunShort {
  statusMessage?: string | null;
  exitCode?: number | null;
  stats?: RunStats;
}

/** GET /v2/actor-tasks/{id}: what the extension reads of a task with its input. */
export interface Task {
  id: string;
  name: string;
  actId?: string;
  /** As sent; moves on every change of the task (the input editor compares it before saving). */
  modifiedAt?: string;
  /** The task's saved input (any JSON), when it has one. */
  input?: unknown;
}

/** GET /v2/acts/{actorId}/builds/default: the build and the input schema it declares. */
export interface Build {
  id: string;
  status?: RunStatus | string;
  buildNumber?: string;
  actorDefinition?: { input?: unknown };
}

/** GET /v2/datasets/{id}/items: the items (any JSON each) and the dataset's total when the header says. */
export interface DatasetItems {
  items: unknown[];
  total: number | undefined;
  /** True when the body was longer than the request's cap and `items` are the complete ones at its start. */
  capped: boolean;
}

/** GET /v2/actor-runs/{runId}/log: the text, possibly only its start. */
export interface RunLog {
  text: string;
  /** True when the log was longer than the cap and `text` is its start. */
  capped: boolean;
}
