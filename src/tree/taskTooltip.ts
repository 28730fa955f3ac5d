import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { lastRunStatusOf, type LastRunStatus } from '../runs/lastRunStatus';
import { escapeMarkdown } from '../ui/displayText';
import { formatCount, formatDate } from '../ui/formatting';
import { actorName } from './taskRow';

/**
 * The hover of a task row. Untrusted, no HTML, no theme icons, and every piece of API text
 * escaped, so a task name cannot inject a link or a command.
 */
export function taskTooltip(task: TaskShort, lastRun: LastRunStatus | undefined = lastRunStatusOf(task.id)): vscode.MarkdownString {
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
  // Once a run this window watches says how it went (Run Task, run rows).
  if (lastRun) {
    lines[lines.length - 1] += '  ';
    lines.push(`${vscode.l10n.t('Last run')}: ${escapeMarkdown(lastRun.status, 40)} (${escapeMarkdown(formatDate(lastRun.at))})`);
  }
  const tooltip = new vscode.MarkdownString(lines.join('\n'), false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  return tooltip;
}
