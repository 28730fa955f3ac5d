// 3. Heap growth per loaded task, in the extension host, after forced GC (see heapSampler.ts),
// compared with the JSON bytes the API sent for the same tasks.
// - View hidden (before the view ever showed a task): from an empty list to all pages, the
//   provider's rows built once. VS Code holds nothing, so this is what the extension keeps.
// - View shown: from the first page to all pages. VS Code's tree nodes for the rows live in this
//   heap too; this is the host's growth as a user would see it.
import type { HeapSample } from '../shared/benchResults';
import { pastTreeDebounce, type BenchContext } from './benchContext';
import { loadRemainingPages, refreshToFirstRows } from './browseSteps';
import { configure, loadMore, refresh, showView } from './extensionSteps';
import { BROWSE_PAGE_SIZE } from './fullBrowse';
import type { HeapSampler } from './heapSampler';

/** Run before the view is first shown. */
export async function measureHeapWithViewHidden(ctx: BenchContext, heap: HeapSampler, taskCount: number, rounds: number): Promise<HeapSample[]> {
  if (ctx.api.view.visible) throw new Error('the Tasks view must not have been shown yet');
  await configure({ pageSize: BROWSE_PAGE_SIZE });
  const jsonBytesAdded = (await pageBytes(ctx, taskCount)).reduce((sum, bytes) => sum + bytes, 0);
  const samples: HeapSample[] = [];
  for (let i = 0; i < rounds; i++) {
    await refresh(); // an empty list (the last round's is dropped), which loads nothing until asked to
    const pager = ctx.api.tree.current!;
    const heapBefore = await heap.settled();
    const since = performance.now();
    while (pager.hasMore) {
      const outcome = await loadMore();
      if (outcome !== 'loaded') throw new Error(`Load more ended with "${outcome}"`);
    }
    // Builds a row per task, as showing the view would; the provider keeps them (cached per task).
    const rowCount = (await ctx.probe.original()).length;
    if (rowCount < pager.items.length) throw new Error('the provider built fewer rows than tasks');
    const { rootCalls } = countRootCalls(ctx, since);
    ctx.probe.clear();
    const heapAfter = await heap.settled();
    samples.push({ view: 'hidden', heapBefore, heapAfter, tasksAdded: pager.items.length, jsonBytesAdded, rootCalls, rowsFetched: 0 });
  }
  return samples;
}

export async function measureHeapWithViewShown(ctx: BenchContext, heap: HeapSampler, taskCount: number, rounds: number): Promise<HeapSample[]> {
  await configure({ pageSize: BROWSE_PAGE_SIZE });
  await showView(ctx.api);
  const jsonBytesAdded = (await pageBytes(ctx, taskCount)).slice(1).reduce((sum, bytes) => sum + bytes, 0);
  const samples: HeapSample[] = [];
  // Round 0 is a warm-up: the first big browse in this state settles VS Code's caches.
  for (let i = 0; i <= rounds; i++) {
    await pastTreeDebounce();
    await refreshToFirstRows(ctx);
    ctx.probe.clear(); // the probe holds rows; it must not keep anything alive
    const firstPageTasks = ctx.api.tree.current?.items.length ?? 0;
    const heapBefore = await heap.settled();
    const since = performance.now();
    await loadRemainingPages(ctx);
    const { rootCalls, rowsFetched } = countRootCalls(ctx, since);
    ctx.probe.clear();
    const heapAfter = await heap.settled();
    const tasksAdded = (ctx.api.tree.current?.items.length ?? 0) - firstPageTasks;
    if (i > 0) samples.push({ view: 'shown', heapBefore, heapAfter, tasksAdded, jsonBytesAdded, rootCalls, rowsFetched });
  }
  return samples;
}

/** Bytes of each page's JSON body, as the API sends them. */
async function pageBytes(ctx: BenchContext, taskCount: number): Promise<number[]> {
  const bytes: number[] = [];
  for (let offset = 0; offset < taskCount; offset += BROWSE_PAGE_SIZE) bytes.push((await ctx.bare.page(offset, BROWSE_PAGE_SIZE)).bytes);
  return bytes;
}

/** Numbers only: the calls hold rows, which must not stay referenced while the heap is read. */
function countRootCalls(ctx: BenchContext, since: number): { rootCalls: number; rowsFetched: number } {
  const calls = ctx.probe.resolvedAfter(since);
  return { rootCalls: calls.length, rowsFetched: calls.reduce((sum, call) => sum + (call.rows?.length ?? 0), 0) };
}
