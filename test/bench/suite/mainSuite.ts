// In-host part of the bench (loaded as extensionTestsPath, the extension under development
// being this repo as built for production): heap, first page, full browse, storms, and the
// quick pick, for which it hands over to the runner, who drives the workbench page.
import { BenchEnv, requireEnv } from '../shared/benchEnv';
import type { MainSuiteResults } from '../shared/benchResults';
import { BareGet } from './bareGet';
import { BenchControl } from './benchControl';
import type { BenchContext } from './benchContext';
import { configure, extensionApi, showView, signIn } from './extensionSteps';
import { measureFirstPage } from './firstPage';
import { measureFullBrowse, measureRootChildren } from './fullBrowse';
import { measureHeapWithViewHidden, measureHeapWithViewShown } from './heapGrowth';
import { HeapSampler } from './heapSampler';
import { measureLoadMoreStorm } from './loadMoreStorm';
import { waitForQuietHost } from './quietHost';
import { RootRowsProbe } from './rootRowsProbe';
import { measureToggleStorm } from './toggleStorm';
import { writeResults } from './writeResults';

const HEAP_ROUNDS = 3;
/** Latency added to the fake API for a second series of some figures, nearer to the real API's. */
const API_DELAY_MS = 100;

export async function run(): Promise<void> {
  const apiUrl = requireEnv(BenchEnv.apiUrl);
  const token = requireEnv(BenchEnv.apiToken);
  const samples = Number(requireEnv(BenchEnv.samples));
  const control = new BenchControl(requireEnv(BenchEnv.controlUrl));
  const heap = new HeapSampler(); // before anything is measured: it flips a V8 flag

  const api = await extensionApi();
  // A failed request must fail the bench, not hide in a retry's time.
  api.setRetry({ maxAttempts: 1 });
  await configure({ apiBaseUrl: apiUrl, pageSize: 100 });
  await signIn(token);
  await waitForQuietHost({ minWaitMs: 1_000, quietMs: 500, timeoutMs: 8_000 });
  const probe = new RootRowsProbe(api.tree);
  const ctx: BenchContext = { api, probe, bare: new BareGet(apiUrl, token), control, samples };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    console.log(`${name}: ${Date.now() - started} ms`);
    return result;
  };

  const taskCount = (await ctx.bare.page(0, 1)).total;
  // First, while the view has never shown a task and VS Code holds none of them.
  const heapHidden = await step('heap, view hidden', () => measureHeapWithViewHidden(ctx, heap, taskCount, HEAP_ROUNDS));
  await showView(api);
  const firstPage = await step('first page', () => measureFirstPage(ctx, [100, 1000]));
  firstPage.push(...(await step(`first page, API +${API_DELAY_MS} ms`, () => measureFirstPage(ctx, [100, 1000], API_DELAY_MS))));
  const fullBrowse = await step('full browse', () => measureFullBrowse(ctx, taskCount, ['user', 'automation']));
  // Three samples: each takes seconds, and the spread is small once the API is the slow part.
  const fewer = { ...ctx, samples: Math.min(samples, 3) };
  fullBrowse.push(...(await step(`full browse, API +${API_DELAY_MS} ms`, () => measureFullBrowse(fewer, taskCount, ['user'], API_DELAY_MS))));
  const rootChildren = await step('root children', () => measureRootChildren(ctx));
  const heapShown = await step('heap, view shown', () => measureHeapWithViewShown(ctx, heap, taskCount, HEAP_ROUNDS));
  const loadMoreStorm = await step('load more storm', () => measureLoadMoreStorm(ctx));
  const toggleStorm = await step('toggle storm', () => measureToggleStorm(ctx));
  probe.dispose();
  const quickPick = await step('quick pick', () => control.call('quickPick', { samples }));

  const results: MainSuiteResults = {
    taskCount,
    heapMethod: heap.method,
    firstPage,
    fullBrowse,
    heap: [...heapHidden, ...heapShown],
    rootChildrenMs: rootChildren.ms,
    rootChildrenRows: rootChildren.rows,
    loadMoreStorm,
    toggleStorm,
    quickPick,
  };
  writeResults(results);
}
