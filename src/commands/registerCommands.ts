import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';
import { isPagedNode } from '../tree/pagedNode';
import type { TasksTreeProvider } from '../tree/tasksTreeProvider';
import { RunDocuments } from '../documents/runDocuments';
import type { LogFollower } from '../documents/logFollower';
import type { Ask } from '../ui/confirm';
import { abortRun } from './abortRun';
import { CommandIds } from './commandIds';
import { copyRunId } from './copyRunId';
import { copyTaskId } from './copyTaskId';
import { openInConsole } from './openInConsole';
import { runTask, type RunTaskContext } from './runTask';
import { openRunInConsole } from './openRunInConsole';
import { openRunLog } from './openRunLog';
import { openRunResults } from './openRunResults';
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
  /** Asks before Abort Run and similar (a modal dialog; tests answer it through the test surface). */
  ask: Ask;
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
  const documents = new RunDocuments();
  const followers = new Set<LogFollower>();
  const stopFollowing = new vscode.Disposable(() => { for (const follower of followers) follower.dispose(); });
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    [CommandIds.setToken]: (token) => setToken(session, token),
    [CommandIds.signOut]: () => signOut(session),
    // The re-check goes on while VS Code asks for the new list's rows; its requests wait for it.
    [CommandIds.refresh]: async () => { const checked = session.recheckToken(); tree.reload(); await checked; },
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
    [CommandIds.openRunInConsole]: (clicked, selection) => openRunInConsole(surroundings.ask, clicked, selection),
    [CommandIds.copyRunId]: (clicked, selection) => copyRunId(clicked, selection),
    [CommandIds.openRunLog]: async (clicked, selection) => {
      await session.recheckToken();
      return openRunLog(session, documents, followers, clicked, selection);
    },
    [CommandIds.openRunResults]: async (clicked, selection) => {
      await session.recheckToken();
      return openRunResults(session, documents, clicked, selection);
    },
    [CommandIds.abortRun]: (clicked, selection) => abortRun(session, surroundings.ask, clicked, selection),
  };
  // A command can be what activates the extension: let it see the stored token first.
  const commands = Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      await session.ready;
      return handler(...args);
    }));
  return [...commands, stopFollowing, documents];
}
