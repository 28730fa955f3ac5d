import * as vscode from 'vscode';
import type { ConflictChoice } from '../input/saveConflict';
import type { Ask } from '../ui/confirm';
import { safeText } from '../ui/displayText';

/** Asks what to do when the task changed in Apify since it was opened; 'cancel' when dismissed. */
export async function askAboutConflict(ask: Ask, taskName: string): Promise<ConflictChoice> {
  const compare = vscode.l10n.t('Compare');
  const overwrite = vscode.l10n.t('Overwrite');
  const answer = await ask({
    message: vscode.l10n.t('The task {0} was changed in Apify since you opened its input.', safeText(taskName)),
    detail: vscode.l10n.t('Compare shows Apify\'s input beside yours; Overwrite saves yours over it. Nothing you typed is lost either way.'),
    buttons: [compare, overwrite],
  });
  if (answer === compare) return 'compare';
  if (answer === overwrite) return 'overwrite';
  return 'cancel';
}
