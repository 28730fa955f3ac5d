// GET /v2/actor-tasks as the real API answers it: createdAt ascending unless desc=1/true,
// offset default 0, limit default and maximum 1000 (larger values are clamped).
import type { TaskShort } from '../../src/api/types';
import { isPaging, pageOf, readPaging } from './pagingQuery';
import { jsonResponse, type PreparedResponse } from './preparedResponse';

export function listTasks(tasks: readonly TaskShort[], query: Record<string, string>): PreparedResponse {
  const paging = readPaging(query);
  if (!isPaging(paging)) return paging;
  // Sorted on every request, so tests may push to or reorder the live array freely.
  const ordered = [...tasks].sort(byCreatedAt);
  return jsonResponse(200, { data: pageOf(ordered, paging) });
}

function byCreatedAt(a: TaskShort, b: TaskShort): number {
  const [x, y] = [String(a.createdAt), String(b.createdAt)];
  return x < y ? -1 : x > y ? 1 : 0;
}
