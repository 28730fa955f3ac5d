import * as vscode from 'vscode';
import { isRunUnfinished, type Run } from '../api/runTypes';
import type { TaskShort } from '../api/types';
import { safeText } from '../ui/displayText';
import { formatDate } from '../ui/formatting';
import type { PagedNode } from './pagedNode';
import { runDescription, runIconOf } from './runDescription';
import { itemRowId } from './rowIds';

/**
 * One run of a task. The row object stays the same while the run changes (the run watcher's
 * news goes through `update`), so VS Code re-reads just this row. Its tooltip is built on hover
 * (TasksTreeProvider.resolveTreeItem).
 */
export class RunRow extends vscode.TreeItem {
  readonly kind = 'run';
  private current: Run;

  constructor(readonly parent: PagedNode, readonly task: TaskShort, run: Run) {
    super('', vscode.TreeItemCollapsibleState.None);
    this.current = run;
    // `<taskId>/<runId>`: keeps selection and focus on this run across refreshes.
    this.id = itemRowId(parent.rowId, run.id);
    this.show(run);
  }

  /** The run as last heard of. */
  get run(): Run {
    return this.current;
  }

  /** Shows a newer state of the same run. */
  update(run: Run): void {
    this.current = run;
    this.show(run);
    this.tooltip = undefined; // built again on the next hover
  }

  private show(run: Run): void {
    const started = safeText(formatDate(run.startedAt), 60);
    const status = safeText(run.status, 40);
    // A plain string, like task names: the highlighted look belongs to the view's own rows.
    this.label = started;
    const description = runDescription(run);
    this.description = description;
    const icon = runIconOf(run.status);
    this.iconPath = new vscode.ThemeIcon(icon.id, icon.color === undefined ? undefined : new vscode.ThemeColor(icon.color));
    this.contextValue = isRunUnfinished(run.status) ? 'run.running' : 'run';
    // Read out: status and start first, then what the description adds (duration, cost), once each.
    const figures = description.split(' · ').slice(1).join(', ');
    const spoken = figures === '' ? vscode.l10n.t('Run {0}, started {1}', status, started) : vscode.l10n.t('Run {0}, started {1}, {2}', status, started, figures);
    this.accessibilityInformation = { label: spoken, role: 'treeitem' };
  }
}
