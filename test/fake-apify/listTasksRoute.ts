// GET /v2/actor-tasks as the real API answers it: createdAt ascending unless desc=1/true,
// offset default 0, limit default and maximum 1000 (larger values are clamped).
import type { TaskShort } from '../../src/api/types';
import { isPaging, pageOf, readPaging } from './pagingQuery';
import { jsonResponse, type PreparedResponse } from './preparedResponse';

export function listTasks(tasks: readonly TaskShort[], query: Record<string, string>): PreparedResponse {
  const paging = readPaging(query);
  if (!isPaging(paging)) return paging;
  // Ordered on every request, so tests may push to or reorder the live array freely; a list
  // already in order (the usual case) is used as it is, so 100,000 tasks cost one pass, not a sort.
  const ordered = isOrdered(tasks) ? tasks : [...tasks].sort(byCreatedAt);
  return jsonResponse(200, { data: pageOf(ordered, paging) });
}

function byCreatedAt(a: TaskShort, b: TaskShort): number {
  const [x, y] = [String(a.createdAt), String(b.createdAt)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function isOrdered(tasks: readonly TaskShort[]): boolean {
  for (let i = 1; i < tasks.length; i++) if (byCreatedAt(tasks[i - 1], tasks[i]) > 0) return false;
  return true;
}
