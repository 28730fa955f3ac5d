import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';

/** An error notification that offers the log; `message` must already be safe text (describeError's is). */
export async function showErrorWithLog(message: string): Promise<void> {
  const showLog = vscode.l10n.t('Show Log');
  const answer = await vscode.window.showErrorMessage(message, showLog);
  if (answer === showLog) await vscode.commands.executeCommand(CommandIds.showLog);
}
