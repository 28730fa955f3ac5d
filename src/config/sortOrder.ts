import * as vscode from 'vscode';

const STATE_KEY = 'apifyTasks.sortDescending';
/** Swaps the view-title buttons "Sort Newest First" / "Sort Oldest First". */
const CONTEXT_KEY = 'apifyTasks.sortDescending';

/** Newest or oldest first, remembered across restarts. Ascending (Apify's default) until changed. */
export class SortOrder {
  constructor(private readonly globalState: vscode.Memento) {}

  get descending(): boolean {
    return this.globalState.get<boolean>(STATE_KEY, false);
  }

  async set(descending: boolean): Promise<void> {
    await this.globalState.update(STATE_KEY, descending);
    await this.publish();
  }

  /** Sets the context key the manifest's `when` clauses read. */
  publish(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', CONTEXT_KEY, this.descending);
  }
}
