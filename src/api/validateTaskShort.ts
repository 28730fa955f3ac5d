// Runtime check of one TaskShort item (official schema TaskShort.yaml). A bad item must not
// cost the user the whole page, so problems are returned, not thrown.
import { isDateTime } from './dateTimeFormat';
import { describeJsonType, isJsonObject } from './describeJsonType';
import type { TaskShort, TaskStats } from './types';

export type TaskShortCheck = { ok: true; task: TaskShort } | { ok: false; problems: string[] };

const REQUIRED_STRINGS = ['id', 'userId', 'actId', 'name'] as const;
const REQUIRED_DATES = ['createdAt', 'modifiedAt'] as const;
const NULLABLE_STRINGS = ['actName', 'username', 'actUsername'] as const;

/** Checks `value` found at `where` (e.g. "items[3]"); a valid item is copied without unknown fields. */
export function checkTaskShort(value: unknown, where: string): TaskShortCheck {
  if (!isJsonObject(value)) return { ok: false, problems: [`${where}: expected an object, got ${describeJsonType(value)}`] };
  const problems: string[] = [];
  for (const key of REQUIRED_STRINGS) {
    if (!(key in value)) problems.push(`${where}.${key}: missing`);
    else if (typeof value[key] !== 'string') problems.push(`${where}.${key}: expected a string, got ${describeJsonType(value[key])}`);
  }
  for (const key of REQUIRED_DATES) {
    const field = value[key];
    if (!(key in value)) problems.push(`${where}.${key}: missing`);
    else if (typeof field !== 'string') problems.push(`${where}.${key}: expected a date-time string, got ${describeJsonType(field)}`);
    else if (!isDateTime(field)) problems.push(`${where}.${key}: not an RFC 3339 date-time: ${JSON.stringify(field.slice(0, 40))}`);
  }
  for (const key of NULLABLE_STRINGS) {
    const field = value[key];
    if (field !== undefined && field !== null && typeof field !== 'string') {
      problems.push(`${where}.${key}: expected a string or null, got ${describeJsonType(field)}`);
    }
  }
  const stats = value.stats;
  if (stats !== undefined && stats !== null) {
    if (!isJsonObject(stats)) problems.push(`${where}.stats: expected an object or null, got ${describeJsonType(stats)}`);
    else if (stats.totalRuns !== undefined && !Number.isInteger(stats.totalRuns)) {
      problems.push(`${where}.stats.totalRuns: expected an integer, got ${describeNumberish(stats.totalRuns)}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, task: copyKnownFields(value) };
}

function copyKnownFields(value: Record<string, unknown>): TaskShort {
  const task: TaskShort = {
    id: value.id as string,
    userId: value.userId as string,
    actId: value.actId as string,
    name: value.name as string,
    createdAt: value.createdAt as string,
    modifiedAt: value.modifiedAt as string,
  };
  for (const key of NULLABLE_STRINGS) {
    if (key in value) task[key] = value[key] as string | null;
  }
  if (value.stats === null) task.stats = null;
  else if (isJsonObject(value.stats)) {
    const stats: TaskStats = {};
    if (value.stats.totalRuns !== undefined) stats.totalRuns = value.stats.totalRuns as number;
    task.stats = stats;
  }
  return task;
}

/** "number 1.5" reads better than "number" when an integer was expected. */
export function describeNumberish(value: unknown): string {
  return typeof value === 'number' ? `number ${value}` : describeJsonType(value);
}
