// The steps of browsing a whole list: Refresh, then "Load more" until the list is complete,
// waiting each time until VS Code has fetched the new rows from the provider. Shared by the
// timing and heap measurements.
import type { BenchContext } from './benchContext';
import { loadMore, refresh } from './extensionSteps';
import { sleep } from './quietHost';

export interface BrowseTimes {
  /** When the last Load more command resolved (its page is in the pager). */
  pagesLoadedAt: number;
  /** When the provider returned the last page's rows to VS Code. */
  rowsReadyAt: number;
  /** Per Load more: invoked → rows ready (what a user waits for). */
  waitsMs: number[];
  /** Per Load more: command resolved → rows ready (VS Code's debounce and round trip). */
  rowsAfterLoadMs: number[];
}

/** Refresh → rows of the first page ready; returns when the Refresh was invoked and the wait. */
export async function refreshToFirstRows(ctx: BenchContext): Promise<{ started: number; waitMs: number }> {
  const started = performance.now();
  await refresh();
  const pager = ctx.api.tree.current;
  const call = await ctx.probe.rowsReady(started, (c) => c.pager === pager && (c.taskRows ?? 0) > 0);
  return { started, waitMs: call.resolvedAt! - started };
}

/**
 * Load more until the list is complete. `pauseMs` is the time a user takes to look at the new
 * rows before clicking again; 0 clicks as soon as they are there (automation pace).
 */
export async function loadRemainingPages(ctx: BenchContext, pauseMs = 0): Promise<BrowseTimes> {
  const pager = ctx.api.tree.current;
  if (!pager) throw new Error('not signed in');
  const times: BrowseTimes = { pagesLoadedAt: performance.now(), rowsReadyAt: performance.now(), waitsMs: [], rowsAfterLoadMs: [] };
  while (pager.hasMore) {
    if (pauseMs > 0) await sleep(pauseMs);
    const asked = performance.now();
    const outcome = await loadMore();
    if (outcome !== 'loaded') throw new Error(`Load more ended with "${outcome}"`);
    times.pagesLoadedAt = performance.now();
    const loaded = pager.items.length;
    const call = await ctx.probe.rowsReady(asked, (c) => c.pager === pager && c.taskRows === loaded);
    times.rowsReadyAt = call.resolvedAt!;
    times.waitsMs.push(times.rowsReadyAt - asked);
    times.rowsAfterLoadMs.push(times.rowsReadyAt - times.pagesLoadedAt);
  }
  return times;
}
