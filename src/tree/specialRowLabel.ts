import * as vscode from 'vscode';

/**
 * The label of a row the view itself adds (Load more, errors, messages): highlighted as a
 * whole. Task rows get their names as plain strings, never a TreeItemLabel with highlights, so
 * a task named "Load more…" or "API token rejected" still looks like a task.
 */
export function specialRowLabel(text: string): vscode.TreeItemLabel {
  return { label: text, highlights: [[0, text.length]] };
}

/**
 * What a screen reader says for a special row: what it is and what activating it does. A row
 * that does something is a button; one that only informs keeps the tree item role.
 */
export function specialRowAccessibility(label: string, actionable: boolean): vscode.AccessibilityInformation {
  return { label, role: actionable ? 'button' : 'treeitem' };
}
