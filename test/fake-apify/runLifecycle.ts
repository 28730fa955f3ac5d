// Runs and how they move: READY → RUNNING → SUCCEEDED / FAILED / TIMED-OUT / ABORTED, on a
// schedule (a RunPlan) or on command (finishRun, abortRun). Also the long poll behind
// waitForFinish and the log that grows while a run runs. Every wait is multiplied by
// `timeScale`, so tests can make "60 s" short.
import type { DatasetStore } from './datasetStore';
import { isTerminal, type FakeRun, type RunOrigin, type TerminalStatus } from './runModel';
import { apifyId, type Random } from './seededRandom';

export interface RunPlan {
  /** From creation to RUNNING (default 300 ms). */
  startAfterMs?: number;
  /** From RUNNING to the final status; null waits for finishRun (default 5000 ms). */
  finishAfterMs?: number | null;
  finalStatus?: TerminalStatus;
  statusMessage?: string;
  /** A log line this often while running; 0 writes none (default 1000 ms). */
  logEveryMs?: number;
  /** Items put into the default dataset when the run SUCCEEDS on schedule (default 10). */
  items?: number;
}

export interface NewRun {
  actorTaskId: string;
  actId: string;
  origin: RunOrigin;
  inputOverride?: string;
  plan?: RunPlan;
}

/** Runs `action` after `ms` real milliseconds; owned by the server so close() cancels it. */
export type Scheduler = (ms: number, action: () => void) => void;

const DEFAULT_PLAN: Required<Omit<RunPlan, 'statusMessage'>> = { startAfterMs: 300, finishAfterMs: 5000, finalStatus: 'SUCCEEDED', logEveryMs: 1000, items: 10 };
const ABORTING_MS = 200;

export class RunLifecycle {
  /** Every run, in creation order (seeded ones first for each task). */
  readonly runs: FakeRun[] = [];
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(
    private readonly deps: { random: Random; schedule: Scheduler; datasets: DatasetStore; userId: string; timeScale: () => number },
  ) {}

  find(runId: string): FakeRun | undefined {
    return this.runs.find((run) => run.id === runId);
  }

  /** Adds a run that already happened (seeding), with its dataset. */
  addFinished(run: FakeRun, items: unknown[]): void {
    this.runs.push(run);
    this.deps.datasets.create(run.defaultDatasetId, items);
  }

  create(request: NewRun): FakeRun {
    const r = this.deps.random;
    const run: FakeRun = {
      id: apifyId(r),
      actId: request.actId,
      userId: this.deps.userId,
      actorTaskId: request.actorTaskId,
      status: 'READY',
      statusMessage: null,
      startedAt: Date.now(),
      origin: request.origin,
      buildId: apifyId(r),
      buildNumber: '0.3.12',
      defaultDatasetId: apifyId(r),
      defaultKeyValueStoreId: apifyId(r),
      defaultRequestQueueId: apifyId(r),
      usageTotalUsd: 0,
      inputOverride: request.inputOverride,
      log: [],
    };
    this.runs.push(run);
    this.deps.datasets.create(run.defaultDatasetId);
    const plan = { ...DEFAULT_PLAN, ...request.plan };
    this.appendLog(run.id, `${stamp()} ACTOR: Pulling container image of build ${run.buildId} from registry.\n`);
    this.later(plan.startAfterMs, () => {
      if (run.status !== 'READY') return;
      this.startRun(run.id);
      this.tickLog(run, plan.logEveryMs, 1);
      if (plan.finishAfterMs === null) return;
      this.later(plan.finishAfterMs, () => {
        if (run.status !== 'RUNNING') return;
        if (plan.finalStatus === 'SUCCEEDED') this.addItems(run, plan.items);
        this.finishRun(run.id, plan.finalStatus, plan.statusMessage);
      });
    });
    return run;
  }

