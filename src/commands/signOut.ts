import * as vscode from 'vscode';
import type { ApifySession } from '../session/apifySession';

/** "Apify: Sign Out": forgets the token; the token store's change event resets the view. */
export async function signOut(session: ApifySession): Promise<void> {
  if (!session.signedIn) return;
  await session.tokens.clear();
  vscode.window.setStatusBarMessage(vscode.l10n.t('Apify: signed out'), 5000);
}
