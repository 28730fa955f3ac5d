// The runs this window started and follows until they end, kept in extension state so a window
// reload picks them up again. Only IDs, the task's name and a time: nothing secret. No vscode import.

export interface WatchedRunEntry {
  runId: string;
  taskId: string;
  taskName: string;
  /** When the run was started here (local clock, ms). */
  startedAt: number;
}

/** The part of a vscode.Memento this needs. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

export const WATCHED_RUNS_KEY = 'apifyTasks.watchedRuns';
/** A run started longer ago than this is not picked up again after a reload. */
export const PICK_UP_WITHIN_MS = 24 * 60 * 60 * 1000;
// The state is ours, but a bounded read costs nothing and a corrupt entry must not break activation.
const MAX_ENTRIES = 200;

export class WatchedRuns {
  private entries: WatchedRunEntry[];

  constructor(private readonly store: StateStore, private readonly now: () => number = Date.now) {
    this.entries = readEntries(store.get<unknown>(WATCHED_RUNS_KEY));
  }

  get list(): readonly WatchedRunEntry[] {
    return this.entries;
  }

  has(runId: string): boolean {
    return this.entries.some((entry) => entry.runId === runId);
  }

  find(runId: string): WatchedRunEntry | undefined {
    return this.entries.find((entry) => entry.runId === runId);
  }

  /** The stored runs started within the last 24 hours; older ones are forgotten. */
  async pickUp(): Promise<readonly WatchedRunEntry[]> {
    this.entries = readEntries(this.store.get<unknown>(WATCHED_RUNS_KEY)); // as a reload finds them
    const recent = this.entries.filter((entry) => this.now() - entry.startedAt < PICK_UP_WITHIN_MS);
    if (recent.length !== this.entries.length) await this.save(recent);
    return recent;
  }

  async add(entry: WatchedRunEntry): Promise<void> {
    if (this.has(entry.runId)) return;
    await this.save([...this.entries, entry].slice(-MAX_ENTRIES));
  }

  async remove(runId: string): Promise<void> {
    if (this.has(runId)) await this.save(this.entries.filter((entry) => entry.runId !== runId));
  }

  async clear(): Promise<void> {
    await this.save([]);
  }

  private async save(entries: WatchedRunEntry[]): Promise<void> {
    this.entries = entries;
    await this.store.update(WATCHED_RUNS_KEY, entries.length > 0 ? entries : undefined);
  }
}

function readEntries(value: unknown): WatchedRunEntry[] {
  if (!Array.isArray(value)) return [];
  return value.slice(-MAX_ENTRIES).filter((entry): entry is WatchedRunEntry =>
    typeof entry === 'object' && entry !== null
    && typeof entry.runId === 'string' && typeof entry.taskId === 'string' && typeof entry.taskName === 'string'
    && typeof entry.startedAt === 'number' && Number.isFinite(entry.startedAt))
    .map(({ runId, taskId, taskName, startedAt }) => ({ runId, taskId, taskName, startedAt }));
}
