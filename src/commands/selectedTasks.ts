import type { TaskShort } from '../api/types';
import type { TaskTreeRow } from '../tree/taskTreeRow';

/**
 * The tasks a row command acts on. VS Code passes the clicked row and, with several rows
 * selected, all of them; a click on a row outside the selection acts on that row alone.
 */
export function selectedTasks(clicked: unknown, selection: unknown): TaskShort[] {
  const rows = Array.isArray(selection) ? (selection as TaskTreeRow[]) : [];
  const clickedRow = isTaskRow(clicked) ? clicked : undefined;
  const selected = rows.filter(isTaskRow);
  if (clickedRow && !selected.some((row) => row.task.id === clickedRow.task.id)) return [clickedRow.task];
  if (selected.length > 0) return selected.map((row) => row.task);
  return clickedRow ? [clickedRow.task] : [];
}

function isTaskRow(value: unknown): value is Extract<TaskTreeRow, { kind: 'task' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'task';
}
