import type { ErrorRow } from './errorRow';
import type { LoadMoreRow } from './loadMoreRow';
import type { MessageRow } from './messageRow';
import type { RunRow } from './runRow';
import type { TaskRow } from './taskRow';

/** Every kind of row in the Tasks view. Each knows its `parent` (a PagedNode: the root or a task). */
export type TaskTreeRow = TaskRow | RunRow | LoadMoreRow | ErrorRow | MessageRow;
