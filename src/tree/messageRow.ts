import * as vscode from 'vscode';

/** A row that only informs: no tasks at all, or tasks the API sent that could not be shown. */
export class MessageRow extends vscode.TreeItem {
  readonly kind = 'message';

  constructor(id: string, label: string, icon: 'info' | 'warning', tooltip?: string) {
    super(label, vscode.TreeItemCollapsibleState.None);
    this.id = `apifyTasks:${id}`;
    this.contextValue = 'message';
    this.iconPath = new vscode.ThemeIcon(icon);
    if (tooltip !== undefined) this.tooltip = tooltip;
  }
}
