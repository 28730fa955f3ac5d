import * as vscode from 'vscode';
import type { ApifyUser } from '../api/types';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';

/**
 * "Apify: Set API Token". Asks in a password box; the token is checked with GET /v2/users/me
 * before it is stored, and a rejected token keeps the box open with the reason.
 * Called with a string argument it checks and stores that token without asking
 * (for scripts and tests); it then returns whether the token was stored.
 */
export async function setToken(session: ApifySession, token?: unknown): Promise<boolean> {
  if (typeof token !== 'string') return promptForToken(session);
  const result = await checkAndStore(session, token);
  if (typeof result === 'string') void showErrorWithLog(result);
  return typeof result !== 'string';
}

/**
 * Checks `token` with Apify and stores it. Returns the account, or a message saying why the
 * token was not stored. Nothing is stored once `signal` is aborted (the user closed the box).
 */
async function checkAndStore(session: ApifySession, token: string, signal?: AbortSignal): Promise<ApifyUser | string> {
  const trimmed = token.trim();
  if (trimmed === '') return vscode.l10n.t('Enter an API token.');
  let user: ApifyUser;
  try {
    user = await session.clientFor(trimmed).getCurrentUser({ signal });
  } catch (error) {
    const described = describeError(error);
    return described.unauthorized ? vscode.l10n.t('Apify rejected this token. Check that you copied all of it.') : described.message;
  }
  if (signal?.aborted) return vscode.l10n.t('Cancelled.');
  try {
    await session.tokens.store(trimmed, user.username);
  } catch (error) {
    // E.g. no keyring on Linux: say so rather than pretend the token was saved.
    return vscode.l10n.t("VS Code could not save the token in its secret storage: {0}", safeText(error instanceof Error ? error.message : String(error)));
  }
  return user;
}

function promptForToken(session: ApifySession): Promise<boolean> {
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t('Apify: Set API Token');
  box.prompt = vscode.l10n.t('Paste an API token from Apify Console → Settings → API & Integrations. It is stored in VS Code\'s secret storage.');
  box.placeholder = vscode.l10n.t('apify_api_…');
  box.password = true;
  box.ignoreFocusOut = true;

  return new Promise<boolean>((resolve) => {
    let checking: AbortController | undefined;
    let stored = false;
    box.onDidChangeValue(() => { box.validationMessage = undefined; });
    box.onDidAccept(async () => {
      if (checking) return;
      checking = new AbortController();
      const signal = checking.signal;
      box.busy = true;
      box.enabled = false;
      const result = await checkAndStore(session, box.value, signal);
      checking = undefined;
      if (signal.aborted) return;
      box.busy = false;
      box.enabled = true;
      if (typeof result === 'string') {
        box.validationMessage = result;
        return;
      }
      stored = true;
      box.hide();
      vscode.window.setStatusBarMessage(vscode.l10n.t('Apify: signed in as {0}', safeText(result.username)), 5000);
    });
    box.onDidHide(() => {
      checking?.abort();
      box.dispose();
      resolve(stored);
    });
    box.show();
  });
}
