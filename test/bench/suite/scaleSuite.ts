// In-host part of the scale phase (issue 13), 100,000 tasks on the fake:
// - the Copy Task ID picker at 10,000 / 50,000 / 100,000 against the time of its requests
//   themselves (the same pages fetched one after another with bare GETs), interleaved;
// - each tree (the extension's, the floor's): 99 pages loaded with the view hidden, then the
//   view shown (timed), then the last page by Load more (timed), heap growth per task settled
//   after GC. Two rounds, the trees alternating.
import { BenchEnv, requireEnv } from '../shared/benchEnv';
import type { PickerScaleSample, ScaleSuiteResults, ScaleTreeSample } from '../shared/benchResults';
import { BareGet } from './bareGet';
import { pastTreeDebounce } from './benchContext';
import { BenchControl } from './benchControl';
import { configure, extensionApi, signIn } from './extensionSteps';
import { HeapSampler } from './heapSampler';
import { waitForQuietHost } from './quietHost';
import { RootRowsProbe } from './rootRowsProbe';
import { floorTree, ourTree, type TreeUnderTest } from './treeUnderTest';
import { writeResults } from './writeResults';

const PAGE_SIZE = 1000;
const PICKER_SIZES = [10_000, 50_000, 100_000];
const PICKER_ROUNDS: Record<number, number> = { 10_000: 3, 50_000: 2, 100_000: 2 };
const TREE_ROUNDS = 2;
const epochNow = () => performance.timeOrigin + performance.now();

export async function run(): Promise<void> {
  const apiUrl = requireEnv(BenchEnv.apiUrl);
  const token = requireEnv(BenchEnv.apiToken);
  const control = new BenchControl(requireEnv(BenchEnv.controlUrl));
  const heap = new HeapSampler(); // before anything is measured: it flips a V8 flag
  const api = await extensionApi();
  api.setRetry({ maxAttempts: 1 });
  await configure({ apiBaseUrl: apiUrl, pageSize: PAGE_SIZE });
  await signIn(token);
  const floor = await floorTree({ baseUrl: apiUrl, token, pageSize: PAGE_SIZE });
  const ours = ourTree(api, new RootRowsProbe(api.tree));
  await waitForQuietHost({ minWaitMs: 1_000, quietMs: 500, timeoutMs: 8_000 });
  const bare = new BareGet(apiUrl, token);
  const taskCount = (await bare.page(0, 1)).total;

  // The views stay hidden while the picker loads: nothing else runs meanwhile.
  await ours.hide();
  const picker: ScaleSuiteResults['picker'] = [];
  for (const size of PICKER_SIZES) {
    await control.call('setTaskCount', { count: size });
    for (let round = 0; round < PICKER_ROUNDS[size]; round++) {
      const bareFirst = round % 2 === 1;
      const bareBefore = bareFirst ? await bareAll(bare, size) : 0;
      const sample: PickerScaleSample = await control.call('pickerScale', { taskCount: size });
      const bareMs = bareFirst ? bareBefore : await bareAll(bare, size);
      picker.push({ sample, bareMs });
      console.log(`picker ${size}: all ${sample.allItemsMs.toFixed(0)} ms, requests ${bareMs.toFixed(0)} ms`);
    }
  }
  await control.call('setTaskCount', {});

  const trees: ScaleTreeSample[] = [];
  for (let round = 0; round < TREE_ROUNDS; round++) {
    for (const tree of round % 2 === 0 ? [ours, floor] : [floor, ours]) {
      trees.push(await treeAtScale(tree, heap, control, taskCount));
      console.log(`scale ${tree.name}: ${JSON.stringify(trees.at(-1))}`);
    }
  }
  writeResults({ taskCount, picker, trees } satisfies ScaleSuiteResults);
}

async function bareAll(bare: BareGet, count: number): Promise<number> {
  let total = 0;
  for (let offset = 0; offset < count; offset += PAGE_SIZE) total += (await bare.page(offset, PAGE_SIZE)).ms;
  return total;
}

async function treeAtScale(tree: TreeUnderTest, heap: HeapSampler, control: BenchControl, taskCount: number): Promise<ScaleTreeSample> {
  await tree.hide();
  await tree.refresh();
  tree.probe.clear();
  const heapBefore = await heap.settled();
  // The first page loads on the first Load more while hidden (the pager's first page, or the floor's).
  while (tree.loaded() < taskCount - PAGE_SIZE) await tree.loadMore();
  await pastTreeDebounce();
  const loaded = tree.loaded();
  const shown = await timed(tree, control, loaded + 1, () => tree.show(), loaded);
  await tree.revealEnd();
  await pastTreeDebounce();
  const more = await timed(tree, control, taskCount, () => tree.loadMore(), taskCount);
  const heapAfter = await heap.settled();
  const sample: ScaleTreeSample = {
    tree: tree.name, tasksLoaded: tree.loaded(), heapBefore, heapAfter,
    showRowsMs: shown.rowsMs, showWindowMs: shown.windowMs, loadMoreRowsMs: more.rowsMs, loadMoreWindowMs: more.windowMs,
  };
  // Drops this tree's tasks before the other tree is measured.
  await tree.refresh();
  tree.probe.clear();
  return sample;
}

async function timed(tree: TreeUnderTest, control: BenchControl, rowCount: number, trigger: () => Thenable<unknown>, taskRows: number) {
  await control.call('armWindow', { viewTitle: tree.viewTitle, expect: { kind: 'rowCount', index: rowCount } });
  const startedEpoch = epochNow();
  const started = performance.now();
  await trigger();
  const list = tree.current();
  const call = await tree.probe.rowsReady(started, (c) => c.pager === list && c.taskRows === taskRows, 60_000);
  const shownAt = await control.call('windowShown', {});
  tree.probe.calls.splice(0, tree.probe.calls.length - 1);
  return { rowsMs: call.resolvedAt! - started, windowMs: shownAt - startedEpoch };
}
