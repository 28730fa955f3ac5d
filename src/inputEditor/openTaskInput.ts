import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { selectedTasks } from '../commands/selectedTasks';
import { pickTask } from '../commands/taskQuickPick';
import { taskIdOfPath } from '../input/taskInputPath';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import type { InputSchemas } from './inputSchemas';
import { TASK_INPUT_SCHEME, type TaskInputDocuments } from './taskInputDocuments';

/**
 * "Apify: Open Task Input": the clicked or selected tasks' inputs, or one picked from the list,
 * each in an editable JSON editor. A task whose input is open already is only brought to the
 * front, so unsaved text is never replaced. Returns the documents' URIs (for scripts and tests).
 */
export async function openTaskInput(
  session: ApifySession, documents: TaskInputDocuments, schemas: InputSchemas, clicked?: unknown, selection?: unknown,
): Promise<vscode.Uri[]> {
  let tasks = selectedTasks(clicked, selection);
  if (tasks.length === 0) {
    const picked = await pickTask(session, vscode.l10n.t('Open Task Input'));
    if (!picked) return [];
    tasks = [picked];
  }
  const opened: vscode.Uri[] = [];
  for (const task of tasks) {
    const uri = await showOpen(task.id) ?? await openNew(documents, schemas, task);
    if (uri) opened.push(uri);
  }
  return opened;
}

/** Focuses the task's input editor when one is open in a tab; its URI, else undefined. */
async function showOpen(taskId: string): Promise<vscode.Uri | undefined> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
      if (uri?.scheme === TASK_INPUT_SCHEME && taskIdOfPath(uri.path) === taskId) {
        await vscode.window.showTextDocument(uri, { viewColumn: group.viewColumn, preview: false });
        return uri;
      }
    }
  }
  return undefined;
}

async function openNew(documents: TaskInputDocuments, schemas: InputSchemas, task: TaskShort): Promise<vscode.Uri | undefined> {
  try {
    const { uri, entry } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Opening the input of {0}…', safeText(task.name)) },
      () => documents.load(task.id, task),
    );
    void schemas.load(task.id, entry.actId);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc.languageId === 'json' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'json'), { preview: false });
    return uri;
  } catch (error) {
    void showErrorWithLog(vscode.l10n.t('Could not open the input of {0}: {1}', safeText(task.name), describeError(error).message));
    return undefined;
  }
}
