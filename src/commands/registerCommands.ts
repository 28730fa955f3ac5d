import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';
import type { TasksTreeProvider } from '../tree/tasksTreeProvider';
import { CommandIds } from './commandIds';
import { copyTaskId } from './copyTaskId';
import { openInConsole } from './openInConsole';
import { setToken } from './setToken';
import { signOut } from './signOut';

/** Registers every command of the extension. Each returns its result, for scripts and tests. */
export function registerCommands(session: ApifySession, tree: TasksTreeProvider): vscode.Disposable[] {
  const sortBy = (descending: boolean): Thenable<void> | undefined => {
    if (session.sortOrder.descending === descending) return undefined;
    const saved = session.sortOrder.set(descending);
    tree.reload(); // at once, so a burst of toggles ends on the last one's order
    return saved;
  };
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    [CommandIds.setToken]: (token) => setToken(session, token),
    [CommandIds.signOut]: () => signOut(session),
    [CommandIds.refresh]: async () => { await session.recheckToken(); tree.reload(); },
    [CommandIds.toggleSortOrder]: () => sortBy(!session.sortOrder.descending),
    [CommandIds.sortDescending]: () => sortBy(true),
    [CommandIds.sortAscending]: () => sortBy(false),
    [CommandIds.loadMore]: async () => {
      // Retrying after an error (e.g. a token signed out elsewhere): with the token stored now.
      if (tree.current?.error !== undefined) await session.recheckToken();
      return tree.loadMore();
    },
    [CommandIds.copyTaskId]: async (clicked, selection) => {
      await session.recheckToken(); // its picker loads pages of its own
      return copyTaskId(session, clicked, selection);
    },
    [CommandIds.openInConsole]: (clicked, selection) => openInConsole(session, clicked, selection),
  };
  // A command can be what activates the extension: let it see the stored token first.
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      await session.ready;
      return handler(...args);
    }));
}
