import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import type { ApifySession } from '../session/apifySession';
import { CommandIds } from './commandIds';
import { TaskPickList, type TaskPickItem } from './taskPickList';
import { describeError } from '../ui/describeError';
import { showErrorWithLog } from '../ui/errorNotification';

// The largest page Apify serves: the fewest requests for a full list.
const PICKER_PAGE_SIZE = 1000;

async function askToSignIn(message = vscode.l10n.t('Set an Apify API token to see your tasks.')): Promise<void> {
  const setToken = vscode.l10n.t('Set API Token');
  const answer = await vscode.window.showInformationMessage(message, setToken);
  if (answer === setToken) await vscode.commands.executeCommand(CommandIds.setToken);
}

/**
 * A quick pick of all the account's tasks in the view's order. It shows the first page as soon
 * as it arrives and loads the rest in the background, asking for each page while the previous
 * one is taken in; typing filters by task and actor name without new requests; closing it
 * cancels the loading. Long lists are searched here and the quick pick gets only what it can
 * show (PickFilter): the first tasks, or the first matches of what is typed.
 */
export function pickTask(session: ApifySession, pickerTitle: string): Promise<TaskShort | undefined> {
  const pager = session.createPager({ pageSize: PICKER_PAGE_SIZE, readAhead: true });
  if (!pager) return askToSignIn().then(() => undefined);
  const picker = vscode.window.createQuickPick<TaskPickItem>();
  picker.matchOnDescription = true;
  picker.busy = true;

  const list = new TaskPickList(picker, pager, pickerTitle);
  picker.onDidChangeValue((value) => list.search(value));

  return new Promise<TaskShort | undefined>((resolve) => {
    // The list belongs to the token it was opened with: after Sign Out (or a token from another
    // window) no further page may be asked for with it. Hiding alone is too late: it is async.
    const tokenChanged = session.tokens.onDidChange(() => {
      pager.dispose();
      picker.hide();
    });
    picker.onDidAccept(() => {
      const item = picker.selectedItems[0];
      // The list changed under the key: the quick pick stays open, showing what another Enter picks.
      if (list.ignoresEnter(item)) return;
      resolve(item?.task);
      picker.hide();
    });
    picker.onDidHide(() => {
      list.dispose();
      tokenChanged.dispose();
      pager.dispose();
      picker.dispose();
      resolve(undefined);
    });
    picker.show();
    void (async () => {
      while (!pager.disposed && pager.hasMore) {
        const outcome = await pager.loadNextPage();
        if (outcome === 'discarded') return;
        list.addPage(outcome === 'failed' || !pager.hasMore);
        if (outcome === 'failed') {
          picker.busy = false;
          const described = describeError(pager.error);
          if (described.unauthorized) {
            picker.hide();
            void askToSignIn(vscode.l10n.t('Apify rejected the API token. Set a new one to see your tasks.'));
          } else {
            // The tasks loaded so far stay pickable.
            void showErrorWithLog(vscode.l10n.t('Could not load all tasks: {0}', described.message));
          }
          return;
        }
      }
      picker.busy = false;
    })();
  });
}
