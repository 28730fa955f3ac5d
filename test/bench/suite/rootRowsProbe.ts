// Sees when the provider's root rows are ready: wraps getChildren on the provider instance
// (VS Code calls `provider.getChildren` afresh each time), so every root call VS Code makes is
// recorded with when it started, when its rows were ready and which task list they came from.
import type { TaskPager } from '../../../src/tasks/taskPager';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';

/**
 * A provider the probe can watch: the extension's TasksTreeProvider, or the floor extension's
 * tree (whose rows have the same `kind`s and whose `current` list changes on every Refresh).
 */
export interface ProbedTree {
  getChildren(parent?: TaskTreeRow): Promise<TaskTreeRow[]>;
  readonly current: unknown;
}

export interface RootCall {
  startedAt: number;
  resolvedAt?: number;
  /** The pager (the floor's list) current when the rows were produced. */
  pager?: TaskPager | unknown;
  rows?: TaskTreeRow[];
  taskRows?: number;
}

export class RootRowsProbe {
  readonly calls: RootCall[] = [];
  private readonly waiters = new Set<() => void>();
  /** The provider's own getChildren, unwrapped, for timing it directly. */
  readonly original: (parent?: TaskTreeRow) => Promise<TaskTreeRow[]>;

  constructor(private readonly tree: ProbedTree) {
    const original = tree.getChildren.bind(tree);
    this.original = original;
    tree.getChildren = async (parent?: TaskTreeRow) => {
      if (parent) return original(parent);
      const call: RootCall = { startedAt: performance.now() };
      this.calls.push(call);
      const rows = await original();
      call.resolvedAt = performance.now();
      call.pager = tree.current;
      call.rows = rows;
      call.taskRows = rows.filter((row) => row.kind === 'task').length;
      for (const wake of this.waiters) wake();
      return rows;
    };
  }

  /** The first root call that started at or after `since` and whose rows satisfy `accept`. */
  async rowsReady(since: number, accept: (call: RootCall) => boolean, timeoutMs = 15_000): Promise<RootCall> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((call) => call.startedAt >= since && call.resolvedAt !== undefined && accept(call));
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no root rows as expected within ${timeoutMs} ms (${this.calls.length} root calls seen)`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  /** Root calls resolved after `since`. */
  resolvedAfter(since: number): RootCall[] {
    return this.calls.filter((call) => call.resolvedAt !== undefined && call.resolvedAt >= since);
  }

  /** Forgets recorded calls (they hold rows and pagers, which would skew heap figures). */
  clear(): void {
    this.calls.length = 0;
  }

  dispose(): void {
    delete (this.tree as { getChildren?: unknown }).getChildren;
    this.clear();
  }
}
