import * as vscode from 'vscode';
import type { Run } from '../api/runTypes';
import type { TaskShort } from '../api/types';
import { startRunOnce, type RunStartOutcome } from '../runs/startRunOnce';
import type { ApifySession } from '../session/apifySession';
import { describeRunStart, type RunStartAction, type RunStartReport } from '../ui/describeRunStart';
import { safeText } from '../ui/displayText';
import type { StartedRuns } from '../ui/startedRuns';
import { CommandIds } from './commandIds';
import { confirmRun } from './runTaskConfirm';
import { selectedTasks } from './selectedTasks';
import { pickTask } from './taskQuickPick';

/** The tree's part in a start: the run appears at the top of the task's runs (branch h-runs). */
export interface StartedRunShower {
  showStartedRun(taskId: string, run: Run): void;
}

/** What Run Task needs from the window. */
export interface RunTaskContext {
  session: ApifySession;
  tree: StartedRunShower;
  startedRuns: StartedRuns;
}

export type RunTaskResult =
  | { kind: 'cancelled' }
  | { kind: 'already-starting' }
  | { kind: 'signed-out' }
  | (RunStartOutcome & { report?: RunStartReport });

// Tasks whose start (confirmation included) is under way in this window: a second Run of one
// of them does nothing but say so, so a double click cannot start two runs.
const starting = new Set<string>();

/**
 * Starts one run of `task` — the one way the extension starts runs: asks first (unless
 * `confirmed` or the setting says not to), never while a start of the same task is under way,
 * POSTs once (`input` replaces the saved input when given), finds out what happened after an
 * ambiguous failure, says so, and watches the run to its end.
 */
export async function startTaskRunOnce(
  context: RunTaskContext, task: TaskShort, options: { input?: Record<string, unknown>; confirmed?: boolean } = {},
): Promise<RunTaskResult> {
  if (starting.has(task.id)) {
    vscode.window.setStatusBarMessage(`$(loading~spin) ${vscode.l10n.t('Task {0} is already starting', safeText(task.name))}`, 4000);
    return { kind: 'already-starting' };
  }
  starting.add(task.id);
  try {
    if (!options.confirmed && !(await confirmRun(context.session.settings, [task], { customInput: options.input !== undefined }))) return { kind: 'cancelled' };
    return await startConfirmed(context, task, options.input);
  } finally {
    starting.delete(task.id);
  }
}

/** "Apify: Run Task": the clicked or selected task rows (one confirmation lists them all), else a quick pick. */
export async function runTask(context: RunTaskContext, clicked?: unknown, selection?: unknown): Promise<RunTaskResult[]> {
  let tasks = selectedTasks(clicked, selection);
  if (tasks.length === 0) {
    const picked = await pickTask(context.session, vscode.l10n.t('Run Task'));
    if (!picked) return [];
    tasks = [picked];
  }
  if (tasks.length === 1) return [await startTaskRunOnce(context, tasks[0])];
  const free = tasks.filter((task) => !starting.has(task.id));
  if (free.length === 0) return tasks.map(() => ({ kind: 'already-starting' }));
  for (const task of free) starting.add(task.id);
  let confirmed: boolean;
  try {
    confirmed = await confirmRun(context.session.settings, free);
  } finally {
    for (const task of free) starting.delete(task.id);
  }
  if (!confirmed) return free.map(() => ({ kind: 'cancelled' }));
  return Promise.all(free.map((task) => startTaskRunOnce(context, task, { confirmed: true })));
}

async function startConfirmed(context: RunTaskContext, task: TaskShort, input: Record<string, unknown> | undefined): Promise<RunTaskResult> {
  const client = context.session.client;
  if (!client) return { kind: 'signed-out' };
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Starting task {0}', safeText(task.name)) },
    () => startRunOnce(client, task.id, input),
  );
  if (outcome.kind === 'started' || outcome.kind === 'found-after-failure') {
    await context.startedRuns.track(task, outcome.run);
    context.tree.showStartedRun(task.id, outcome.run);
    vscode.window.setStatusBarMessage(`$(play) ${vscode.l10n.t('Started task {0}', safeText(task.name))}`, 4000);
  }
  if (outcome.kind === 'refused' && outcome.refusal.kind === 'task-deleted') void vscode.commands.executeCommand(CommandIds.refresh);
  const report = describeRunStart(task.name, outcome);
  if (report) void showReport(context, task, input, report);
  return { ...outcome, report };
}

async function showReport(context: RunTaskContext, task: TaskShort, input: Record<string, unknown> | undefined, report: RunStartReport): Promise<void> {
  const show = report.severity === 'information' ? vscode.window.showInformationMessage
    : report.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  const picked = await show(report.message, ...report.actions.map((action) => action.title));
  const chosen = report.actions.find((action) => action.title === picked);
  if (chosen) await act(context, task, input, chosen.action);
}

async function act(context: RunTaskContext, task: TaskShort, input: Record<string, unknown> | undefined, action: RunStartAction): Promise<void> {
  switch (action.kind) {
    case 'open-url': await vscode.env.openExternal(vscode.Uri.parse(action.url)); return;
    case 'set-token': await vscode.commands.executeCommand(CommandIds.setToken); return;
    case 'refresh': await vscode.commands.executeCommand(CommandIds.refresh); return;
    // A new click of the person's own: asked again only if the setting says so.
    case 'run-again': await startTaskRunOnce(context, task, { input }); return;
    case 'open-task-in-console': await vscode.commands.executeCommand(CommandIds.openInConsole, { kind: 'task', task }); return;
    case 'show-log': await vscode.commands.executeCommand(CommandIds.showLog); return;
  }
}
