// 4. Storm of Load more: 50 invocations at once must make one request (the pager shares it).
import type { StormSample } from '../shared/benchResults';
import { pastTreeDebounce, type BenchContext } from './benchContext';
import { refreshToFirstRows } from './browseSteps';
import { configure, loadMore, showView } from './extensionSteps';

const STORM_PAGE_SIZE = 100;
const LOAD_MORE_BURST = 50;

export async function measureLoadMoreStorm(ctx: BenchContext): Promise<StormSample[]> {
  await configure({ pageSize: STORM_PAGE_SIZE });
  await showView(ctx.api);
  await pastTreeDebounce();
  await refreshToFirstRows(ctx);
  const pager = ctx.api.tree.current!;
  const samples: StormSample[] = [];
  for (let i = 0; i < ctx.samples; i++) {
    await pastTreeDebounce();
    const before = pager.items.length;
    const mark = await ctx.control.call('mark', {});
    const started = performance.now();
    const outcomes = await Promise.all(Array.from({ length: LOAD_MORE_BURST }, () => loadMore()));
    const ms = performance.now() - started;
    if (outcomes.some((outcome) => outcome !== 'loaded')) throw new Error(`Load more storm outcomes: ${outcomes.join(', ')}`);
    const requests = (await ctx.control.listRequestsSince(mark)).length;
    samples.push({ invocations: LOAD_MORE_BURST, requests, tasksAdded: pager.items.length - before, ms });
  }
  ctx.probe.clear();
  return samples;
}
