import * as vscode from 'vscode';
import type { Run } from '../api/runTypes';
import { escapeMarkdown } from '../ui/displayText';
import { formatDate } from '../ui/formatting';
import { formatDuration, formatUsd, runDurationMs } from './runDescription';

/**
 * The hover of a run row. Untrusted, no HTML, no theme icons, and every piece of API text
 * escaped, so a status message cannot inject a link, a command or markup.
 */
export function runTooltip(run: Run): vscode.MarkdownString {
  const duration = runDurationMs(run);
  const field = (name: string, value: string | null | undefined) => `${name}: ${escapeMarkdown(value ?? '—', 500)}  `;
  const lines = [
    `**${escapeMarkdown(run.status, 40)}**`,
    '',
    field(vscode.l10n.t('Run ID'), run.id),
    field(vscode.l10n.t('Status'), run.status),
    field(vscode.l10n.t('Status message'), run.statusMessage),
    field(vscode.l10n.t('Started'), formatDate(run.startedAt)),
    field(vscode.l10n.t('Finished'), run.finishedAt ? formatDate(run.finishedAt) : undefined),
    field(vscode.l10n.t('Duration'), duration === undefined ? undefined : formatDuration(duration)),
    field(vscode.l10n.t('Build'), run.buildNumber),
    field(vscode.l10n.t('Origin'), run.meta?.origin),
    field(vscode.l10n.t('Cost'), typeof run.usageTotalUsd === 'number' ? formatUsd(run.usageTotalUsd) : undefined),
  ];
  const tooltip = new vscode.MarkdownString(lines.join('\n').trimEnd(), false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  return tooltip;
}
