import * as vscode from 'vscode';
import type { Run } from '../api/runTypes';
import { isRunUnfinished } from '../api/runTypes';
import type { TaskShort } from '../api/types';
import { noteLastRun, forgetLastRuns } from '../runs/lastRunStatus';
import { WatchedRuns, type StateStore, type WatchedRunEntry } from '../runs/watchedRuns';
import type { ApifySession } from '../session/apifySession';
import { CommandIds } from '../commands/commandIds';
import { safeText } from './displayText';
import { openRunWith, runFinishedMessage, showRunFinished, type RunFinishedMessage } from './runFinishedNotification';

const WATCHING_CONTEXT_KEY = 'apifyTasks.watchingRuns';

/**
 * The runs Run Task started in this window, until they end: a status-bar item while any is
 * running, a notification when each ends, and a record in extension state so a reload picks
 * them up again. Following itself is the session's one RunWatcher.
 */
export class StartedRuns implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly runs: WatchedRuns;
  private readonly latest = new Map<string, Run>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly notified = new vscode.EventEmitter<RunFinishedMessage>();
  /** Each final notification as shown (for the integration tests). */
  readonly onDidNotify = this.notified.event;

  constructor(private readonly session: ApifySession, store: StateStore) {
    this.runs = new WatchedRuns(store);
    this.item = vscode.window.createStatusBarItem('apifyTasks.startedRuns', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Apify Runs');
    this.item.command = CommandIds.showStartedRuns;
    const stopListening = session.runWatcher.listen({
      changed: (run, finished) => this.changed(run, finished),
      failed: (runId) => void this.forget(runId),
    });
    this.disposables.push(this.item, this.notified, { dispose: stopListening });
  }

  /** After the stored token is known: follows the runs a reload interrupted; a later token change or sign-out drops them all. */
  async start(): Promise<void> {
    await this.session.ready;
    this.disposables.push(this.session.tokens.onDidChange(() => void this.clear()));
    if (this.session.signedIn) await this.pickUp();
  }

  /** Follows again the stored runs started here within 24 hours (after a window reload). */
  async pickUp(): Promise<readonly WatchedRunEntry[]> {
    const entries = await this.runs.pickUp();
    for (const entry of entries) {
      // Its state is unknown until the first answer: the watcher's long poll brings it, or the end.
      const run: Run = { id: entry.runId, status: 'RUNNING', actorTaskId: entry.taskId };
      this.latest.set(entry.runId, run);
      this.session.runWatcher.watch(run, this);
    }
    this.render();
    return entries;
  }

  /** A run Run Task started (or found after a lost answer): watch it to its end. */
  async track(task: TaskShort, run: Run): Promise<void> {
    noteLastRun(task.id, run);
    const entry = { runId: run.id, taskId: task.id, taskName: task.name, startedAt: Date.now() };
    if (!isRunUnfinished(run.status)) {
      this.notify(entry, run);
      return;
    }
    this.latest.set(run.id, run);
    await this.runs.add(entry);
    this.session.runWatcher.watch(run, this);
    this.render();
  }

  get entries(): readonly WatchedRunEntry[] {
    return this.runs.list;
  }

  /** Status-bar click: the runs, then what to open for the chosen one. */
  async showQuickPick(): Promise<void> {
    const items = this.runs.list.map((entry) => ({
      label: safeText(entry.taskName),
      description: safeText(this.latest.get(entry.runId)?.status ?? 'RUNNING', 40),
      detail: vscode.l10n.t('Run {0}, started {1}', safeText(entry.runId), new Date(entry.startedAt).toLocaleTimeString()),
      entry,
    }));
    const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Runs started here') });
    if (!chosen) return;
    const actions = runFinishedMessage(chosen.entry.taskName, this.runOf(chosen.entry)).buttons;
    const action = await vscode.window.showQuickPick(actions.map((button) => ({ label: button.title, button })), { title: chosen.label });
    if (action) await openRunWith(action.button.command, this.runRow(chosen.entry));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private changed(run: Run, finished: boolean): void {
    if (run.actorTaskId) noteLastRun(run.actorTaskId, run);
    const entry = this.runs.find(run.id);
    if (!entry) return;
    this.latest.set(run.id, run);
    if (finished) {
      void this.forget(run.id);
      this.notify(entry, run);
    } else {
      this.render();
    }
  }

  private notify(entry: WatchedRunEntry, run: Run): void {
    const shown = runFinishedMessage(entry.taskName, run);
    this.notified.fire(shown);
    void showRunFinished(shown, this.runRow(entry, run));
  }

  private async forget(runId: string): Promise<void> {
    this.latest.delete(runId);
    await this.runs.remove(runId);
    this.render();
  }

  /** Sign-out or another token: nothing started with the old one is followed or kept. */
  private async clear(): Promise<void> {
    for (const entry of this.runs.list) this.session.runWatcher.unwatch(entry.runId, this);
    this.latest.clear();
    forgetLastRuns();
    await this.runs.clear();
    this.render();
  }

  private runOf(entry: WatchedRunEntry): Run {
    return this.latest.get(entry.runId) ?? { id: entry.runId, status: 'RUNNING', actorTaskId: entry.taskId };
  }

  /** The argument run-row commands take (h-runs' RunRow has this shape). */
  private runRow(entry: WatchedRunEntry, run = this.runOf(entry)): { kind: 'run'; run: Run; task: TaskShort } {
    return { kind: 'run', run, task: { id: entry.taskId, name: entry.taskName, actId: run.actId } };
  }

  private render(): void {
    const entries = this.runs.list;
    void vscode.commands.executeCommand('setContext', WATCHING_CONTEXT_KEY, entries.length > 0);
    if (entries.length === 0) {
      this.item.hide();
      return;
    }
    const text = entries.length === 1 ? safeText(entries[0].taskName, 40) : vscode.l10n.t('{0} Apify runs', entries.length);
    this.item.text = `$(sync~spin) ${text}`;
    this.item.tooltip = entries.length === 1
      ? vscode.l10n.t('Run of task {0} is running. Click to open it.', safeText(entries[0].taskName))
      : vscode.l10n.t('{0} runs started here are running. Click to list them.', entries.length);
    this.item.accessibilityInformation = { label: this.item.tooltip, role: 'button' };
    this.item.show();
  }
}
