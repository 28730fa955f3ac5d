import * as vscode from 'vscode';
import { formatInput } from '../input/inputText';
import { taskInputPath } from '../input/taskInputPath';
import { safeText } from '../ui/displayText';

export const APIFY_INPUT_SCHEME = 'apify-task-input-current';

/**
 * Apify's current input of a task, read-only, for the diff the conflict dialog's Compare opens
 * (left: Apify's, right: the editor's unsaved text).
 */
export class ApifyInputSnapshots implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  async showDiff(taskId: string, taskName: string, currentInput: unknown, editorUri: vscode.Uri): Promise<void> {
    const uri = vscode.Uri.from({ scheme: APIFY_INPUT_SCHEME, path: taskInputPath(taskId, taskName) });
    this.texts.set(uri.path, formatInput(currentInput ?? {}));
    this.changed.fire(uri);
    const title = vscode.l10n.t('{0}: Apify ↔ Yours (unsaved)', safeText(taskName));
    await vscode.commands.executeCommand('vscode.diff', uri, editorUri, title, { preview: false });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
