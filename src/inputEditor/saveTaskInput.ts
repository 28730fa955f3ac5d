import * as vscode from 'vscode';
import type { ApifyClient } from '../api/apifyClient';
import { ApifyError } from '../api/errors';
import { alteredEncryptedValues } from '../input/encryptedValues';
import { checkInputText } from '../input/inputText';
import { changedElsewhere, conflictOutcome } from '../input/saveConflict';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import type { Ask } from '../ui/confirm';
import { askAboutConflict } from './conflictPrompt';
import type { ApifyInputSnapshots } from './inputCompare';
import type { TaskInputEntry } from './taskInputDocuments';

export interface SaveSurroundings {
  client(): ApifyClient | undefined;
  /** Asks the conflict question (a modal dialog; tests answer it through the test surface). */
  ask: Ask;
  snapshots: ApifyInputSnapshots;
}

/**
 * Saves a task-input document to Apify: PUT /v2/actor-tasks/{id} with {"input": …}, which
 * replaces the whole input (PUT …/input would merge and keep deleted properties). Anything that
 * stops the save throws, so VS Code keeps the document dirty with its text and a later save
 * tries again: text that is not a JSON object or array and an altered encrypted value (nothing
 * sent), a change made elsewhere that the person did not choose to overwrite, a failed request.
 */
export async function saveTaskInput(surroundings: SaveSurroundings, entry: TaskInputEntry, content: Uint8Array, uri: vscode.Uri): Promise<void> {
  const name = safeText(entry.name);
  const check = checkInputText(new TextDecoder().decode(content));
  if (!check.ok) {
    throw notSaved(check.problem === 'syntax'
      ? vscode.l10n.t('The input is not valid JSON ({0}). Nothing was sent to Apify.', check.detail)
      : vscode.l10n.t('The input must be a JSON object or array, not {0}. Nothing was sent to Apify.', check.got));
  }
  const altered = alteredEncryptedValues(entry.seen.input, check.value);
  if (altered.length > 0) {
    throw notSaved(vscode.l10n.t('An encrypted value was changed ({0}): Apify could not decrypt it. Undo the change, or replace the whole value with a new plain one. Nothing was sent to Apify.',
      safeText(altered.join(', '))));
  }
  const client = surroundings.client();
  if (!client) throw notSaved(vscode.l10n.t('Set an Apify API token to save task inputs.'));
  try {
    const current = await client.getTask({ taskId: entry.taskId });
    if (changedElsewhere(entry.seen, { modifiedAt: current.modifiedAt, input: current.input })) {
      const outcome = conflictOutcome(await askAboutConflict(surroundings.ask, entry.name));
      if (outcome.showDiff) await surroundings.snapshots.showDiff(entry.taskId, entry.name, current.input, uri);
      if (!outcome.send) throw notSaved(vscode.l10n.t('Not saved: the task was changed in Apify since you opened it. Your text is kept.'));
    }
    const saved = await client.updateTaskInput({ taskId: entry.taskId, input: check.value });
    entry.seen = { modifiedAt: saved.modifiedAt, input: check.value };
  } catch (error) {
    if (!(error instanceof ApifyError)) throw error;
    const described = describeError(error);
    void showErrorWithLog(vscode.l10n.t('Could not save the input of {0}: {1}', name, described.message));
    throw notSaved(described.message);
  }
}

function notSaved(message: string): vscode.FileSystemError {
  return vscode.FileSystemError.Unavailable(message);
}
