import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { toDisplayLine } from '../ui/displayText';

/** A task. Its tooltip is built on hover (TasksTreeProvider.resolveTreeItem), not up front. */
export class TaskRow extends vscode.TreeItem {
  readonly kind = 'task';

  constructor(readonly task: TaskShort) {
    super(toDisplayLine(task.name), vscode.TreeItemCollapsibleState.None);
    // The task ID keeps selection and focus on the same task across refreshes.
    this.id = task.id;
    this.description = toDisplayLine(actorName(task));
    this.contextValue = 'task';
    this.iconPath = new vscode.ThemeIcon('checklist');
  }
}

/** `actUsername/actName`, or the actor ID when the API has no names for it. */
export function actorName(task: TaskShort): string {
  if (task.actUsername && task.actName) return `${task.actUsername}/${task.actName}`;
  return task.actName ?? task.actId ?? '';
}
