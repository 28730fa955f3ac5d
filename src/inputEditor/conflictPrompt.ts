import * as vscode from 'vscode';
import type { ConflictChoice } from '../input/saveConflict';
import { safeText } from '../ui/displayText';

/** Asks what to do when the task changed in Apify since it was opened; undefined when dismissed. */
export type ConflictPrompt = (taskName: string) => Thenable<ConflictChoice | undefined>;

/** The modal dialog. The integration tests replace it through the test surface to answer it. */
export const askAboutConflict: ConflictPrompt = async (taskName) => {
  const compare = vscode.l10n.t('Compare');
  const overwrite = vscode.l10n.t('Overwrite');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('The task {0} was changed in Apify since you opened its input.', safeText(taskName)),
    {
      modal: true,
      detail: vscode.l10n.t('Compare shows Apify\'s input beside yours; Overwrite saves yours over it. Nothing you typed is lost either way.'),
    },
    compare, overwrite,
  );
  if (answer === compare) return 'compare';
  if (answer === overwrite) return 'overwrite';
  return 'cancel';
};
