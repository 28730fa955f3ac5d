import type { ErrorRow } from './errorRow';
import type { LoadMoreRow } from './loadMoreRow';
import type { MessageRow } from './messageRow';
import type { TaskRow } from './taskRow';

/** Every kind of row in the Tasks view; all are top-level (the tree is a flat, paged list). */
export type TaskTreeRow = TaskRow | LoadMoreRow | ErrorRow | MessageRow;
