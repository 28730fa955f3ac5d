import * as vscode from 'vscode';
import { isRunUnfinished, type Run } from '../api/runTypes';
import type { Pager } from '../paging/pager';
import type { RunWatcher } from '../runs/runWatcher';
import type { PageLoadOutcome, TaskPager } from '../tasks/taskPager';
import { isPagedNode, RootNode, TaskNode, type PagedNode } from './pagedNode';
import { runTooltip } from './runTooltip';
import { specialRowsOf } from './specialRows';
import { specialRowOf } from './specialRowOf';
import type { TaskRow } from './taskRow';
import { taskTooltip } from './taskTooltip';
import type { TaskTreeRow } from './taskTreeRow';

/** How long a load goes on before the view shows its progress bar. */
const PROGRESS_DELAY_MS = 150;

/** Makes the pager for the current account, order and page size; undefined while signed out. */
export interface TaskPagerSource {
  /** Settles when the stored token is known; pagers made before then are for "signed out". */
  readonly ready: Promise<void>;
  createPager(): TaskPager | undefined;
  /** A pager over one task's runs, newest first; undefined while signed out. */
  createRunPager(taskId: string): Pager<Run> | undefined;
  /** The one follower of unfinished runs in the window. */
  readonly runWatcher: RunWatcher<Run>;
}

/**
 * The Tasks view's rows. Each paged parent (a PagedNode: the root, and each expanded task) owns
 * its pager; a page is loaded into it first, then only that parent's node is told to re-read.
 * `getChildren` only reads, except for a parent's very first page, which it waits for so that
 * showing the view costs exactly one request and expanding a task one more. Unfinished runs it
 * shows are followed by the session's run watcher; a change re-reads just that run's row. Only
 * this provider fires tree events.
 */
