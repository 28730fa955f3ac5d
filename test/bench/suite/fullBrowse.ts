// 3. Full browse: 10,000 tasks at 1,000 per page through Load more, against ten sequential bare
// GETs. Two paces: a user's (a pause after each page, past VS Code's 200 ms tree-event debounce;
// the figure is the sum of the waits) and automation's (next click as soon as the rows are there;
// the figure is the elapsed time); optionally with latency added to the fake API. Also the
// provider's root getChildren with everything loaded.
import type { FullBrowseSample } from '../shared/benchResults';
import { pastTreeDebounce, type BenchContext } from './benchContext';
import { loadRemainingPages, refreshToFirstRows } from './browseSteps';
import { configure, showView } from './extensionSteps';

export const BROWSE_PAGE_SIZE = 1000;
/** A user looking at the new rows before clicking "Load more" again. */
const USER_PAUSE_MS = 300;

type Pace = FullBrowseSample['pace'];

export async function measureFullBrowse(ctx: BenchContext, taskCount: number, paces: Pace[], apiDelayMs = 0): Promise<FullBrowseSample[]> {
  await configure({ pageSize: BROWSE_PAGE_SIZE });
  await showView(ctx.api);
  await ctx.control.call('setDelay', { ms: apiDelayMs });
  try {
    return await browseAtPaces(ctx, taskCount, paces, apiDelayMs);
  } finally {
    await ctx.control.call('setDelay', { ms: 0 });
  }
}

async function browseAtPaces(ctx: BenchContext, taskCount: number, paces: Pace[], apiDelayMs: number): Promise<FullBrowseSample[]> {
  const samples: FullBrowseSample[] = [];
  for (const pace of paces) {
    for (let i = 0; i <= ctx.samples; i++) {
      const bareFirst = i % 2 === 1;
      const bareBefore = bareFirst ? await bareBrowse(ctx, taskCount) : 0;
      await pastTreeDebounce();
      const mark = await ctx.control.call('mark', {});
      const first = await refreshToFirstRows(ctx);
      const times = await loadRemainingPages(ctx, pace === 'user' ? USER_PAUSE_MS : 0);
      const requests = (await ctx.control.listRequestsSince(mark)).length;
      const tasks = ctx.api.tree.current?.items.length ?? 0;
      ctx.probe.clear();
      const bareMs = bareFirst ? bareBefore : await bareBrowse(ctx, taskCount);
      if (i === 0) continue; // warm-up
      samples.push({
        pace,
        apiDelayMs,
        waitedMs: first.waitMs + times.waitsMs.reduce((sum, ms) => sum + ms, 0),
        elapsedMs: times.rowsReadyAt - first.started,
        pagesLoadedMs: times.pagesLoadedAt - first.started,
        bareMs,
        requests,
        tasks,
        rowsAfterLoadMs: times.rowsAfterLoadMs,
      });
    }
  }
  return samples;
}

async function bareBrowse(ctx: BenchContext, taskCount: number): Promise<number> {
  await pastTreeDebounce();
  let total = 0;
  for (let offset = 0; offset < taskCount; offset += BROWSE_PAGE_SIZE) total += (await ctx.bare.page(offset, BROWSE_PAGE_SIZE)).ms;
  return total;
}

/** The provider's own getChildren() for the root, with every task loaded (rows already built). */
export async function measureRootChildren(ctx: BenchContext): Promise<{ ms: number[]; rows: number }> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i <= ctx.samples; i++) {
    const started = performance.now();
    rows = (await ctx.probe.original()).length;
    if (i > 0) ms.push(performance.now() - started);
  }
  return { ms, rows };
}
