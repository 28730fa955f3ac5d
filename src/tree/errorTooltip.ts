import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import type { ErrorDescription } from '../ui/describeError';
import { escapeMarkdown } from '../ui/displayText';

// A few lines are enough to say what went wrong; the log has the rest.
const MAX_DETAIL_LINES = 20;

/**
 * The hover of an error row: the details, every line of them escaped like task tooltips, and a
 * link to the log. The only thing trusted is that one command: no other link, command or HTML.
 */
export function errorTooltip(described: ErrorDescription): vscode.MarkdownString {
  const details = (described.detail ?? described.message).split('\n').slice(0, MAX_DETAIL_LINES);
  const lines = details.map((line) => escapeMarkdown(line));
  const tooltip = new vscode.MarkdownString(`${lines.join('  \n')}\n\n[${vscode.l10n.t('Show Log')}](command:${CommandIds.showLog})`);
  tooltip.isTrusted = { enabledCommands: [CommandIds.showLog] };
  tooltip.supportHtml = false;
  tooltip.supportThemeIcons = false;
  return tooltip;
}
