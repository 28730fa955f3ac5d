import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import type { RunTaskContext } from '../commands/runTask';
import type { ApifySession } from '../session/apifySession';
import { ApifyInputSnapshots, APIFY_INPUT_SCHEME } from './inputCompare';
import { InputSchemas, type SchemaState } from './inputSchemas';
import { JsonLanguageFeatures } from './jsonLanguageFeatures';
import { taskIdOfPath } from '../input/taskInputPath';
import { openTaskInput } from './openTaskInput';
import { runTaskWithInput } from './runTaskWithInput';
import { saveTaskInput } from './saveTaskInput';
import { SchemaStatus } from './schemaStatus';
import { TASK_INPUT_SCHEME, TaskInputDocuments } from './taskInputDocuments';

/** What the integration tests reach of the task-input editor (through activate's test surface). */
export interface TaskInputTestSurface {
  schemaState(taskId: string): SchemaState | undefined;
}

/** The task-input editor: its file system, schema features, status bar item, Open Task Input and Run Task with This Input. */
export function registerTaskInputEditor(session: ApifySession, runs: RunTaskContext): { disposables: vscode.Disposable[]; testSurface: TaskInputTestSurface } {
  const client = () => session.client;
  const snapshots = new ApifyInputSnapshots();
  const documents = new TaskInputDocuments(client, (entry, content, uri) => saveTaskInput({ client, ask: runs.ask, snapshots }, entry, content, uri));
  const schemas = new InputSchemas(client);
  const disposables: vscode.Disposable[] = [
    vscode.workspace.registerFileSystemProvider(TASK_INPUT_SCHEME, documents, { isCaseSensitive: true }),
    vscode.workspace.registerTextDocumentContentProvider(APIFY_INPUT_SCHEME, snapshots),
    documents, snapshots, schemas,
    new JsonLanguageFeatures(schemas),
    new SchemaStatus(schemas),
    // A task input restored with the window is read by the file system alone: its schema too, then.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const taskId = doc.uri.scheme === TASK_INPUT_SCHEME ? taskIdOfPath(doc.uri.path) : undefined;
      if (taskId !== undefined && schemas.state(taskId) === undefined) void schemas.load(taskId, documents.entry(taskId)?.actId);
    }),
    vscode.commands.registerCommand(CommandIds.openTaskInput, async (clicked?: unknown, selection?: unknown) => {
      await session.ready;
      await session.recheckToken(); // its picker loads pages of its own
      return openTaskInput(session, documents, schemas, clicked, selection);
    }),
    vscode.commands.registerCommand(CommandIds.runTaskWithInput, async (resource?: unknown) => {
      await session.ready;
      return runTaskWithInput(runs, documents, resource);
    }),
  ];
  const testSurface: TaskInputTestSurface = {
    schemaState: (taskId) => schemas.state(taskId),
  };
  return { disposables, testSurface };
}
