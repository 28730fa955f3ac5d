// The fields of one TaskShort item (official schema TaskShort.yaml), as the extension needs them:
// an ID to act on and a name to show are required; everything else is shown as it came, or not at all.
import { checkFields, type FieldCheck, type FieldSpec } from './fieldSpec';
import type { TaskShort, TaskStats } from './types';

const TASK_STATS_FIELDS: FieldSpec<TaskStats> = {
  totalRuns: { type: 'integer', min: 0 },
};

export const TASK_SHORT_FIELDS: FieldSpec<TaskShort> = {
  id: { type: 'apify-id', required: true },
  name: { type: 'string', required: true },
  userId: { type: 'string' },
  actId: { type: 'apify-id' },
  actName: { type: 'string', nullable: true },
  username: { type: 'string', nullable: true },
  actUsername: { type: 'string', nullable: true },
  createdAt: { type: 'string' },
  modifiedAt: { type: 'string' },
  stats: { type: 'object', nullable: true, fields: TASK_STATS_FIELDS },
};

/** Checks `value` found at `where` (e.g. "items[3]"); a valid item is copied without unknown fields. */
export function checkTaskShort(value: unknown, where: string): FieldCheck<TaskShort> {
  return checkFields(value, TASK_SHORT_FIELDS, where);
}
