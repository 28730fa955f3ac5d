import type { TaskPager } from '../tasks/taskPager';
import type { TaskTreeRow } from './taskTreeRow';

/**
 * A parent whose children come page by page: the root today (the task list), each task once
 * its runs are listed. It owns its pager; its children (items and special rows) point back to it
 * as their `parent`, and `apifyTasks.loadMore` takes it as its argument.
 */
export interface PagedNode {
  /** Prefix of its children's row ids: '' for the root, the task row's id for a task. */
  readonly rowId: string;
  /**
   * The row VS Code knows this node as, which `getParent` answers and
   * `onDidChangeTreeData` fires with: undefined for the root.
   */
  readonly element: TaskTreeRow | undefined;
  readonly pager: TaskPager;
  /** Which level it is; the runs phase adds 'task'. */
  readonly kind: 'root';
}

/** The task list: the root of the tree, one per account, order and page size. */
export class RootNode implements PagedNode {
  readonly rowId = '';
  readonly element = undefined;
  readonly kind = 'root';

  constructor(readonly pager: TaskPager) {}
}

/** Whether `value` is a paged node (a command argument can be anything). */
export function isPagedNode(value: unknown): value is PagedNode {
  return typeof value === 'object' && value !== null && 'pager' in value && 'rowId' in value;
}
