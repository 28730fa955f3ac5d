import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { describeError } from '../ui/describeError';
import { toDisplayLine } from '../ui/displayText';

/**
 * A page that still failed after the client's retries. Clicking it retries that page; when the
 * token was rejected, clicking it asks for a new one instead.
 */
export class ErrorRow extends vscode.TreeItem {
  readonly kind = 'error';

  constructor(readonly error: unknown) {
    const described = describeError(error);
    // The message may quote the API's own text: one bounded line, like task names.
    super(described.unauthorized ? vscode.l10n.t('API token rejected') : toDisplayLine(described.message), vscode.TreeItemCollapsibleState.None);
    this.id = 'apifyTasks:error';
    this.contextValue = 'error';
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    this.tooltip = described.detail ?? described.message;
    this.command = described.unauthorized
      ? { command: CommandIds.setToken, title: vscode.l10n.t('Set API Token') }
      : { command: CommandIds.loadMore, title: vscode.l10n.t('Retry') };
    this.description = described.unauthorized ? vscode.l10n.t('Click to set a new token') : vscode.l10n.t('Click to retry');
  }
}
