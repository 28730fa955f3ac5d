import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import { PickFilter } from '../search/pickFilter';
import { SentList } from '../search/sentList';
import type { TaskPager } from '../tasks/taskPager';
import { actorName } from '../tree/taskRow';
import { safeText } from '../ui/displayText';
import { formatCount } from '../ui/formatting';

/** The most tasks sent to the quick pick at once (see PickFilter). */
export const SHOWN_LIMIT = 500;
/** The most items the quick pick holds: it filters them all at each key press. */
const SENT_LIMIT = 10 * SHOWN_LIMIT;
/** How long after a replaced list an Enter may still have been meant for the list before. */
const REPLACED_DOUBT_MS = 1000;
/** How often the title's "n of total" may change while pages arrive. */
const PROGRESS_INTERVAL_MS = 250;

export interface TaskPickItem extends vscode.QuickPickItem {
  task: TaskShort;
}

function toPickItem(task: TaskShort): TaskPickItem {
  return { label: safeText(task.name), description: safeText(actorName(task)), task };
}

/**
 * What the task quick pick shows of a pager's tasks: the items (at most SHOWN_LIMIT, found by
 * PickFilter among every task loaded), and a title and placeholder that say how many are loaded,
 * listed and matching. It sends the quick pick only what changed: each change re-renders it, and
 * at one title a page (100 pages in a second or two) that took CPU the loading itself needed.
 */
export class TaskPickList {
  private readonly filter = new PickFilter<TaskPickItem>(SHOWN_LIMIT);
  private readonly sent = new SentList<TaskPickItem>(SENT_LIMIT);
  /** When the title last showed a count of tasks loaded. */
  private describedAt = 0;
  private progressTimer: NodeJS.Timeout | undefined;

  constructor(private readonly picker: vscode.QuickPick<TaskPickItem>, private readonly pager: TaskPager, private readonly title: string) {
    this.describe();
  }

  /** Takes in the tasks of the page just loaded; `last` when no more will come. */
  addPage(last: boolean): void {
    if (this.filter.add(this.pager.items.slice(this.filter.size).map(toPickItem))) this.send(true);
    if (last) this.describe();
    else this.describeProgress();
  }

  /** Shows what matches the text now typed. */
  search(typed: string): void {
    this.filter.setQuery(typed);
    this.send(false);
    this.describe();
  }

  dispose(): void {
    clearTimeout(this.progressTimer);
  }

  /** Makes the quick pick hold what the filter shows (see SentList); while pages arrive (`keepPosition`), the user's scroll position and active item stay. */
  private send(keepPosition: boolean): void {
    const update = this.sent.update(this.filter.shown);
    if (!update) return;
    const keep = keepPosition && !update.replaced;
    const active = this.picker.activeItems[0];
    this.picker.keepScrollPosition = keep;
    this.picker.items = update.items;
    if (keep && active) this.picker.activeItems = [active];
  }

  /**
   * Whether to let an Enter pass, the quick pick staying open: with nothing picked while tasks
   * match what is typed (they reached the quick pick after the key), or on an item that may not
   * be the one the user saw there, the list having been replaced under the key (see SentList).
   */
  ignoresEnter(item: TaskPickItem | undefined): boolean {
    if (!item) return this.filter.searching && this.filter.matching > 0;
    return this.sent.mayBeMisread(item, REPLACED_DOUBT_MS);
  }

  private describeProgress(): void {
    const wait = this.describedAt + PROGRESS_INTERVAL_MS - performance.now();
    if (wait <= 0) this.describe();
    else this.progressTimer ??= setTimeout(() => this.describe(), wait);
  }

  private describe(): void {
    clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
    const { picker, pager, filter } = this;
    const loading = pager.total !== undefined && pager.hasMore && !pager.disposed && pager.error === undefined;
    // The first count shows at once; later ones wait their turn.
    if (loading) this.describedAt = performance.now();
    const title = loading ? `${this.title} (${vscode.l10n.t('{0} of {1}', formatCount(filter.size), formatCount(pager.total!))})`
      : filter.searching && filter.limited
        ? `${this.title} (${vscode.l10n.t('the first {0} of {1} matches; type more to narrow', formatCount(SHOWN_LIMIT), formatCount(filter.matching))})`
        : this.title;
    const placeholder = filter.size > SHOWN_LIMIT
      ? vscode.l10n.t('Type to search all {0} tasks by task or actor name (the first {1} are listed)', formatCount(filter.size), formatCount(SHOWN_LIMIT))
      : vscode.l10n.t('Type to filter by task or actor name');
    if (picker.title !== title) picker.title = title;
    if (picker.placeholder !== placeholder) picker.placeholder = placeholder;
  }
}
