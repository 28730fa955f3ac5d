import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { safeText } from '../ui/displayText';
import type { PagedNode } from './pagedNode';
import { itemRowId } from './rowIds';

// One icon for every task row: VS Code only reads it, and a view can hold 100,000 rows.
const TASK_ICON = new vscode.ThemeIcon('checklist');

/**
 * A task. Collapsed at first: its runs are asked for only when it is expanded. Its tooltip is
 * built on hover (TasksTreeProvider.resolveTreeItem), not up front.
 */
export class TaskRow extends vscode.TreeItem {
  readonly kind = 'task';

  constructor(readonly parent: PagedNode, readonly task: TaskShort) {
    // A plain string label, never a highlighted TreeItemLabel: that look belongs to the view's own rows.
    super(safeText(task.name), vscode.TreeItemCollapsibleState.Collapsed);
    // Built from the task ID: keeps selection and focus on the same task across refreshes.
    this.id = itemRowId(parent.rowId, task.id);
    this.description = safeText(actorName(task));
    this.contextValue = 'task';
    this.iconPath = TASK_ICON;
  }
}

/** `actUsername/actName`, or the actor ID when the API has no names for it. */
export function actorName(task: TaskShort): string {
  if (task.actUsername && task.actName) return `${task.actUsername}/${task.actName}`;
  return task.actName ?? task.actId ?? '';
}
