import * as vscode from 'vscode';
import type { Run } from '../api/runTypes';
import { formatRunDuration, runDurationMs } from '../runs/runDuration';
import { describeError } from './describeError';
import { safeText } from './displayText';
import { showErrorWithLog } from './errorNotification';

/** The run-row commands the notification's buttons run (branch h-actions builds them), by ID. */
export const RunActionCommands = {
  openResults: 'apifyTasks.openRunResults',
  openLog: 'apifyTasks.openRunLog',
  openInConsole: 'apifyTasks.openRunInConsole',
} as const;

export interface RunFinishedMessage {
  severity: 'information' | 'warning' | 'error';
  message: string;
  buttons: { title: string; command: string }[];
}

/** "Task my-task SUCCEEDED in 1 m 12 s", or with the status message when it did not succeed. */
export function runFinishedMessage(taskName: string, run: Run): RunFinishedMessage {
  const name = safeText(taskName);
  const status = safeText(run.status, 40);
  const duration = runDurationMs(run);
  let message = duration === undefined
    ? vscode.l10n.t('Task {0} {1}', name, status)
    : vscode.l10n.t('Task {0} {1} in {2}', name, status, formatRunDuration(duration));
  if (run.status !== 'SUCCEEDED' && run.statusMessage) message = vscode.l10n.t('{0}: {1}', message, safeText(run.statusMessage));
  const severity = run.status === 'SUCCEEDED' ? 'information' : run.status === 'FAILED' ? 'error' : 'warning';
  return {
    severity,
    message,
    buttons: [
      { title: vscode.l10n.t('Open Results'), command: RunActionCommands.openResults },
      { title: vscode.l10n.t('Open Log'), command: RunActionCommands.openLog },
      { title: vscode.l10n.t('Open in Console'), command: RunActionCommands.openInConsole },
    ],
  };
}

/** Shows it; a button runs its command with a run-row-shaped argument. */
export async function showRunFinished(shown: RunFinishedMessage, runRow: unknown): Promise<void> {
  const show = shown.severity === 'information' ? vscode.window.showInformationMessage
    : shown.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  const picked = await show(shown.message, ...shown.buttons.map((button) => button.title));
  const button = shown.buttons.find((candidate) => candidate.title === picked);
  if (button) await openRunWith(button.command, runRow);
}

/** Runs a run-row command; one that fails (or is missing) says so with the log, not silently. */
export async function openRunWith(command: string, runRow: unknown): Promise<void> {
  try {
    await vscode.commands.executeCommand(command, runRow);
  } catch (error) {
    await showErrorWithLog(describeError(error).message);
  }
}
