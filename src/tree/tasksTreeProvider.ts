import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import type { PageLoadOutcome, TaskPager } from '../tasks/taskPager';
import { CommandIds } from '../commands/commandIds';
import { formatCount } from '../ui/formatting';
import { ErrorRow } from './errorRow';
import { LoadMoreRow } from './loadMoreRow';
import { MessageRow } from './messageRow';
import { TaskRow } from './taskRow';
import { taskTooltip } from './taskTooltip';
import type { TaskTreeRow } from './taskTreeRow';

/** Makes the pager for the current account, order and page size; undefined while signed out. */
export interface TaskPagerSource {
  /** Settles when the stored token is known; pagers made before then are for "signed out". */
  readonly ready: Promise<void>;
  createPager(): TaskPager | undefined;
}

/**
 * Maps the current TaskPager to rows. Refresh model: a page is loaded into the pager first,
 * then the tree is told to re-read; `getChildren` only reads, except for the very first page,
 * which it waits for so that showing the view costs exactly one request.
 */
export class TasksTreeProvider implements vscode.TreeDataProvider<TaskTreeRow>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** After any change of the loaded state, including the first page (which fires no tree event). */
  readonly onDidChangeState = this.stateChanged.event;
  private pager: TaskPager | undefined;
  private taskRows = new WeakMap<TaskShort, TaskRow>();

  constructor(private readonly source: TaskPagerSource, private readonly viewId: string) {
    this.pager = source.createPager();
  }

  /** The pager behind the rows now shown (undefined while signed out). */
  get current(): TaskPager | undefined {
    return this.pager;
  }

  /** Drops everything loaded, cancels requests in flight and starts over from the first page. */
  reload(): void {
    this.pager?.dispose();
    this.pager = this.source.createPager();
    this.taskRows = new WeakMap();
    this.changed();
  }

  /** Appends the next page. Any number of concurrent calls make one request. */
  async loadMore(): Promise<PageLoadOutcome> {
    const pager = this.pager;
    if (!pager) return 'discarded';
    if (pager.loading) return pager.loadNextPage();
    const loading = this.withProgress(pager.loadNextPage());
    this.changed(); // shows the spinner on the Load more row
    const outcome = await loading;
    if (outcome !== 'discarded') this.changed();
    return outcome;
  }

  getTreeItem(row: TaskTreeRow): vscode.TreeItem {
    return row;
  }

  async getChildren(parent?: TaskTreeRow): Promise<TaskTreeRow[]> {
    if (parent) return [];
    await this.source.ready;
    const pager = this.pager;
    if (!pager) return [];
    if (!pager.started || (pager.loading && pager.items.length === 0)) {
      await this.withProgress(pager.loadNextPage());
      if (pager !== this.pager) return this.getChildren();
      this.stateChanged.fire();
    }
    return this.rowsOf(pager);
  }

  /** Every row is top-level; VS Code needs this for `TreeView.reveal`. */
  getParent(): undefined {
    return undefined;
  }

  resolveTreeItem(item: vscode.TreeItem, row: TaskTreeRow): vscode.TreeItem {
    if (row.kind === 'task') item.tooltip = taskTooltip(row.task);
    return item;
  }

  dispose(): void {
    this.pager?.dispose();
    this.treeChanged.dispose();
    this.stateChanged.dispose();
  }

  private rowsOf(pager: TaskPager): TaskTreeRow[] {
    const rows: TaskTreeRow[] = pager.items.map((task) => this.taskRow(task));
    if (pager.rejected.length > 0) {
      const label = pager.rejected.length === 1
        ? vscode.l10n.t('1 task could not be shown')
        : vscode.l10n.t('{0} tasks could not be shown', formatCount(pager.rejected.length));
      const tooltip = vscode.l10n.t('The Apify API sent tasks that are not valid:\n{0}', pager.rejected.slice(0, 20).join('\n'));
      rows.push(new MessageRow({ id: 'rejected', label, icon: 'warning', tooltip }));
    }
    if (pager.error !== undefined) {
      rows.push(new ErrorRow(pager.error));
    } else if (pager.hasMore) {
      rows.push(new LoadMoreRow(pager.items.length, pager.total, pager.loading));
    } else if (pager.items.length === 0) {
      rows.push(new MessageRow({ id: 'empty', label: vscode.l10n.t('No tasks yet. Tasks you create in Apify Console appear here.'), icon: 'info' }));
    } else if (pager.total !== undefined && pager.total > pager.items.length + pager.rejected.length) {
      // E.g. newest first, tasks created while paging land before the loaded ones: only a refresh shows them.
      const missing = formatCount(pager.total - pager.items.length - pager.rejected.length);
      rows.push(new MessageRow({
        id: 'changed',
        label: vscode.l10n.t('The list changed while loading: refresh to see {0} more', missing),
        icon: 'info',
        command: { command: CommandIds.refresh, title: vscode.l10n.t('Refresh') },
      }));
    }
    return rows;
  }

  private taskRow(task: TaskShort): TaskRow {
    let row = this.taskRows.get(task);
    if (!row) {
      row = new TaskRow(task);
      this.taskRows.set(task, row);
    }
    return row;
  }

  private withProgress<T>(work: Promise<T>): Promise<T> {
    return Promise.resolve(vscode.window.withProgress({ location: { viewId: this.viewId } }, () => work));
  }

  private changed(): void {
    this.treeChanged.fire();
    this.stateChanged.fire();
  }
}
