import * as vscode from 'vscode';
import type { TaskPager } from '../tasks/taskPager';
import { safeText } from '../ui/displayText';
import { formatCount } from '../ui/formatting';

/** The view's description, e.g. "janedoe · 100 of 2,345 · newest first". Empty while signed out. */
export function viewDescription(pager: TaskPager | undefined, accountName: string | undefined): string {
  if (!pager) return '';
  const parts: string[] = [];
  if (accountName) parts.push(safeText(accountName, 100));
  if (pager.total !== undefined) {
    parts.push(vscode.l10n.t('{0} of {1}', formatCount(pager.items.length), formatCount(pager.total)));
  }
  parts.push(pager.descending ? vscode.l10n.t('newest first') : vscode.l10n.t('oldest first'));
  return parts.join(' · ');
}
