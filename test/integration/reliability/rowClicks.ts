// What a user's click on a row does, and what the view must look like between clicks.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import { labelOf, rows } from '../support/apifyTasksHarness';

/** Runs the row's command with its arguments, exactly as VS Code does when the row is clicked. */
export async function clickRow(row: TaskTreeRow): Promise<unknown> {
  const command = row.command;
  if (!command) throw new Error(`the row "${labelOf(row)}" has no command to click`);
  return vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

/** The rows now shown, after checking that nothing is left loading: no spinner, a clickable last row. */
export async function settledRows(api: ApifyTasksApi): Promise<TaskTreeRow[]> {
  const shown = await rows(api);
  assert.equal(api.tree.current?.loading, false, 'the list is still loading after the click returned');
  for (const row of shown) {
    const icon = row.iconPath instanceof vscode.ThemeIcon ? row.iconPath.id : '';
    assert.ok(!icon.startsWith('loading'), `the row "${labelOf(row)}" shows a spinner`);
  }
  const last = shown.at(-1);
  if (last && (last.kind === 'loadMore' || last.kind === 'error')) {
    assert.ok(last.command, `the "${labelOf(last)}" row cannot be clicked`);
  }
  return shown;
}

export function taskIds(shown: readonly TaskTreeRow[]): string[] {
  return shown.filter((row) => row.kind === 'task').map((row) => String(row.id));
}

/** Fails with the first ID that appears twice, if any. */
export function assertNoDuplicates(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    assert.ok(!seen.has(id), `task ${id} is shown twice`);
    seen.add(id);
  }
}
