import * as vscode from 'vscode';

const STATE_KEY = 'apifyTasks.sortDescending';
/** Swaps the view-title buttons "Sort Newest First" / "Sort Oldest First". */
const CONTEXT_KEY = 'apifyTasks.sortDescending';

/** Newest or oldest first, remembered across restarts. Ascending (Apify's default) until changed. */
export class SortOrder {
  // Read from globalState once and kept here: during a burst of writes, VS Code's in-memory copy
  // of globalState can be overwritten by the echo of an earlier write, losing toggles.
  private current: boolean;

  constructor(private readonly globalState: vscode.Memento) {
    this.current = globalState.get<boolean>(STATE_KEY, false);
  }

  get descending(): boolean {
    return this.current;
  }

  /** Takes effect at once; the returned promise settles when it is saved and published. */
  async set(descending: boolean): Promise<void> {
    this.current = descending;
    await Promise.all([this.globalState.update(STATE_KEY, descending), this.publish()]);
  }

  /** Sets the context key the manifest's `when` clauses read. */
  publish(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', CONTEXT_KEY, this.current);
  }
}
