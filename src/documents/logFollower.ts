import * as vscode from 'vscode';
import { isRunUnfinished, type Run } from '../api/runTypes';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { showErrorWithLog } from '../ui/errorNotification';
import { RunDocuments } from './runDocuments';

/** How often an open log of an unfinished run is read again: the log endpoint has no long poll. */
export const LOG_REFRESH_MS = 4_000;

/**
 * Keeps an open log document of an unfinished run up to date: reads the log again every
 * LOG_REFRESH_MS until the run finishes (the session's run watcher says so; this never polls the
 * run itself), the editor is closed, the log reaches the cap (its start no longer changes), the
 * token changes, or a read fails. After the run finishes, one last read gets the log's end.
 */
export class LogFollower implements vscode.Disposable {
  private stopped = false;
  private finished = false;
  private wake: (() => void) | undefined;
  private readonly subscriptions: Array<() => void> = [];

  constructor(
    private readonly session: ApifySession,
    private readonly documents: RunDocuments,
    readonly uri: vscode.Uri,
    private readonly run: Run,
    private readonly render: (log: { text: string; capped: boolean }) => string,
  ) {
    const watcher = session.runWatcher;
    this.subscriptions.push(watcher.listen({
      changed: (changed, finished) => { if (changed.id === run.id && finished) this.finishNow(); },
      failed: (runId) => { if (runId === run.id) this.finishNow(); },
    }));
    const tokenChange = session.tokens.onDidChange(() => this.dispose());
    const closed = vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.toString() === uri.toString() && !RunDocuments.isShown(uri)) this.dispose();
    });
    this.subscriptions.push(() => tokenChange.dispose(), () => closed.dispose());
    // The run watcher is the one follower of runs: make sure it follows this one (a no-op when a run row already does).
    watcher.watch(run);
  }

  get following(): boolean {
    return !this.stopped;
  }

  /** Reads again every LOG_REFRESH_MS until one of the stops above; resolves when it has stopped. */
  async follow(): Promise<void> {
    while (!this.stopped) {
      await this.sleep(LOG_REFRESH_MS);
      if (this.stopped) return;
      if (!RunDocuments.isShown(this.uri)) return this.dispose();
      // Rows that are reloaded stop their runs' watch: keep this run watched while its log is open.
      if (!this.finished && !this.session.runWatcher.isWatching(this.run.id)) this.session.runWatcher.watch(this.run);
      const lastRead = this.finished || !isRunUnfinished(this.session.runWatcher.latest(this.run.id)?.status ?? this.run.status);
      const client = this.session.client;
      if (!client) return this.dispose();
      try {
        const log = await client.getRunLog({ runId: this.run.id });
        if (this.stopped) return;
        this.documents.set(this.uri, this.render(log));
        if (log.capped || lastRead) return this.dispose();
      } catch (error) {
        if (this.stopped) return;
        this.dispose();
        void showErrorWithLog(vscode.l10n.t('Stopped following the run log: {0}', describeError(error).message));
        return;
      }
    }
  }

  dispose(): void {
    this.stopped = true;
    this.wake?.();
    for (const unsubscribe of this.subscriptions.splice(0)) unsubscribe();
  }

  private finishNow(): void {
    this.finished = true;
    this.wake?.(); // the last read now, not a whole interval later
  }

  private sleep(ms: number): Promise<void> {
    if (this.finished) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() { clearTimeout(timer); resolve(); }
      this.wake = () => { this.wake = undefined; done(); };
    });
  }
}
