import type { TaskPage } from '../api/types';

/** What the pager needs from the API client; tests hand in the real client pointed at the fake API. */
export interface TaskLister {
  listTasks(request: { offset: number; limit: number; desc: boolean; signal?: AbortSignal }): Promise<TaskPage>;
}
