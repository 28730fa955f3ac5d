import type { Run } from '../api/runTypes';
import type { TaskShort } from '../api/types';
import type { Pager } from '../paging/pager';
import type { TaskPager } from '../tasks/taskPager';
import { RunRow } from './runRow';
import { TaskRow } from './taskRow';

/**
 * A parent whose children come page by page: the root (the task list) and each task once it is
 * expanded (its runs). It owns its pager; its children (items and special rows) point back to
 * it as their `parent`, and `apifyTasks.loadMore` takes it as its argument.
 */
export interface PagedNode {
  /** Prefix of its children's row ids: '' for the root, the task row's id for a task. */
  readonly rowId: string;
  /**
   * The row VS Code knows this node as, which `getParent` answers and
   * `onDidChangeTreeData` fires with: undefined for the root.
   */
  readonly element: TaskRow | undefined;
  readonly pager: Pager<{ id: string }>;
  /** Which level it is. */
  readonly kind: 'root' | 'task';
  /** A row for each item its pager has loaded, in order (its special rows come from the pager's state). */
  itemRows(): (TaskRow | RunRow)[];
}

/** The task list: the root of the tree, one per account, order and page size. */
export class RootNode implements PagedNode {
  readonly rowId = '';
  readonly element = undefined;
  readonly kind = 'root';
  /** One row per loaded task, in the pager's order: the task list only ever grows at its end. */
  private readonly rows: TaskRow[] = [];

  constructor(readonly pager: TaskPager) {}

  /**
   * The rows of every task loaded, each made once, the first time VS Code asks (a hidden view
   * holds none; for a shown one a page's refresh asks at once): the same row objects on every
   * call, so VS Code keeps their state and a long list is not rebuilt on each Load more.
   */
  itemRows(): TaskRow[] {
    const tasks = this.pager.items;
    for (let index = this.rows.length; index < tasks.length; index++) this.rows.push(new TaskRow(this, tasks[index]));
    return this.rows.slice();
  }

  /** The row of a loaded task, if it was made. */
  rowOf(taskId: string): TaskRow | undefined {
    const index = this.pager.items.findIndex((task) => task.id === taskId);
    return index < 0 ? undefined : this.rows[index];
  }
}

/**
 * A task's runs, newest first: made when its row is first expanded, dropped on reload. It keeps
 * one RunRow per run, so an update from the run watcher changes the row VS Code already shows.
 */
export class TaskNode implements PagedNode {
  readonly kind = 'task';
  readonly rowId: string;
  /** Unfinished runs this node handed to the run watcher (unwatched when the node is dropped). */
  readonly watched = new Set<string>();
  private readonly rows = new Map<string, RunRow>();

  constructor(readonly element: TaskRow, readonly pager: Pager<Run>) {
    this.rowId = String(element.id);
  }

  get task(): TaskShort {
    return this.element.task;
  }

  /** Its runs' rows, each made once (see rowOf). */
  itemRows(): RunRow[] {
    return this.pager.items.map((run) => this.rowOf(run));
  }

  /** The row of `run`, made once and brought up to date with the pager's state of it. */
  rowOf(run: Run): RunRow {
    let row = this.rows.get(run.id);
    if (!row) {
      row = new RunRow(this, this.task, run);
      this.rows.set(run.id, row);
    } else if (row.run !== run) {
      row.update(run);
    }
    return row;
  }

  /** Takes a newer state of a loaded run; the row to re-read, or undefined if the run is not loaded here. */
  update(run: Run): RunRow | undefined {
    if (!this.pager.replace(run)) return undefined;
    const row = this.rows.get(run.id);
    row?.update(run);
    return row;
  }

  /** Cancels its request in flight; the caller unwatches `watched`. */
  dispose(): void {
    this.pager.dispose();
  }
}

/** Whether `value` is a paged node (a command argument can be anything). */
export function isPagedNode(value: unknown): value is PagedNode {
  return typeof value === 'object' && value !== null && 'pager' in value && 'rowId' in value;
}
