import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { escapeMarkdown } from '../ui/displayText';
import { formatCount, formatDate } from '../ui/formatting';
import { actorName } from './taskRow';

/**
 * The hover of a task row. Untrusted, no HTML, no theme icons, and every piece of API text
 * escaped, so a task name cannot inject a link or a command.
 */
export function taskTooltip(task: TaskShort): vscode.MarkdownString {
  const runs = typeof task.stats?.totalRuns === 'number' ? formatCount(task.stats.totalRuns) : '—';
  const lines = [
    `**${escapeMarkdown(task.name)}**`,
    '',
    `${vscode.l10n.t('ID')}: ${escapeMarkdown(task.id)}  `,
    `${vscode.l10n.t('Actor')}: ${escapeMarkdown(actorName(task))}  `,
    `${vscode.l10n.t('Created')}: ${escapeMarkdown(formatDate(task.createdAt))}  `,
    `${vscode.l10n.t('Modified')}: ${escapeMarkdown(formatDate(task.modifiedAt))}  `,
    `${vscode.l10n.t('Total runs')}: ${escapeMarkdown(runs)}`,
  ];
  const tooltip = new vscode.MarkdownString(lines.join('\n'), false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  return tooltip;
}
