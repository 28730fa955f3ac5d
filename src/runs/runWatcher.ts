// Follows unfinished runs until they end, with Apify's long poll (GET /v2/actor-runs/{id}
// ?waitForFinish=60). One watcher per account: the tree's run rows, Run Task's status bar and
// its final notification all listen to the same one, so a run is never polled twice.
// No vscode import: the timing rules are tested in plain Node.
import { abortableSleep, isAbortError } from '../api/abort';
import { isRunUnfinished } from '../api/runTypes';

/** The part of a run the watcher needs. */
export interface WatchableRun {
  id: string;
  status: string;
}

export interface RunFetchRequest {
  /** Seconds the server may hold the request open until the run finishes (0–60). */
  waitForFinishSecs: number;
  signal: AbortSignal;
}

export interface RunWatcherOptions<R extends WatchableRun> {
  /** One GET of the run; the API client's retries for transient errors happen inside it. */
  fetchRun: (runId: string, request: RunFetchRequest) => Promise<R>;
  /** At most one request per run in this time (Apify's long poll lasts a minute). Default 60 s. */
  minIntervalMs?: number;
  /** Default 60, the most Apify allows. */
  waitForFinishSecs?: number;
  /** Errors after which the run is no longer watched (e.g. the run is gone or the token rejected). */
  isPermanent?: (error: unknown) => boolean;
}

export interface RunWatcherListener<R extends WatchableRun> {
  /** The run's status changed; `finished` when it has ended (then it is no longer watched). */
  changed?(run: R, finished: boolean): void;
  /** Watching stopped for good on a permanent error. */
  failed?(runId: string, error: unknown): void;
}

interface WatchEntry<R> {
  run: R;
  owners: Set<object>;
  abort: AbortController;
}

/** The owner of runs watched without one. */
const DEFAULT_OWNER = {};

export class RunWatcher<R extends WatchableRun> {
  private readonly watching = new Map<string, WatchEntry<R>>();
  private readonly listeners = new Set<RunWatcherListener<R>>();
  private readonly minIntervalMs: number;
  private readonly waitForFinishSecs: number;

  constructor(private readonly options: RunWatcherOptions<R>) {
    this.minIntervalMs = options.minIntervalMs ?? 60_000;
    this.waitForFinishSecs = options.waitForFinishSecs ?? 60;
  }

  /**
   * Starts following `run` for `owner` unless it has finished. A run followed for several owners
   * (the tree's rows, Run Task's status bar) is polled once, until the last of them lets go.
   */
  watch(run: R, owner: object = DEFAULT_OWNER): void {
    if (!isRunUnfinished(run.status)) return;
    const existing = this.watching.get(run.id);
    if (existing) {
      existing.owners.add(owner);
      return;
    }
    const entry = { run, owners: new Set([owner]), abort: new AbortController() };
    this.watching.set(run.id, entry);
    void this.follow(entry);
  }

  /** The latest state of a watched run. */
  latest(runId: string): R | undefined {
    return this.watching.get(runId)?.run;
  }

  get watchedRuns(): R[] {
    return [...this.watching.values()].map((entry) => entry.run);
  }

  isWatching(runId: string): boolean {
    return this.watching.has(runId);
  }

  /** `owner` no longer needs the run; its poll stops when no owner is left. */
  unwatch(runId: string, owner: object = DEFAULT_OWNER): void {
    const entry = this.watching.get(runId);
    if (!entry) return;
    entry.owners.delete(owner);
    if (entry.owners.size > 0) return;
    entry.abort.abort();
    this.watching.delete(runId);
  }

  /** Returns a function that removes the listener. */
  listen(listener: RunWatcherListener<R>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops every poll (e.g. on sign-out or a new token); listeners stay for runs watched later. */
  unwatchAll(): void {
    for (const entry of this.watching.values()) entry.abort.abort();
    this.watching.clear();
  }

  /** Stops every poll; nothing is sent or reported after this. */
  dispose(): void {
    this.unwatchAll();
    this.listeners.clear();
  }

  private async follow(entry: WatchEntry<R>): Promise<void> {
    const { signal } = entry.abort;
    while (!signal.aborted) {
      const sentAt = Date.now();
      try {
        const run = await this.options.fetchRun(entry.run.id, { waitForFinishSecs: this.waitForFinishSecs, signal });
        if (signal.aborted) return;
        const finished = !isRunUnfinished(run.status);
        const statusChanged = run.status !== entry.run.status;
        entry.run = run;
        if (finished) this.watching.delete(run.id);
        // A long poll that ends with the run still RUNNING is no news: rows stay as they are.
        if (statusChanged || finished) this.emit((listener) => listener.changed?.(run, finished));
        if (finished) return;
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        if (this.options.isPermanent?.(error)) {
          this.watching.delete(entry.run.id);
          this.emit((listener) => listener.failed?.(entry.run.id, error));
          return;
        }
        // Transient (the client already retried): try again after the interval, as below.
      }
      // An answer that came back early (a proxy cutting the long poll, an error) must not
      // turn into a burst of requests: the next one waits out the rest of the interval.
      const wait = sentAt + this.minIntervalMs - Date.now();
      try {
        await abortableSleep(wait, signal);
      } catch {
        return;
      }
    }
  }

  private emit(notify: (listener: RunWatcherListener<R>) => void): void {
    for (const listener of [...this.listeners]) {
      try {
        notify(listener);
      } catch {
        // One failing listener must not stop the others or the poll.
      }
    }
  }
}
