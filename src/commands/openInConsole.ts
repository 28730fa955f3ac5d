import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';
import { selectedTasks } from './selectedTasks';
import { pickTask } from './taskQuickPick';

const CONSOLE_TASK_URL = 'https://console.apify.com/actors/tasks/';
// More tabs than this at once is more likely a slip than a wish.
const CONFIRM_ABOVE = 5;

/** "Apify: Open in Apify Console". Returns the URLs it opened. */
export async function openInConsole(session: ApifySession, clicked?: unknown, selection?: unknown): Promise<string[]> {
  let tasks = selectedTasks(clicked, selection);
  if (tasks.length === 0) {
    const picked = await pickTask(session, vscode.l10n.t('Open in Apify Console'));
    if (!picked) return [];
    tasks = [picked];
  }
  if (tasks.length > CONFIRM_ABOVE) {
    const open = vscode.l10n.t('Open {0} Tabs', tasks.length);
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Open {0} tasks in Apify Console?', tasks.length), { modal: true }, open);
    if (answer !== open) return [];
  }
  const urls = tasks.map((task) => CONSOLE_TASK_URL + encodeURIComponent(task.id));
  for (const url of urls) await vscode.env.openExternal(vscode.Uri.parse(url));
  return urls;
}
