import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';
import { safeText } from '../ui/displayText';
import { selectedTasks } from './selectedTasks';
import { pickTask } from './taskQuickPick';

/**
 * "Apify: Copy Task ID". From rows (a click, a menu, Ctrl+C): the IDs of the selected tasks, one
 * per line. From the Command Palette: a quick pick of tasks, unless `pickIfNone` is false.
 * Returns the text copied (undefined if nothing was).
 */
export async function copyTaskId(
  session: ApifySession, clicked?: unknown, selection?: unknown, { pickIfNone = true } = {},
): Promise<string | undefined> {
  let tasks = selectedTasks(clicked, selection);
  if (tasks.length === 0) {
    if (!pickIfNone) return undefined;
    const picked = await pickTask(session, vscode.l10n.t('Copy Task ID'));
    if (!picked) return undefined;
    tasks = [picked];
  }
  const text = tasks.map((task) => task.id).join('\n');
  await vscode.env.clipboard.writeText(text);
  const message = tasks.length === 1
    ? vscode.l10n.t('Copied task ID {0}', safeText(tasks[0].id))
    : vscode.l10n.t('Copied {0} task IDs', tasks.length);
  vscode.window.setStatusBarMessage(`$(copy) ${message}`, 4000);
  return text;
}
