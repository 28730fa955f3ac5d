import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { startTaskRunOnce, type RunTaskContext, type RunTaskResult } from '../commands/runTask';
import { alteredEncryptedValues } from '../input/encryptedValues';
import { checkInputText } from '../input/inputText';
import { taskIdOfPath } from '../input/taskInputPath';
import { safeText } from '../ui/displayText';
import { TASK_INPUT_SCHEME, type TaskInputDocuments } from './taskInputDocuments';

export type RunWithInputResult = RunTaskResult | { kind: 'invalid-input'; message: string } | { kind: 'no-task-input' };

/**
 * "Apify: Run Task with This Input" (editor title of a task input): starts one run of the task
 * with the editor's current text as its input, unsaved edits included, without saving it. Run
 * Task's start does the rest: confirmation, exactly once, watching, reporting.
 */
export async function runTaskWithInput(run: RunTaskContext, documents: TaskInputDocuments, resource?: unknown): Promise<RunWithInputResult> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  const taskId = uri?.scheme === TASK_INPUT_SCHEME ? taskIdOfPath(uri.path) : undefined;
  const doc = taskId === undefined ? undefined : vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri?.toString());
  const entry = taskId === undefined ? undefined : documents.entry(taskId);
  if (!doc || !entry) return { kind: 'no-task-input' };
  const check = checkInputText(doc.getText());
  let message: string | undefined;
  if (!check.ok) {
    message = check.problem === 'syntax'
      ? vscode.l10n.t('The input is not valid JSON ({0}). No run was started.', check.detail)
      : vscode.l10n.t('The input must be a JSON object or array, not {0}. No run was started.', check.got);
  } else {
    const altered = alteredEncryptedValues(entry.seen.input, check.value);
    if (altered.length > 0) message = vscode.l10n.t('An encrypted value was changed ({0}): Apify could not decrypt it. No run was started.', safeText(altered.join(', ')));
  }
  if (!check.ok || message !== undefined) {
    void vscode.window.showErrorMessage(message ?? '');
    return { kind: 'invalid-input', message: message ?? '' };
  }
  const task: TaskShort = entry.listed ?? { id: entry.taskId, name: entry.name, actId: entry.actId };
  // The body is the JSON as typed: an object as Apify's actors take it (an array goes as it is, for Apify to judge).
  return startTaskRunOnce(run, task, { input: check.value as Record<string, unknown> });
}
