import { isApifyId } from '../api/apifyId';
import type { Run } from '../api/runTypes';
import type { TaskShort } from '../api/types';

/** A run and the task it belongs to: what every run command acts on. */
export interface RunTarget {
  run: Run;
  task: TaskShort;
}

interface RunRowLike extends RunTarget {
  kind: 'run';
}

/**
 * The runs a run command acts on, as selectedTasks does for tasks: VS Code passes the clicked
 * row and, with several rows selected, all of them; a click on a row outside the selection acts
 * on that row alone. Rows that are not runs, and runs whose ID is not an Apify ID, are ignored.
 * No vscode import: unit-tested in plain Node.
 */
export function selectedRuns(clicked: unknown, selection: unknown): RunTarget[] {
  const rows = Array.isArray(selection) ? (selection as unknown[]) : [];
  const clickedRow = isRunRow(clicked) ? clicked : undefined;
  const selected = rows.filter(isRunRow);
  const chosen = clickedRow && !selected.some((row) => row.run.id === clickedRow.run.id) ? [clickedRow]
    : selected.length > 0 ? selected
      : clickedRow ? [clickedRow] : [];
  return chosen.map(({ run, task }) => ({ run, task }));
}

function isRunRow(value: unknown): value is RunRowLike {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as { kind?: unknown; run?: { id?: unknown; status?: unknown }; task?: { id?: unknown; name?: unknown } };
  return row.kind === 'run' && isApifyId(row.run?.id) && typeof row.run?.status === 'string'
    && typeof row.task?.id === 'string' && typeof row.task?.name === 'string';
}
