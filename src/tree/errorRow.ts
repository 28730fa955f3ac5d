import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { describeError } from '../ui/describeError';
import { errorTooltip } from './errorTooltip';
import type { PagedNode } from './pagedNode';
import { specialRowId } from './rowIds';
import { specialRowAccessibility, specialRowLabel } from './specialRowLabel';

/**
 * A page that still failed after the client's retries. Clicking it retries that page of its
 * parent; when the token was rejected, clicking it asks for a new one instead.
 */
export class ErrorRow extends vscode.TreeItem {
  readonly kind = 'error';

  constructor(readonly parent: PagedNode, readonly error: unknown) {
    const described = describeError(error); // its message is already safe, one bounded line
    super(specialRowLabel(described.message), vscode.TreeItemCollapsibleState.None);
    this.id = specialRowId(parent.rowId, 'error');
    this.contextValue = 'error';
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    this.tooltip = errorTooltip(described);
    this.command = described.unauthorized
      ? { command: CommandIds.setToken, title: vscode.l10n.t('Set API Token') }
      : { command: CommandIds.loadMore, title: vscode.l10n.t('Retry'), arguments: [parent] };
    this.description = described.unauthorized ? vscode.l10n.t('Click to set a new token') : vscode.l10n.t('Click to retry');
    this.accessibilityInformation = specialRowAccessibility(described.unauthorized
      ? vscode.l10n.t('Error: {0}. Press Enter to set a new API token.', described.message)
      : vscode.l10n.t('Error: {0}. Press Enter to retry.', described.message), true);
  }
}