  /** READY → RUNNING. */
  startRun(runId: string): FakeRun {
    const run = this.expect(runId);
    if (run.status !== 'READY') throw new Error(`run ${runId} is ${run.status}, not READY`);
    run.status = 'RUNNING';
    run.statusMessage = 'Starting the crawler.';
    this.appendLog(runId, `${stamp()} INFO  System info {"apifyVersion":"3.2.0","osType":"Linux"}\n`);
    return run;
  }

  /** Ends a run now (from any unfinished status); wakes every waitForFinish on it. */
  finishRun(runId: string, status: TerminalStatus, statusMessage?: string): FakeRun {
    const run = this.expect(runId);
    if (isTerminal(run.status)) throw new Error(`run ${runId} has already finished (${run.status})`);
    run.status = status;
    run.finishedAt = Math.max(Date.now(), run.startedAt + 1);
    run.statusMessage = statusMessage ?? DEFAULT_MESSAGES[status];
    run.usageTotalUsd = Math.round(((run.finishedAt - run.startedAt) / 1000) * 0.0001 * 1e6) / 1e6 + 0.001;
    this.appendLog(runId, `${stamp()} INFO  Run ${status}: ${run.statusMessage}\n`);
    const waiting = this.waiters.get(runId);
    this.waiters.delete(runId);
    waiting?.forEach((wake) => wake());
    return run;
  }

  /** POST …/abort: READY/RUNNING → ABORTING → ABORTED shortly after; finished or aborting runs are left as they are (the spec: "does nothing"). */
  abortRun(runId: string): FakeRun {
    const run = this.expect(runId);
    if (run.status !== 'READY' && run.status !== 'RUNNING') return run;
    run.status = 'ABORTING';
    run.statusMessage = 'Aborting the run.';
    this.later(ABORTING_MS, () => {
      if (run.status === 'ABORTING') this.finishRun(runId, 'ABORTED');
    });
    return run;
  }

  appendLog(runId: string, text: string): void {
    this.expect(runId).log.push(text);
  }

  addDatasetItems(runId: string, items: readonly unknown[]): void {
    this.deps.datasets.add(this.expect(runId).defaultDatasetId, items);
  }

  /** Resolves when the run finishes or after `seconds` (scaled), whichever comes first. */
  waitForFinish(runId: string, seconds: number): Promise<void> {
    const run = this.expect(runId);
    if (isTerminal(run.status) || seconds <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.waiters.get(runId) ?? new Set();
      this.waiters.set(runId, set);
      set.add(resolve);
      this.later(seconds * 1000, () => {
        set.delete(resolve);
        resolve();
      });
    });
  }

  private tickLog(run: FakeRun, everyMs: number, line: number): void {
    if (everyMs <= 0) return;
    this.later(everyMs, () => {
      if (run.status !== 'RUNNING') return;
      this.appendLog(run.id, `${stamp()} INFO  CheerioCrawler: Crawled page ${line} https://example.com/page/${line}\n`);
      this.tickLog(run, everyMs, line + 1);
    });
  }

  private addItems(run: FakeRun, count: number): void {
    const items = Array.from({ length: count }, (_, i) => ({ url: `https://example.com/page/${i + 1}`, title: `Page ${i + 1}`, price: (i * 7.5) % 100 }));
    this.deps.datasets.add(run.defaultDatasetId, items);
  }

  private later(ms: number, action: () => void): void {
    this.deps.schedule(ms * this.deps.timeScale(), action);
  }

  private expect(runId: string): FakeRun {
    const run = this.find(runId);
    if (!run) throw new Error(`no run ${runId}`);
    return run;
  }
}

const DEFAULT_MESSAGES: Record<TerminalStatus, string> = {
  SUCCEEDED: 'Finished! Total 10 requests: 10 succeeded, 0 failed.',
  FAILED: 'The Actor process exited with code 1.',
  'TIMED-OUT': 'The run timed out after 3600 seconds.',
  ABORTED: 'The run was aborted.',
};

function stamp(): string {
  return new Date().toISOString();
}
