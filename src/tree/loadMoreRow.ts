import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { formatCount } from '../ui/formatting';

/** "Load more…" after the last loaded task while the server has more. */
export class LoadMoreRow extends vscode.TreeItem {
  readonly kind = 'loadMore';

  constructor(loaded: number, total: number | undefined, loading: boolean) {
    super(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
    this.id = 'apifyTasks:loadMore';
    this.contextValue = 'loadMore';
    this.description = total === undefined
      ? formatCount(loaded)
      : vscode.l10n.t('{0} of {1}', formatCount(loaded), formatCount(total));
    this.iconPath = new vscode.ThemeIcon(loading ? 'loading~spin' : 'ellipsis');
    // No command while loading: a click then does nothing (the pager would share the request anyway).
    if (!loading) {
      this.command = { command: CommandIds.loadMore, title: vscode.l10n.t('Load More Tasks') };
    }
  }
}
