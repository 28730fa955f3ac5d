// Sample GET /v2/actor-tasks bodies, valid and malformed, shared by the validator tests and
// the test that checks the hand-written validator against the official schema (ajv).

export const VALID_TASK = {
  id: 'zdc3Pyhyz3m8vjDeM',
  userId: 'wRsJZtadYvn4mBZmm',
  actId: 'asADASadYvn4mBZmm',
  actName: 'my-actor',
  name: 'my-task',
  username: 'janedoe',
  actUsername: 'janedoe',
  createdAt: '2018-10-26T07:23:14.855Z',
  modifiedAt: '2018-10-26T13:30:49.578Z',
  stats: { totalRuns: 15 },
};

export function task(overrides: Record<string, unknown> = {}, n = 0): Record<string, unknown> {
  const result: Record<string, unknown> = { ...VALID_TASK, id: `task${String(n).padStart(13, '0')}`, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete result[key];
  return result;
}

export function page(items: unknown[], envelope: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = { total: items.length, offset: 0, limit: 1000, desc: false, count: items.length, items, ...envelope };
  for (const [key, value] of Object.entries(envelope)) if (value === undefined) delete data[key];
  return { data };
}

export interface Sample {
  name: string;
  body: unknown;
  /** A problem the client must name (regular expression on its messages). */
  expect?: RegExp;
}

/** Valid per the schema and for the client (no rejected items). */
export const VALID_PAGES: Sample[] = [
  { name: 'the spec example', body: page([task({}, 1), task({ name: 'my-task-2' }, 2)]) },
  { name: 'an empty page', body: page([], { total: 0 }) },
  { name: 'a last page past the end', body: page([], { total: 3, offset: 3 }) },
  { name: 'nulls where the schema allows them', body: page([task({ actName: null, username: null, actUsername: null, stats: null })]) },
  { name: 'optional fields absent', body: page([task({ actName: undefined, username: undefined, actUsername: undefined, stats: undefined })]) },
  { name: 'stats without totalRuns', body: page([task({ stats: {} })]) },
  { name: 'unknown extra fields', body: { data: { ...page([task({ extra: { nested: true } })]).data as object, nextCursor: 'x' }, meta: 1 } },
  { name: 'a date-time with an offset', body: page([task({ createdAt: '2018-10-26T09:23:14+02:00' })]) },
  { name: 'desc true', body: page([task()], { desc: true }) },
];

/** Envelope problems: the schema rejects them and the client fails the whole page. */
export const MALFORMED_ENVELOPES: Sample[] = [
  { name: 'an array body', body: [page([])], expect: /body: expected an object, got array/ },
  { name: 'a null body', body: null, expect: /body: expected an object, got null/ },
  { name: 'no data', body: { items: [] }, expect: /data: missing/ },
  { name: 'data is a string', body: { data: 'tasks' }, expect: /data: expected an object, got string/ },
  { name: 'no items', body: page([], { items: undefined }), expect: /data\.items: missing/ },
  { name: 'items is an object', body: page([], { items: {} }), expect: /data\.items: expected an array, got object/ },
  { name: 'total is a string', body: page([], { total: '0' }), expect: /data\.total: expected an integer, got string/ },
  { name: 'offset is fractional', body: page([], { offset: 1.5, total: 5 }), expect: /data\.offset: expected an integer, got number 1\.5/ },
  { name: 'limit is null', body: page([], { limit: null }), expect: /data\.limit: expected an integer, got null/ },
  { name: 'limit is zero', body: page([], { limit: 0 }), expect: /data\.limit: must be at least 1, got 0/ },
  { name: 'desc is "false"', body: page([], { desc: 'false' }), expect: /data\.desc: expected a boolean, got string/ },
  { name: 'desc missing', body: page([], { desc: undefined }), expect: /data\.desc: missing/ },
  { name: 'count missing', body: page([], { count: undefined }), expect: /data\.count: missing/ },
  { name: 'negative total', body: page([], { total: -1 }), expect: /data\.total: must be at least 0, got -1/ },
  { name: 'negative offset', body: page([], { offset: -5 }), expect: /data\.offset: must be at least 0, got -5/ },
  { name: 'negative count', body: page([], { count: -1 }), expect: /data\.count: must be at least 0/ },
];

/** Consistency problems the schema cannot express: ajv accepts them, the client fails the page. */
export const INCONSISTENT_ENVELOPES: Sample[] = [
  { name: 'count ≠ items.length', body: page([task()], { count: 2, total: 2 }), expect: /data\.count \(2\) does not match the number of items \(1\)/ },
  { name: 'more items than limit', body: page([task({}, 1), task({}, 2)], { limit: 1 }), expect: /data\.items has 2 items, more than data\.limit \(1\)/ },
  { name: 'total < offset + count', body: page([task()], { offset: 10, total: 5 }), expect: /data\.total \(5\) is less than data\.offset \+ data\.count \(11\)/ },
];

/** Item problems: the schema rejects the page, the client keeps it and rejects only the bad item (index 1). */
export const MALFORMED_ITEMS: Sample[] = [
  { name: 'an item that is null', body: page([task({}, 0), null]), expect: /^items\[1\]: expected an object, got null$/ },
  { name: 'an item that is an array', body: page([task({}, 0), []]), expect: /^items\[1\]: expected an object, got array$/ },
  { name: 'name is a number', body: page([task({}, 0), task({ name: 42 }, 1)]), expect: /^items\[1\]\.name: expected a string, got number$/ },
  { name: 'id missing', body: page([task({}, 0), task({ id: undefined })]), expect: /^items\[1\]\.id: missing$/ },
  { name: 'userId null', body: page([task({}, 0), task({ userId: null }, 1)]), expect: /items\[1\]\.userId: expected a string, got null/ },
  { name: 'actId missing', body: page([task({}, 0), task({ actId: undefined }, 1)]), expect: /items\[1\]\.actId: missing/ },
  { name: 'createdAt missing', body: page([task({}, 0), task({ createdAt: undefined }, 1)]), expect: /items\[1\]\.createdAt: missing/ },
  { name: 'createdAt is a number', body: page([task({}, 0), task({ createdAt: 1540538594855 }, 1)]), expect: /items\[1\]\.createdAt: expected a date-time string, got number/ },
  { name: 'modifiedAt is not a date', body: page([task({}, 0), task({ modifiedAt: 'yesterday' }, 1)]), expect: /items\[1\]\.modifiedAt: not an RFC 3339 date-time/ },
  { name: 'modifiedAt has no time zone', body: page([task({}, 0), task({ modifiedAt: '2018-10-26T13:30:49' }, 1)]), expect: /items\[1\]\.modifiedAt: not an RFC 3339/ },
  { name: 'createdAt has month 13', body: page([task({}, 0), task({ createdAt: '2018-13-26T07:23:14Z' }, 1)]), expect: /items\[1\]\.createdAt: not an RFC 3339/ },
  { name: 'actName is a number', body: page([task({}, 0), task({ actName: 7 }, 1)]), expect: /items\[1\]\.actName: expected a string or null, got number/ },
  { name: 'username is an object', body: page([task({}, 0), task({ username: {} }, 1)]), expect: /items\[1\]\.username: expected a string or null, got object/ },
  { name: 'actUsername is false', body: page([task({}, 0), task({ actUsername: false }, 1)]), expect: /items\[1\]\.actUsername: expected a string or null, got boolean/ },
  { name: 'stats is a number', body: page([task({}, 0), task({ stats: 3 }, 1)]), expect: /items\[1\]\.stats: expected an object or null, got number/ },
  { name: 'stats is an array', body: page([task({}, 0), task({ stats: [] }, 1)]), expect: /items\[1\]\.stats: expected an object or null, got array/ },
  { name: 'totalRuns is fractional', body: page([task({}, 0), task({ stats: { totalRuns: 1.5 } }, 1)]), expect: /items\[1\]\.stats\.totalRuns: expected an integer, got number 1\.5/ },
  { name: 'totalRuns is a string', body: page([task({}, 0), task({ stats: { totalRuns: '3' } }, 1)]), expect: /items\[1\]\.stats\.totalRuns: expected an integer, got string/ },
];
