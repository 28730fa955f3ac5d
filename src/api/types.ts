// Shapes of the Apify API v2 that this extension reads, after runtime validation. They follow
// the official OpenAPI schemas (TaskShort, ListOfTasks/PaginationResponse, UserPrivateInfo), but
// only what the extension cannot work without is required: other fields may be absent, and
// strings are kept as the API sent them (a date need not be strict RFC 3339).

export interface TaskStats {
  totalRuns?: number;
}

/** One row of GET /v2/actor-tasks. `id` is always a valid Apify ID (see isApifyId). */
export interface TaskShort {
  id: string;
  name: string;
  userId?: string;
  /** An Apify ID when present. */
  actId?: string;
  actName?: string | null;
  username?: string | null;
  actUsername?: string | null;
  /** As sent; usually an RFC 3339 date-time. */
  createdAt?: string;
  modifiedAt?: string;
  stats?: TaskStats | null;
}

/** One page of a paginated list (PaginationResponse), checked against the request that asked for it. */
export interface Page<T> {
  /** The server's total; undefined when it sent none or an implausible one (e.g. 10^15). */
  total: number | undefined;
  /** Always the requested offset (a page that says otherwise is refused). */
  offset: number;
  /** The server's limit, when it sent a usable one. */
  limit: number | undefined;
  desc: boolean;
  /** How many items the server sent, valid or not (items.length + rejected.length). */
  count: number;
  items: T[];
  /** Items of the page that failed validation and were left out, with the reason for each. */
  rejected: RejectedItem[];
}

/** One page of GET /v2/actor-tasks. */
export type TaskPage = Page<TaskShort>;

export interface RejectedItem {
  index: number;
  reason: string;
}

/** The account behind a token (GET /v2/users/me). */
export interface ApifyUser {
  id?: string;
  username: string;
}
