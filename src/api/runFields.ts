// Field specs of the runs level (see fieldSpec.ts): described once, checked at runtime.
import type { FieldSpec } from './fieldSpec';
import type { Build, Run, RunMeta, RunShort, RunStats, Task } from './runTypes';

const RUN_META_FIELDS: FieldSpec<RunMeta> = { origin: { type: 'string' } };
const RUN_STATS_FIELDS: FieldSpec<RunStats> = {
  durationMillis: { type: 'number', min: 0 },
  runTimeSecs: { type: 'number', min: 0 },
};

export const RUN_SHORT_FIELDS: FieldSpec<RunShort> = {
  id: { type: 'apify-id', required: true },
  status: { type: 'string', required: true },
  actId: { type: 'apify-id' },
  actorTaskId: { type: 'apify-id', nullable: true },
  startedAt: { type: 'string' },
  finishedAt: { type: 'string', nullable: true },
  buildId: { type: 'apify-id' },
  buildNumber: { type: 'string' },
  meta: { type: 'object', fields: RUN_META_FIELDS },
  usageTotalUsd: { type: 'number', min: 0 },
  defaultDatasetId: { type: 'apify-id' },
  defaultKeyValueStoreId: { type: 'apify-id' },
};

export const RUN_FIELDS: FieldSpec<Run> = {
  ...RUN_SHORT_FIELDS,
  statusMessage: { type: 'string', nullable: true },
  exitCode: { type: 'integer', nullable: true },
  stats: { type: 'object', fields: RUN_STATS_FIELDS },
};

export const TASK_FIELDS: FieldSpec<Task> = {
  id: { type: 'apify-id', required: true },
  name: { type: 'string', required: true },
  actId: { type: 'apify-id' },
  modifiedAt: { type: 'string' },
  input: { type: 'json' },
};

export const BUILD_FIELDS: FieldSpec<Build> = {
  id: { type: 'apify-id', required: true },
  status: { type: 'string' },
  buildNumber: { type: 'string' },
  actorDefinition: { type: 'object', fields: { input: { type: 'json' } } as FieldSpec<{ input?: unknown }> },
};
