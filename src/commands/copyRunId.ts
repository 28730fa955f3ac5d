import * as vscode from 'vscode';
import { safeText } from '../ui/displayText';
import { selectedRuns } from './selectedRuns';

/** "Apify: Copy Run ID", on run rows: the selected runs' IDs, one per line. Returns the text copied. */
export async function copyRunId(clicked?: unknown, selection?: unknown): Promise<string | undefined> {
  const runs = selectedRuns(clicked, selection);
  if (runs.length === 0) return undefined;
  const text = runs.map((target) => target.run.id).join('\n');
  await vscode.env.clipboard.writeText(text);
  const message = runs.length === 1
    ? vscode.l10n.t('Copied run ID {0}', safeText(runs[0].run.id))
    : vscode.l10n.t('Copied {0} run IDs', runs.length);
  vscode.window.setStatusBarMessage(`$(copy) ${message}`, 4000);
  return text;
}
