import * as vscode from 'vscode';
import { confirmAction, type Ask } from '../ui/confirm';
import { selectedRuns } from './selectedRuns';

const CONSOLE_RUN_URL = 'https://console.apify.com/view/runs/';
// More tabs than this at once is more likely a slip than a wish (as for tasks).
const CONFIRM_ABOVE = 5;

/** "Apify: Open Run in Apify Console", on run rows (IDs are Apify IDs: selectedRuns checks). Returns the URLs it opened. */
export async function openRunInConsole(ask: Ask, clicked?: unknown, selection?: unknown): Promise<string[]> {
  const runs = selectedRuns(clicked, selection);
  if (runs.length > CONFIRM_ABOVE) {
    const open = vscode.l10n.t('Open {0} Tabs', runs.length);
    if (!(await confirmAction(ask, vscode.l10n.t('Open {0} runs in Apify Console?', runs.length), '', open))) return [];
  }
  const urls = runs.map((target) => CONSOLE_RUN_URL + encodeURIComponent(target.run.id));
  for (const url of urls) await vscode.env.openExternal(vscode.Uri.parse(url));
  return urls;
}
