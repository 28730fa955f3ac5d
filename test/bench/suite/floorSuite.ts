// In-host part of the floor comparison (issue 13): the extension under development (this repo
// as built for production) and the floor extension, installed beside it, browse the same fake
// API; bare GETs of the same pages are the second baseline. See floorComparison.ts.
import { BenchEnv, requireEnv } from '../shared/benchEnv';
import type { FloorSuiteResults } from '../shared/benchResults';
import { BareGet } from './bareGet';
import { BenchControl } from './benchControl';
import { configure, extensionApi, signIn } from './extensionSteps';
import { measureAgainstFloor, type FloorContext } from './floorComparison';
import { waitForQuietHost } from './quietHost';
import { RootRowsProbe } from './rootRowsProbe';
import { floorTree, ourTree } from './treeUnderTest';
import { writeResults } from './writeResults';

const PAGE_SIZE = 1000;
const PAGES = 10;
const PAUSE_MS = 300;
/** API latencies the issue names: loopback, and two nearer to the real API's (APIFY_TASKS_BENCH_FLOOR_LATENCIES overrides). */
const FLOOR_LATENCIES_MS = (process.env.APIFY_TASKS_BENCH_FLOOR_LATENCIES ?? '0,100,250').split(',').map(Number);
/** APIFY_TASKS_BENCH_FLOOR_STEPS: 'show', 'browse' or both (default). */
const FLOOR_STEPS = (process.env.APIFY_TASKS_BENCH_FLOOR_STEPS ?? 'show,browse').split(',') as ('show' | 'browse')[];

export async function run(): Promise<void> {
  const apiUrl = requireEnv(BenchEnv.apiUrl);
  const token = requireEnv(BenchEnv.apiToken);
  const rounds = Number(requireEnv(BenchEnv.samples));
  const control = new BenchControl(requireEnv(BenchEnv.controlUrl));
  const api = await extensionApi();
  api.setRetry({ maxAttempts: 1 }); // a failed request must fail the bench, not hide in a retry's time
  await configure({ apiBaseUrl: apiUrl, pageSize: PAGE_SIZE });
  await signIn(token);
  const floor = await floorTree({ baseUrl: apiUrl, token, pageSize: PAGE_SIZE });
  await waitForQuietHost({ minWaitMs: 1_000, quietMs: 500, timeoutMs: 8_000 });
  const ctx: FloorContext = {
    trees: [ourTree(api, new RootRowsProbe(api.tree)), floor],
    bare: new BareGet(apiUrl, token),
    control,
    pageSize: PAGE_SIZE,
    pages: PAGES,
    pauseMs: PAUSE_MS,
  };
  const samples = [];
  for (const latencyMs of FLOOR_LATENCIES_MS) {
    for (const step of FLOOR_STEPS) {
      const started = Date.now();
      samples.push(...(await measureAgainstFloor(ctx, step, latencyMs, rounds)));
      console.log(`${step}, API +${latencyMs} ms: ${Date.now() - started} ms`);
    }
  }
  const results: FloorSuiteResults = { taskCount: (await ctx.bare.page(0, 1)).total, pageSize: PAGE_SIZE, pauseMs: PAUSE_MS, samples };
  writeResults(results);
}
