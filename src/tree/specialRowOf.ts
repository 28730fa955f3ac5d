import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { safeText } from '../ui/displayText';
import { formatCount } from '../ui/formatting';
import { ErrorRow } from './errorRow';
import { LoadMoreRow } from './loadMoreRow';
import { MessageRow } from './messageRow';
import type { PagedNode } from './pagedNode';
import type { SpecialRow } from './specialRows';
import type { TaskTreeRow } from './taskTreeRow';

// A hover lists the first reasons; the rest would only make it scroll.
const MAX_REASONS = 20;

/** The TreeItem for one of `node`'s special rows (see specialRowsOf). */
export function specialRowOf(node: PagedNode, row: SpecialRow): TaskTreeRow {
  switch (row.kind) {
    case 'error':
      return new ErrorRow(node, row.error);
    case 'loadMore':
      return new LoadMoreRow(node, row.loaded, row.total, row.loading);
    case 'rejected': {
      const runs = node.kind === 'task';
      const label = runs
        ? (row.count === 1 ? vscode.l10n.t('1 run could not be shown') : vscode.l10n.t('{0} runs could not be shown', formatCount(row.count)))
        : (row.count === 1 ? vscode.l10n.t('1 task could not be shown') : vscode.l10n.t('{0} tasks could not be shown', formatCount(row.count)));
      const reasons = row.reasons.slice(0, MAX_REASONS).map((reason) => safeText(reason, 500));
      return new MessageRow(node, {
        key: 'rejected',
        label,
        icon: 'warning',
        // The reasons are for the eye (the hover); read out, the row says what it is.
        ariaLabel: vscode.l10n.t('{0}. The Apify API sent them in a shape the extension does not understand; the others are shown.', label),
        tooltip: runs
          ? vscode.l10n.t('The Apify API sent runs that are not valid:\n{0}', reasons.join('\n'))
          : vscode.l10n.t('The Apify API sent tasks that are not valid:\n{0}', reasons.join('\n')),
      });
    }
    case 'empty':
      return new MessageRow(node, {
        key: 'empty',
        label: node.kind === 'task' ? vscode.l10n.t('No runs yet') : vscode.l10n.t('No tasks yet. Tasks you create in Apify Console appear here.'),
        icon: 'info',
      });
    case 'changed': {
      const label = vscode.l10n.t('The list changed while loading: refresh to see {0} more', formatCount(row.missing));
      return new MessageRow(node, {
        key: 'changed',
        label,
        icon: 'info',
        ariaLabel: vscode.l10n.t('{0}. Press Enter to refresh.', label),
        command: { command: CommandIds.refresh, title: vscode.l10n.t('Refresh') },
      });
    }
  }
}
