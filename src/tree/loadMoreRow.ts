import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { formatCount } from '../ui/formatting';
import type { PagedNode } from './pagedNode';
import { specialRowId } from './rowIds';
import { specialRowAccessibility, specialRowLabel } from './specialRowLabel';

/** "Load more…" after the last loaded item while the server has more; loads its parent's next page. */
export class LoadMoreRow extends vscode.TreeItem {
  readonly kind = 'loadMore';

  constructor(readonly parent: PagedNode, loaded: number, total: number | undefined, loading: boolean) {
    super(specialRowLabel(vscode.l10n.t('Load more…')), vscode.TreeItemCollapsibleState.None);
    this.id = specialRowId(parent.rowId, 'loadMore');
    this.contextValue = 'loadMore';
    const count = total === undefined ? formatCount(loaded) : vscode.l10n.t('{0} of {1}', formatCount(loaded), formatCount(total));
    this.description = count;
    this.iconPath = new vscode.ThemeIcon(loading ? 'loading~spin' : 'ellipsis');
    const runs = parent.kind === 'task';
    this.accessibilityInformation = specialRowAccessibility(loading
      ? (runs ? vscode.l10n.t('Loading more runs, {0} loaded so far.', count) : vscode.l10n.t('Loading more tasks, {0} loaded so far.', count))
      : (runs ? vscode.l10n.t('Load more runs, {0} loaded. Press Enter to load the next page.', count)
        : vscode.l10n.t('Load more tasks, {0} loaded. Press Enter to load the next page.', count)), !loading);
    // No command while loading: a click then does nothing (the pager would share the request anyway).
    if (!loading) {
      this.command = { command: CommandIds.loadMore, title: vscode.l10n.t('Load More Tasks'), arguments: [parent] };
    }
  }
}
