// Shapes of the Apify API v2 that this extension reads. They follow the official
// OpenAPI schemas TaskShort, ListOfTasks (PaginationResponse) and UserPrivateInfo.

export interface TaskStats {
  totalRuns?: number;
}

/** One row of GET /v2/actor-tasks. `actName`, `username`, `actUsername` and `stats` may be null. */
export interface TaskShort {
  id: string;
  userId: string;
  actId: string;
  actName?: string | null;
  name: string;
  username?: string | null;
  actUsername?: string | null;
  createdAt: string;
  modifiedAt: string;
  stats?: TaskStats | null;
}

/** One page of GET /v2/actor-tasks, as the API returned it (after runtime validation). */
export interface TaskPage {
  total: number;
  offset: number;
  limit: number;
  desc: boolean;
  count: number;
  items: TaskShort[];
  /** Items of the page that failed validation and were left out, with the reason for each. */
  rejected: RejectedItem[];
}

export interface RejectedItem {
  index: number;
  reason: string;
}

/** The account behind a token (GET /v2/users/me). */
export interface ApifyUser {
  id?: string;
  username: string;
}
