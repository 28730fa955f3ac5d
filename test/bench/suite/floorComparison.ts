// The floor comparison (issue 13): the Apify Tasks view against the simplest tree extension
// and against bare GETs, in the same host, rounds interleaved (the order rotates each round),
// at several API latencies. Each step is timed from its trigger to the provider's rows ready
// and to the window showing them (a MutationObserver in the workbench page, see
// measure/windowRows.ts).
import type { ComparedTree, FloorSample } from '../shared/benchResults';
import type { WindowExpectation } from '../shared/controlCalls';
import type { BareGet } from './bareGet';
import { pastTreeDebounce } from './benchContext';
import type { BenchControl } from './benchControl';
import { sleep } from './quietHost';
import type { TreeUnderTest } from './treeUnderTest';

export interface FloorContext {
  trees: TreeUnderTest[];
  bare: BareGet;
  control: BenchControl;
  pageSize: number;
  /** Pages a browse ends with (Refresh, then pages − 1 × Load more). */
  pages: number;
  /** A user looking at the new rows before clicking Load more again. */
  pauseMs: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

interface Timed { rowsMs: number; windowMs: number }

/** Runs `trigger` and waits for `tree`'s rows that `rowsOk` accepts and for the window to show `expect`. */
async function timedStep(ctx: FloorContext, tree: TreeUnderTest, expect: WindowExpectation, trigger: () => Thenable<unknown>, rowsOk: (taskRows: number) => boolean): Promise<Timed> {
  await ctx.control.call('armWindow', { viewTitle: tree.viewTitle, expect });
  const startedEpoch = epochNow();
  const started = performance.now();
  await trigger();
  const list = tree.current();
  const call = await tree.probe.rowsReady(started, (c) => c.pager === list && rowsOk(c.taskRows ?? -1));
  const shownAt = await ctx.control.call('windowShown', {});
  tree.probe.calls.splice(0, tree.probe.calls.length - 1); // keeps the last rows, for revealEnd
  return { rowsMs: call.resolvedAt! - started, windowMs: shownAt - startedEpoch };
}

/** Refresh from a longer list scrolled to its end, then Load more until `pages` pages, each with a pause first. */
async function browse(ctx: FloorContext, tree: TreeUnderTest, latencyMs: number, round: number): Promise<FloorSample> {
  await tree.show();
  await tree.revealEnd();
  await pastTreeDebounce();
  const first = await timedStep(ctx, tree, { kind: 'loadMoreLast', index: ctx.pageSize }, () => tree.refresh(), (n) => n === ctx.pageSize);
  const sample: FloorSample = {
    latencyMs, step: 'browse', tree: tree.name, round,
    firstRowsMs: first.rowsMs, firstWindowMs: first.windowMs, loadMoreRowsMs: [], loadMoreWindowMs: [],
  };
  for (let page = 1; page < ctx.pages; page++) {
    await tree.revealEnd();
    await sleep(ctx.pauseMs);
    const loaded = tree.loaded();
    const step = await timedStep(ctx, tree, { kind: 'task', index: loaded }, () => tree.loadMore(), (n) => n === loaded + ctx.pageSize);
    sample.loadMoreRowsMs.push(step.rowsMs);
    sample.loadMoreWindowMs.push(step.windowMs);
  }
  return sample;
}

/** The view hidden with a fresh list, then shown: its first page. Leaves two pages loaded, scrolled to the end. */
async function showFirstPage(ctx: FloorContext, tree: TreeUnderTest, latencyMs: number, round: number): Promise<FloorSample> {
  await tree.show();
  // The first page first: the floor would fetch it twice if Load more came while getChildren does.
  await tree.probe.rowsReady(0, (c) => c.pager === tree.current() && (c.taskRows ?? 0) > 0);
  // Load more joins a first page under way, so this ends with two pages whatever the view had.
  while (tree.loaded() < 2 * ctx.pageSize) await tree.loadMore();
  await tree.probe.rowsReady(0, (c) => c.pager === tree.current() && c.taskRows === tree.loaded());
  await tree.revealEnd();
  await sleep(100);
  await tree.hide();
  await tree.refresh(); // a fresh list, loaded when the view shows
  await pastTreeDebounce();
  const shown = await timedStep(ctx, tree, { kind: 'loadMoreLast', index: ctx.pageSize }, () => tree.show(), (n) => n === ctx.pageSize);
  return { latencyMs, step: 'show', tree: tree.name, round, firstRowsMs: shown.rowsMs, firstWindowMs: shown.windowMs, loadMoreRowsMs: [], loadMoreWindowMs: [] };
}

async function bareBrowse(ctx: FloorContext, step: FloorSample['step'], latencyMs: number, round: number): Promise<FloorSample> {
  await pastTreeDebounce();
  const pages = step === 'show' ? 1 : ctx.pages;
  const ms: number[] = [];
  for (let page = 0; page < pages; page++) ms.push((await ctx.bare.page(page * ctx.pageSize, ctx.pageSize)).ms);
  return { latencyMs, step, tree: 'bare', round, firstRowsMs: ms[0], loadMoreRowsMs: ms.slice(1), loadMoreWindowMs: [] };
}

/** `rounds` timed rounds (after one untimed) of `step` at `latencyMs`, the three trees in rotating order. */
export async function measureAgainstFloor(ctx: FloorContext, step: FloorSample['step'], latencyMs: number, rounds: number): Promise<FloorSample[]> {
  const samples: FloorSample[] = [];
  await ctx.control.call('setDelay', { ms: latencyMs });
  try {
    const names: ComparedTree[] = ['ours', 'floor', 'bare'];
    for (let round = 0; round <= rounds; round++) {
      const order = names.map((_, k) => names[(k + round) % names.length]);
      for (const name of order) {
        const tree = ctx.trees.find((t) => t.name === name);
        const sample = !tree ? await bareBrowse(ctx, step, latencyMs, round)
          : step === 'show' ? await showFirstPage(ctx, tree, latencyMs, round)
            : await browse(ctx, tree, latencyMs, round);
        if (round > 0) samples.push(sample);
      }
    }
  } finally {
    await ctx.control.call('setDelay', { ms: 0 });
  }
  return samples;
}
