import * as vscode from 'vscode';
import type { PagedNode } from './pagedNode';
import { specialRowId } from './rowIds';
import { specialRowAccessibility, specialRowLabel } from './specialRowLabel';

export interface MessageRowOptions {
  /** Which message, unique among its parent's rows; part of the row id. */
  key: string;
  label: string;
  icon: 'info' | 'warning';
  /** What a screen reader says instead of the label, e.g. with what activating the row does. */
  ariaLabel?: string;
  tooltip?: string;
  command?: vscode.Command;
}

/** A row that informs: no items at all, items that could not be shown, a list that changed meanwhile. */
export class MessageRow extends vscode.TreeItem {
  readonly kind = 'message';

  constructor(readonly parent: PagedNode, options: MessageRowOptions) {
    super(specialRowLabel(options.label), vscode.TreeItemCollapsibleState.None);
    this.id = specialRowId(parent.rowId, options.key);
    this.contextValue = 'message';
    this.iconPath = new vscode.ThemeIcon(options.icon);
    this.accessibilityInformation = specialRowAccessibility(options.ariaLabel ?? options.label, options.command !== undefined);
    if (options.tooltip !== undefined) this.tooltip = options.tooltip;
    if (options.command !== undefined) this.command = options.command;
  }
}
