// GET /v2/actor-tasks as the real API answers it: createdAt ascending unless desc=1/true,
// offset default 0, limit default and maximum 1000 (larger values are clamped).
import type { TaskShort } from '../../src/api/types';
import { errorBody } from './errorBodies';
import { jsonResponse, type PreparedResponse } from './preparedResponse';

export const MAX_LIMIT = 1000;

export function listTasks(tasks: readonly TaskShort[], query: Record<string, string>): PreparedResponse {
  const offset = readCount(query.offset, 0);
  if (offset === undefined) return invalidParameter('offset', query.offset, 'a non-negative integer');
  const requestedLimit = readCount(query.limit, MAX_LIMIT);
  if (requestedLimit === undefined || requestedLimit < 1) return invalidParameter('limit', query.limit, 'a positive integer');
  const limit = Math.min(requestedLimit, MAX_LIMIT);
  const desc = query.desc === '1' || query.desc?.toLowerCase() === 'true';
  // Sorted on every request, so tests may push to or reorder the live array freely.
  const ordered = [...tasks].sort(byCreatedAt);
  if (desc) ordered.reverse();
  const items = ordered.slice(offset, offset + limit);
  return jsonResponse(200, { data: { total: ordered.length, offset, limit, desc, count: items.length, items } });
}

function byCreatedAt(a: TaskShort, b: TaskShort): number {
  const [x, y] = [String(a.createdAt), String(b.createdAt)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Absent or empty → fallback; digits → number; anything else → undefined (invalid). */
function readCount(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

function invalidParameter(name: string, value: string | undefined, expected: string): PreparedResponse {
  return jsonResponse(400, errorBody('invalid-input', `Invalid value of parameter "${name}" (${JSON.stringify(value)}): must be ${expected}.`));
}
