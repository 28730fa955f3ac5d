import type { ErrorRow } from './errorRow';
import type { LoadMoreRow } from './loadMoreRow';
import type { MessageRow } from './messageRow';
import type { TaskRow } from './taskRow';

/** Every kind of row in the Tasks view. Each knows its `parent` (a PagedNode; the root today). */
export type TaskTreeRow = TaskRow | LoadMoreRow | ErrorRow | MessageRow;
