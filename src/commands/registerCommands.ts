import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';
import { isPagedNode } from '../tree/pagedNode';
import type { TasksTreeProvider } from '../tree/tasksTreeProvider';
import { CommandIds } from './commandIds';
import { copyTaskId } from './copyTaskId';
import { openInConsole } from './openInConsole';
import { runTask, type RunTaskContext } from './runTask';
import { isViewSelectionRequest } from './selectedTasks';
import { setToken } from './setToken';
import { signOut } from './signOut';

/** What the commands need from the window besides the session and the tree. */
export interface CommandSurroundings {
  /** The rows selected in the Tasks view now (the keyboard copy acts on them). */
  viewSelection(): readonly unknown[];
  /** Reveals the "Apify Tasks" log. */
  showLog(): void;
  /** What Run Task starts runs with (the status bar of started runs, the tree). */
  runs: RunTaskContext;
}

/** Registers every command of the extension. Each returns its result, for scripts and tests. */
export function registerCommands(session: ApifySession, tree: TasksTreeProvider, surroundings: CommandSurroundings): vscode.Disposable[] {
  const sortBy = (descending: boolean): Thenable<void> | undefined => {
    if (session.sortOrder.descending === descending) return undefined;
    const saved = session.sortOrder.set(descending);
    tree.reload(); // at once, so a burst of toggles ends on the last one's order
    return saved;
  };
  const copy = (clicked: unknown, selection: unknown) => {
    // Ctrl+C in the view: the selected rows, and nothing (no quick pick) when no task is selected.
    if (isViewSelectionRequest(clicked)) {
      const selected = surroundings.viewSelection();
      return selected.length > 0 ? copyTaskId(session, selected[0], selected, { pickIfNone: false }) : undefined;
    }
    return copyTaskId(session, clicked, selection);
  };
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    [CommandIds.setToken]: (token) => setToken(session, token),
    [CommandIds.signOut]: () => signOut(session),
    [CommandIds.refresh]: async () => { await session.recheckToken(); tree.reload(); },
    [CommandIds.toggleSortOrder]: () => sortBy(!session.sortOrder.descending),
    [CommandIds.sortDescending]: () => sortBy(true),
    [CommandIds.sortAscending]: () => sortBy(false),
    // The Load more and error rows pass their parent node; the root when called without one.
    [CommandIds.loadMore]: async (owner) => {
      // Retrying after an error (e.g. a token signed out elsewhere), at either level: with the token stored now.
      const pager = isPagedNode(owner) ? owner.pager : tree.current;
      if (pager?.error !== undefined) await session.recheckToken();
      return tree.loadMore(owner);
    },
    [CommandIds.copyTaskId]: async (clicked, selection) => {
      await session.recheckToken(); // its picker loads pages of its own
      return copy(clicked, selection);
    },
    [CommandIds.openInConsole]: (clicked, selection) => openInConsole(session, clicked, selection),
    [CommandIds.showLog]: () => surroundings.showLog(),
    [CommandIds.runTask]: async (clicked, selection) => {
      await session.recheckToken();
      return runTask(surroundings.runs, clicked, selection);
    },
    [CommandIds.showStartedRuns]: () => surroundings.runs.startedRuns.showQuickPick(),
  };
  // A command can be what activates the extension: let it see the stored token first.
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      await session.ready;
      return handler(...args);
    }));
}
