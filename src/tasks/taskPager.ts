// The task list's paging state: the generic pager over GET /v2/actor-tasks.
import type { TaskShort } from '../api/types';
import { Pager } from '../paging/pager';
import type { TaskLister } from './taskLister';

export type { PageLoadOutcome } from '../paging/pager';

export interface TaskPagerOptions {
  lister: TaskLister;
  pageSize: number;
  descending: boolean;
  readAhead?: boolean;
}

/** One account's task list in one order and page size (see Pager for the guarantees). */
export class TaskPager extends Pager<TaskShort> {
  constructor(options: TaskPagerOptions) {
    super({ source: (request) => options.lister.listTasks(request), pageSize: options.pageSize, descending: options.descending, readAhead: options.readAhead });
  }
}
