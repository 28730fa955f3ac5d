// The paging state of one list of API items (tasks, a task's runs, …): one source, one order,
// one page size. Anything that changes those disposes the pager and makes a new one, so a late
// answer for an old list can never reach the new one. No vscode import: tested in plain Node.
import type { Page } from '../api/types';

/** What the pager asks its source for. */
export interface PageRequest {
  offset: number;
  limit: number;
  desc: boolean;
  signal: AbortSignal;
}

/** Fetches one page; the API client's list methods fit as they are. */
export type PageSource<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PagerOptions<T> {
  source: PageSource<T>;
  pageSize: number;
  descending: boolean;
  /**
   * Asks for the page after the one asked for at the same time, while the total says there is
   * one: for a caller that loads the whole list (the palette's picker), so that the work on one
   * page overlaps the next request. The tree loads a page only when the user asks for one.
   */
  readAhead?: boolean;
}

/** A request made ahead of its turn, for the page at `offset`. */
interface PageAhead<T> {
  offset: number;
  page: Promise<Page<T>>;
  abort: AbortController;
}

/** What one call of `loadNextPage` ended with. */
export type PageLoadOutcome = 'loaded' | 'failed' | 'complete' | 'discarded';

/** A page that brought nothing new yet did not end the list: paging on could go round forever. */
export class PagingStalledError extends Error {
  override name = 'PagingStalledError';
  constructor(readonly offset: number, readonly count: number) {
    super(`The Apify API sent ${count} items at offset ${offset} that were all already shown; stopped loading to avoid going round in circles.`);
  }
}

export class Pager<T extends { id: string }> {
  readonly descending: boolean;
  private readonly loaded: T[] = [];
  private readonly loadedIds = new Set<string>();
  private readonly rejectedReasons: string[] = [];
  private serverTotal: number | undefined;
  private pagesLoaded = 0;
  /** Where the next page starts: the requested offsets plus what each page held, never the server's echo. */
  private offset = 0;
  private exhausted = false;
  private lastError: unknown;
  private inFlight: Promise<PageLoadOutcome> | undefined;
  private ahead: PageAhead<T> | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly options: PagerOptions<T>) {
    this.descending = options.descending;
  }

  get items(): readonly T[] { return this.loaded; }
  /** The server's latest `total`; undefined until a page has arrived, or when the server sent no plausible one. */
  get total(): number | undefined { return this.serverTotal; }
  get loading(): boolean { return this.inFlight !== undefined; }
  get error(): unknown { return this.lastError; }
  /** Reasons for items the API sent that failed validation and are not shown. */
  get rejected(): readonly string[] { return this.rejectedReasons; }
  get started(): boolean { return this.pagesLoaded > 0 || this.loading || this.lastError !== undefined; }
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

  /**
   * Puts an item the server has just added at the front of the list (e.g. a run started from
   * the editor, newest first). False if an item with its id is loaded already. The server's
   * list has grown by one before the loaded ones, so the next page starts one further on.
   */
  prepend(item: T): boolean {
    if (this.disposed || this.loadedIds.has(item.id)) return false;
    this.loadedIds.add(item.id);
    this.loaded.unshift(item);
    this.offset++;
    if (this.serverTotal !== undefined) this.serverTotal++;
    return true;
  }

  /** Swaps in a newer state of a loaded item (same id), in its place. False if no such item is loaded. */
  replace(item: T): boolean {
    if (this.disposed || !this.loadedIds.has(item.id)) return false;
    const index = this.loaded.findIndex((loaded) => loaded.id === item.id);
    if (index < 0) return false;
    this.loaded[index] = item;
    return true;
  }

  /** Cancels the request in flight; its answer, if any still arrives, is dropped. */
  dispose(): void {
    this.abort.abort();
    this.dropAhead();
  }

  private async fetchPage(): Promise<PageLoadOutcome> {
    this.lastError = undefined;
    const offset = this.offset;
    const pending = this.requestPage(offset);
    this.readAheadOf(offset);
    try {
      const page = await pending;
      if (this.disposed) return 'discarded';
      let added = 0;
      for (const item of page.items) {
        // Items created or deleted between pages shift offsets; the same item can come twice.
        if (this.loadedIds.has(item.id)) continue;
        this.loadedIds.add(item.id);
        this.loaded.push(item);
        added++;
      }
      for (const item of page.rejected) this.rejectedReasons.push(item.reason);
      this.offset = offset + page.count;
      this.serverTotal = page.total;
      this.pagesLoaded++;
      // An empty page ends the list even if `total` says otherwise (items deleted meanwhile).
      if (page.count === 0) this.exhausted = true;
      else if (added === 0 && page.rejected.length === 0 && this.hasMore) {
        // The next call moves on from the next offset; the caller decides whether to make it.
        this.lastError = new PagingStalledError(offset, page.count);
        return 'failed';
      }
      if (!this.hasMore) this.dropAhead();
      return 'loaded';
    } catch (error) {
      if (this.disposed) return 'discarded';
      this.lastError = error;
      return 'failed';
    }
  }

  /** The page at `offset`: the request made ahead for it, or a new one (a request ahead for another offset is cancelled). */
  private requestPage(offset: number): Promise<Page<T>> {
    const ahead = this.ahead;
    this.ahead = undefined;
    if (ahead?.offset === offset) return ahead.page;
    ahead?.abort.abort();
    return this.ask(offset, this.abort.signal);
  }

  private ask(offset: number, signal: AbortSignal): Promise<Page<T>> {
    return this.options.source({ offset, limit: this.options.pageSize, desc: this.descending, signal });
  }

  private dropAhead(): void {
    this.ahead?.abort.abort();
    this.ahead = undefined;
  }

  /**
   * With readAhead, asks for the page after the one at `offset`, assuming that one comes full;
   * if it does not (the list shrank), the next offset differs and this request is dropped.
   */
  private readAheadOf(offset: number): void {
    const next = offset + this.options.pageSize;
    if (!this.options.readAhead || this.serverTotal === undefined || next >= this.serverTotal) return;
    const abort = new AbortController();
    const page = this.ask(next, abort.signal);
    // Its failure is reported when its turn comes (or never, if it is dropped).
    page.catch(() => undefined);
    this.ahead = { offset: next, page, abort };
  }
}
