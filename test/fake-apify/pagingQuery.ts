// offset / limit / desc as the real API reads them: offset default 0, limit default and
// maximum 1000 (larger values are clamped), desc=1 or true for newest first.
import { errorBody } from './errorBodies';
import { jsonResponse, type PreparedResponse } from './preparedResponse';

export const MAX_LIMIT = 1000;

export interface Paging {
  offset: number;
  limit: number;
  desc: boolean;
}

/** The paging a query asks for, or the 400 answer it deserves. */
export function readPaging(query: Record<string, string>, maxLimit = MAX_LIMIT): Paging | PreparedResponse {
  const offset = readCount(query.offset, 0);
  if (offset === undefined) return invalidParameter('offset', query.offset, 'a non-negative integer');
  const requestedLimit = readCount(query.limit, maxLimit);
  if (requestedLimit === undefined || requestedLimit < 1) return invalidParameter('limit', query.limit, 'a positive integer');
  const desc = query.desc === '1' || query.desc?.toLowerCase() === 'true';
  return { offset, limit: Math.min(requestedLimit, maxLimit), desc };
}

export function isPaging(value: Paging | PreparedResponse): value is Paging {
  return 'offset' in value;
}

/** Absent or empty → fallback; digits → number; anything else → undefined (invalid). */
export function readCount(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function invalidParameter(name: string, value: string | undefined, expected: string): PreparedResponse {
  return jsonResponse(400, errorBody('invalid-input', `Invalid value of parameter "${name}" (${JSON.stringify(value)}): must be ${expected}.`));
}

/** One page of `ordered` (already in ascending order) as PaginationResponse data. */
export function pageOf<T>(ordered: readonly T[], paging: Paging): { total: number; offset: number; limit: number; desc: boolean; count: number; items: T[] } {
  // Newest first is the same slice counted from the end, reversed: no copy of the whole list.
  const end = Math.max(0, ordered.length - paging.offset);
  const items = paging.desc
    ? ordered.slice(Math.max(0, end - paging.limit), end).reverse()
    : ordered.slice(paging.offset, paging.offset + paging.limit);
  return { total: ordered.length, offset: paging.offset, limit: paging.limit, desc: paging.desc, count: items.length, items };
}