export class TasksTreeProvider implements vscode.TreeDataProvider<TaskTreeRow>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<TaskTreeRow | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** After any change of the loaded state, including the first page (which fires no tree event). */
  readonly onDidChangeState = this.stateChanged.event;
  private rootNode: RootNode | undefined;
  /** Expanded tasks' nodes, by their task row's id; all dropped on reload. */
  private taskNodes = new Map<string, TaskNode>();
  private readonly stopListening: () => void;

  constructor(private readonly source: TaskPagerSource, private readonly viewId: string) {
    this.rootNode = this.newRoot();
    this.stopListening = source.runWatcher.listen({ changed: (run) => this.runChanged(run) });
  }

  /** The root's pager: the task list now shown (undefined while signed out). */
  get current(): TaskPager | undefined {
    return this.rootNode?.pager;
  }

  /** The root node (undefined while signed out). */
  get root(): PagedNode | undefined {
    return this.rootNode;
  }

  /** Drops everything loaded, cancels requests in flight and starts over from the first page. */
  reload(): void {
    this.rootNode?.pager.dispose();
    this.dropTaskNodes();
    this.rootNode = this.newRoot();
    this.changed(undefined);
  }

  /** The node of an expanded task (undefined if its runs were not asked for since the last reload). */
  taskNode(taskId: string): TaskNode | undefined {
    for (const node of this.taskNodes.values()) if (node.task.id === taskId) return node;
    return undefined;
  }

  /**
   * A run just started from the editor: if that task's runs are loaded, it goes to the top of
   * them and is watched; otherwise nothing (expanding the task later loads it from the API).
   */
  showStartedRun(taskId: string, run: Run): void {
    const node = this.taskNode(taskId);
    this.renewTooltip(taskId);
    if (!node || !node.pager.started || !node.pager.prepend(run)) return;
    this.watchUnfinished(node);
    this.changed(node);
  }

  /**
   * Appends the next page of `owner` (a PagedNode, or a row of one; the root when omitted).
   * Any number of concurrent calls make one request. A row still on screen from before a
   * reload loads more of the list that replaced its own (for the root: joins its first page).
   */
  async loadMore(owner?: unknown): Promise<PageLoadOutcome> {
    const node = this.nodeOf(owner);
    if (!node) return 'discarded';
    if (node.pager.loading) return node.pager.loadNextPage();
    return this.loadPageOf(node);
  }

  getTreeItem(row: TaskTreeRow): vscode.TreeItem {
    return row;
  }

  async getChildren(parent?: TaskTreeRow): Promise<TaskTreeRow[]> {
    if (parent) return parent.kind === 'task' ? this.runsOf(parent) : [];
    await this.source.ready;
    const root = this.rootNode;
    if (!root) return [];
    const pager = root.pager;
    if (!pager.started || (pager.loading && pager.items.length === 0)) {
      await this.withProgress(pager.loadNextPage());
      if (root !== this.rootNode) return this.getChildren();
      this.stateChanged.fire();
    }
    return this.rowsOf(root);
  }

  /** Every row's parent, as VS Code knows it (undefined for top-level rows): `TreeView.reveal` needs it. */
  getParent(row: TaskTreeRow): TaskTreeRow | undefined {
    return row.parent.element;
  }

  resolveTreeItem(item: vscode.TreeItem, row: TaskTreeRow): vscode.TreeItem {
    if (row.kind === 'task') item.tooltip = taskTooltip(row.task);
    if (row.kind === 'run') item.tooltip = runTooltip(row.run);
    return item;
  }

  dispose(): void {
    this.stopListening();
    this.dropTaskNodes();
    this.rootNode?.pager.dispose();
    this.treeChanged.dispose();
    this.stateChanged.dispose();
  }

  private newRoot(): RootNode | undefined {
    const pager = this.source.createPager();
    return pager ? new RootNode(pager) : undefined;
  }

  /** The live node a command argument stands for: a node, or a row whose parent it is; the root when omitted. */
  private nodeOf(owner: unknown): PagedNode | undefined {
    if (owner === undefined) return this.rootNode;
    const node = isPagedNode(owner) ? owner
      : isPagedNode((owner as { parent?: unknown } | null)?.parent) ? (owner as { parent: PagedNode }).parent
        : undefined;
    // Nodes are replaced on reload: a row still on screen from before one finds the live node by its id.
    if (node?.kind === 'task') return this.taskNodes.get(node.rowId);
    return node?.kind === 'root' ? this.rootNode : undefined;
  }

  private rowsOf(node: PagedNode): TaskTreeRow[] {
    const rows: TaskTreeRow[] = node.itemRows();
    if (node instanceof TaskNode) this.watchUnfinished(node);
    for (const special of specialRowsOf(node.pager)) rows.push(specialRowOf(node, special));
    return rows;
  }

  /** A task's runs: its first page is asked for on the first expansion only; later ones read what is loaded. */
  private async runsOf(taskRow: TaskRow): Promise<TaskTreeRow[]> {
    // A row from before a reload (VS Code may still ask for it) gets nothing and costs nothing.
    if (taskRow.parent !== this.rootNode) return [];
    const node = this.taskNodes.get(String(taskRow.id)) ?? this.newTaskNode(taskRow);
    if (!node) return [];
    const pager = node.pager;
    if (!pager.started || (pager.loading && pager.items.length === 0)) {
      await this.withProgress(pager.loadNextPage());
      if (this.taskNodes.get(node.rowId) !== node) return [];
      this.stateChanged.fire();
    }
    return this.rowsOf(node);
  }

  private newTaskNode(taskRow: TaskRow): TaskNode | undefined {
    const pager = this.source.createRunPager(taskRow.task.id);
    if (!pager) return undefined;
    const node = new TaskNode(taskRow, pager);
    this.taskNodes.set(node.rowId, node);
    return node;
  }

  /** Hands the node's unfinished runs to the run watcher, each once (it follows them until they end). */
  private watchUnfinished(node: TaskNode): void {
    for (const run of node.pager.items) {
      if (!isRunUnfinished(run.status) || node.watched.has(run.id)) continue;
      node.watched.add(run.id);
      this.source.runWatcher.watch(run, this);
    }
  }

  /** The run watcher's news: the run's row shows it, and only that row is re-read. */
  private runChanged(run: Run): void {
    for (const node of this.taskNodes.values()) {
      const row = node.update(run);
      if (row) this.treeChanged.fire(row);
    }
    this.renewTooltip(run.actorTaskId);
  }

  /**
   * The task's hover names its last run: VS Code keeps a resolved tooltip, so drop it and let the
   * row be read again; the next hover builds it anew.
   */
  private renewTooltip(taskId: string | null | undefined): void {
    const row = taskId ? this.rootNode?.rowOf(taskId) : undefined;
    if (!row || row.tooltip === undefined) return;
    row.tooltip = undefined;
    this.treeChanged.fire(row);
  }

  /** Forgets every task's runs: cancels their requests and stops watching the runs they showed. */
  private dropTaskNodes(): void {
    for (const node of this.taskNodes.values()) {
      node.dispose();
      for (const runId of node.watched) this.source.runWatcher.unwatch(runId, this);
    }
    this.taskNodes = new Map();
  }

  /**
   * Loads `node`'s next page, then has VS Code re-read that node once. Exactly one tree refresh
   * per page: VS Code's extension host holds back a refresh that comes within 200 ms of the
   * previous one, so a refresh for a row spinner at the start would delay the page's own rows by
   * up to 200 ms (docs/performance.md). The view's progress bar costs no refresh; the Load more
   * row still shows its spinner whenever VS Code re-reads it meanwhile.
   */
  private async loadPageOf(node: PagedNode): Promise<PageLoadOutcome> {
    const outcome = await this.withProgress(node.pager.loadNextPage());
    if (outcome !== 'discarded') this.changed(node);
    return outcome;
  }

  /**
   * Shows the view's progress bar while `work` goes on, from PROGRESS_DELAY_MS on: a page that
   * comes sooner needs no sign that it is loading, and drawing the bar took the window time the
   * page's rows needed (about 6 ms a page on loopback, docs/performance.md).
   */
  private withProgress<T>(work: Promise<T>): Promise<T> {
    const show = setTimeout(() => {
      vscode.window.withProgress({ location: { viewId: this.viewId } }, () => work).then(undefined, () => undefined);
    }, PROGRESS_DELAY_MS);
    return work.finally(() => clearTimeout(show));
  }

  /** Tells VS Code to re-read `node`'s children only (the root: undefined). */
  private changed(node: PagedNode | undefined): void {
    this.treeChanged.fire(node?.element);
    this.stateChanged.fire();
  }
}
