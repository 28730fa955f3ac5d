import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import type { ApifySession } from '../session/apifySession';
import { CommandIds } from './commandIds';
import { actorName } from '../tree/taskRow';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import { formatCount } from '../ui/formatting';

// The largest page Apify serves: the fewest requests for a full list.
const PICKER_PAGE_SIZE = 1000;

interface TaskPickItem extends vscode.QuickPickItem {
  task: TaskShort;
}

async function askToSignIn(message = vscode.l10n.t('Set an Apify API token to see your tasks.')): Promise<void> {
  const setToken = vscode.l10n.t('Set API Token');
  const answer = await vscode.window.showInformationMessage(message, setToken);
  if (answer === setToken) await vscode.commands.executeCommand(CommandIds.setToken);
}

function toPickItem(task: TaskShort): TaskPickItem {
  return { label: safeText(task.name), description: safeText(actorName(task)), task };
}

/**
 * A quick pick of all the account's tasks in the view's order. It shows the first page as soon
 * as it arrives and loads the rest in the background; typing filters by task and actor name
 * without new requests; closing it cancels the loading.
 */
export function pickTask(session: ApifySession, title: string): Promise<TaskShort | undefined> {
  const pager = session.createPager({ pageSize: PICKER_PAGE_SIZE });
  if (!pager) return askToSignIn().then(() => undefined);
  const picker = vscode.window.createQuickPick<TaskPickItem>();
  picker.title = title;
  picker.placeholder = vscode.l10n.t('Type to filter by task or actor name');
  picker.matchOnDescription = true;
  picker.busy = true;

  // Every assignment to picker.items sends the whole list to the window, which rebuilds it:
  // sending after every page made loading all tasks quadratic (136 s for 100,000). The list is
  // sent when it has at least doubled since the last time, and once at the end, so all sends
  // together carry at most about three times the list; the title counts every page.
  const loaded: TaskPickItem[] = [];
  const showLoaded = (final: boolean) => {
    for (const task of pager.items.slice(loaded.length)) loaded.push(toPickItem(task));
    if (final ? loaded.length > picker.items.length : loaded.length >= 2 * picker.items.length) {
      const active = picker.activeItems[0];
      picker.items = loaded.slice();
      // The items are the same objects, so the one the user moved to stays active.
      if (active) picker.activeItems = [active];
    }
    picker.title = !final && pager.total !== undefined && pager.hasMore
      ? `${title} (${vscode.l10n.t('{0} of {1}', formatCount(loaded.length), formatCount(pager.total))})`
      : title;
  };

  return new Promise<TaskShort | undefined>((resolve) => {
    // The list belongs to the token it was opened with: after Sign Out (or a token from another
    // window) no further page may be asked for with it. Hiding alone is too late: it is async.
    const tokenChanged = session.tokens.onDidChange(() => {
      pager.dispose();
      picker.hide();
    });
    picker.onDidAccept(() => {
      resolve(picker.selectedItems[0]?.task);
      picker.hide();
    });
    picker.onDidHide(() => {
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
        if (outcome === 'failed') {
          picker.busy = false;
          showLoaded(true);
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
        showLoaded(!pager.hasMore);
      }
      picker.busy = false;
    })();
  });
}
