import type { TaskShort } from '../api/types';

interface TaskRowLike {
  kind: 'task';
  task: TaskShort;
}

/**
 * The tasks a row command acts on. VS Code passes the clicked row and, with several rows
 * selected, all of them; a click on a row outside the selection acts on that row alone.
 * Rows that are not tasks (Load more, errors, messages) are ignored. No vscode import:
 * unit-tested in plain Node.
 */
export function selectedTasks(clicked: unknown, selection: unknown): TaskShort[] {
  const rows = Array.isArray(selection) ? (selection as unknown[]) : [];
  const clickedRow = isTaskRow(clicked) ? clicked : undefined;
  const selected = rows.filter(isTaskRow);
  if (clickedRow && !selected.some((row) => row.task.id === clickedRow.task.id)) return [clickedRow.task];
  if (selected.length > 0) return selected.map((row) => row.task);
  return clickedRow ? [clickedRow.task] : [];
}

function isTaskRow(value: unknown): value is TaskRowLike {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'task'
    && typeof (value as { task?: { id?: unknown } }).task?.id === 'string';
}

/**
 * The argument the Ctrl+C keybinding passes (package.json): keybindings cannot pass rows, so
 * this asks Copy Task ID to act on the view's selection instead of opening the quick pick.
 */
export interface ViewSelectionRequest {
  viewSelection: true;
}

export function isViewSelectionRequest(value: unknown): value is ViewSelectionRequest {
  return typeof value === 'object' && value !== null && (value as { viewSelection?: unknown }).viewSelection === true;
}
