import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import type { ApifySession } from '../session/apifySession';
import { CommandIds } from './commandIds';
import { actorName } from '../tree/taskRow';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import { formatCount } from '../ui/formatting';
import { PickFilter } from '../search/pickFilter';

// The largest page Apify serves: the fewest requests for a full list.
const PICKER_PAGE_SIZE = 1000;
/** The most tasks sent to the quick pick at once (see PickFilter). */
const SHOWN_LIMIT = 1000;
/** How often the title's "n of total" may change while pages arrive. */
const PROGRESS_INTERVAL_MS = 250;

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
 * as it arrives and loads the rest in the background, asking for each page while the previous
 * one is taken in; typing filters by task and actor name without new requests; closing it
 * cancels the loading. Long lists are searched here and the quick pick gets only what it can
 * show (PickFilter): the first tasks, or the first matches of what is typed.
 */
export function pickTask(session: ApifySession, pickerTitle: string): Promise<TaskShort | undefined> {
  const pager = session.createPager({ pageSize: PICKER_PAGE_SIZE, readAhead: true });
  if (!pager) return askToSignIn().then(() => undefined);
  const picker = vscode.window.createQuickPick<TaskPickItem>();
  picker.title = pickerTitle;
  picker.placeholder = vscode.l10n.t('Type to filter by task or actor name');
  picker.matchOnDescription = true;
  picker.busy = true;

  const filter = new PickFilter<TaskPickItem>(SHOWN_LIMIT);
  /** Sends what the filter shows; while pages arrive, the user's scroll position and active item stay. */
  const send = (keepPosition: boolean) => {
    const active = picker.activeItems[0];
    const shown = filter.shown;
    picker.keepScrollPosition = keepPosition;
    picker.items = shown;
    if (keepPosition && active && shown.includes(active)) picker.activeItems = [active];
  };
  // Every change of the title or placeholder re-renders the quick pick; at one a page (100 pages in
  // a second or two) that took CPU the loading itself needed, so the count changes at most every
  // PROGRESS_INTERVAL_MS, and nothing is sent that did not change.
  let lastProgressAt = 0;
  let progressTimer: NodeJS.Timeout | undefined;
  const describe = () => {
    clearTimeout(progressTimer);
    progressTimer = undefined;
    const loading = pager.total !== undefined && pager.hasMore && !pager.disposed && pager.error === undefined;
    const searched = picker.value.trim() !== '';
    const title = loading ? `${pickerTitle} (${vscode.l10n.t('{0} of {1}', formatCount(filter.size), formatCount(pager.total!))})`
      : searched && filter.limited
        ? `${pickerTitle} (${vscode.l10n.t('the first {0} of {1} matches; type more to narrow', formatCount(SHOWN_LIMIT), formatCount(filter.matching))})`
        : pickerTitle;
    const placeholder = filter.size > SHOWN_LIMIT
      ? vscode.l10n.t('Type to search all {0} tasks by task or actor name (the first {1} are listed)', formatCount(filter.size), formatCount(SHOWN_LIMIT))
      : vscode.l10n.t('Type to filter by task or actor name');
    if (picker.title !== title) picker.title = title;
    if (picker.placeholder !== placeholder) picker.placeholder = placeholder;
    lastProgressAt = performance.now();
  };
  const describeProgress = () => {
    const wait = lastProgressAt + PROGRESS_INTERVAL_MS - performance.now();
    if (wait <= 0) describe();
    else progressTimer ??= setTimeout(describe, wait);
  };
  /** Takes in the tasks of the page just loaded; `last` when no more will come. */
  const addPage = (last: boolean) => {
    const added = pager.items.slice(filter.size).map(toPickItem);
    if (filter.add(added)) send(true);
    if (last) describe();
    else describeProgress();
  };
  picker.onDidChangeValue((value) => {
    filter.setQuery(value);
    send(false);
    describe();
  });

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
      clearTimeout(progressTimer);
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
        addPage(outcome === 'failed' || !pager.hasMore);
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
