import type { TaskShort } from '../api/types';
import type { TaskLister } from './taskLister';

export interface TaskPagerOptions {
  lister: TaskLister;
  pageSize: number;
  descending: boolean;
}

/** What one call of `loadNextPage` ended with. */
export type PageLoadOutcome = 'loaded' | 'failed' | 'complete' | 'discarded';

/**
 * The paging state of one task list: one account, one order, one page size. Anything that
 * changes those (order toggle, refresh, sign-out, token or settings change) disposes the pager
 * and makes a new one, so a late answer for an old list can never reach the new one.
 */
export class TaskPager {
  readonly descending: boolean;
  private readonly loaded: TaskShort[] = [];
  private readonly loadedIds = new Set<string>();
  private readonly rejectedReasons: string[] = [];
  private serverTotal: number | undefined;
  private offset = 0;
  private exhausted = false;
  private lastError: unknown;
  private inFlight: Promise<PageLoadOutcome> | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly options: TaskPagerOptions) {
    this.descending = options.descending;
  }

  get items(): readonly TaskShort[] { return this.loaded; }
  /** The server's latest `total`; undefined until a page has arrived. */
  get total(): number | undefined { return this.serverTotal; }
  /** The offset the next page is asked from: how many items the server has returned so far. */
  get nextOffset(): number { return this.offset; }
  get loading(): boolean { return this.inFlight !== undefined; }
  get error(): unknown { return this.lastError; }
  /** Reasons for items the API sent that failed validation and are not shown. */
  get rejected(): readonly string[] { return this.rejectedReasons; }
  get started(): boolean { return this.serverTotal !== undefined || this.loading || this.lastError !== undefined; }
  get disposed(): boolean { return this.abort.signal.aborted; }
  get hasMore(): boolean {
    return !this.exhausted && (this.serverTotal === undefined || this.offset < this.serverTotal);
  }

  /** Loads the next page. Concurrent calls share one request; errors are kept in `error`, never thrown. */
  loadNextPage(): Promise<PageLoadOutcome> {
    if (this.disposed) return Promise.resolve('discarded');
    if (!this.inFlight) {
      if (!this.hasMore) return Promise.resolve('complete');
      this.inFlight = this.fetchPage().finally(() => { this.inFlight = undefined; });
    }
    return this.inFlight;
  }

  /** Cancels the request in flight; its answer, if any still arrives, is dropped. */
  dispose(): void {
    this.abort.abort();
  }

  private async fetchPage(): Promise<PageLoadOutcome> {
    this.lastError = undefined;
    const { lister, pageSize, descending } = this.options;
    try {
      const page = await lister.listTasks({ offset: this.offset, limit: pageSize, desc: descending, signal: this.abort.signal });
      if (this.disposed) return 'discarded';
      for (const task of page.items) {
        // Tasks created or deleted between pages shift offsets; the same task can come twice.
        if (this.loadedIds.has(task.id)) continue;
        this.loadedIds.add(task.id);
        this.loaded.push(task);
      }
      for (const item of page.rejected) this.rejectedReasons.push(item.reason);
      this.offset = page.offset + page.count;
      this.serverTotal = page.total;
      // An empty page ends the list even if `total` says otherwise (tasks deleted meanwhile).
      if (page.count === 0) this.exhausted = true;
      return 'loaded';
    } catch (error) {
      if (this.disposed) return 'discarded';
      this.lastError = error;
      return 'failed';
    }
  }
}
