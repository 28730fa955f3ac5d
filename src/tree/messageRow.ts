import * as vscode from 'vscode';

export interface MessageRowOptions {
  id: string;
  label: string;
  icon: 'info' | 'warning';
  tooltip?: string;
  command?: vscode.Command;
}

/** A row that informs: no tasks at all, tasks that could not be shown, a list that changed meanwhile. */
export class MessageRow extends vscode.TreeItem {
  readonly kind = 'message';

  constructor(options: MessageRowOptions) {
    super(options.label, vscode.TreeItemCollapsibleState.None);
    this.id = `apifyTasks:${options.id}`;
    this.contextValue = 'message';
    this.iconPath = new vscode.ThemeIcon(options.icon);
    if (options.tooltip !== undefined) this.tooltip = options.tooltip;
    if (options.command !== undefined) this.command = options.command;
  }
}
