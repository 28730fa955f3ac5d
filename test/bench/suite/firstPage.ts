// 2. First page: trigger (Refresh, or showing the hidden view) → the provider's root rows ready,
// against a bare GET of the same page from the same host. The two alternate which goes first.
// Also with a latency added to the fake API, nearer to the real one's: the extension's and VS
// Code's costs are fixed, so the ratio depends on how fast the API is.
import type { FirstPageSample } from '../shared/benchResults';
import { pastTreeDebounce, type BenchContext } from './benchContext';
import { configure, hideView, refresh, showView } from './extensionSteps';

export async function measureFirstPage(ctx: BenchContext, pageSizes: number[], apiDelayMs = 0): Promise<FirstPageSample[]> {
  const samples: FirstPageSample[] = [];
  const triggers = apiDelayMs === 0 ? (['refresh', 'show'] as const) : (['refresh'] as const);
  await ctx.control.call('setDelay', { ms: apiDelayMs });
  try {
    for (const pageSize of pageSizes) {
      await configure({ pageSize });
      samples.push(...(await measureTriggers(ctx, pageSize, apiDelayMs, triggers)));
    }
  } finally {
    await ctx.control.call('setDelay', { ms: 0 });
  }
  return samples;
}

type Trigger = FirstPageSample['trigger'];

async function measureTriggers(ctx: BenchContext, pageSize: number, apiDelayMs: number, triggers: readonly Trigger[]): Promise<FirstPageSample[]> {
  const samples: FirstPageSample[] = [];
  for (const trigger of triggers) {
    // One untimed round warms both paths (connections, JIT) for this size.
    for (let i = 0; i <= ctx.samples; i++) {
      const bareFirst = i % 2 === 1;
      const bareBefore = bareFirst ? await bareFirstPage(ctx, pageSize) : 0;
      const extension = await extensionFirstPage(ctx, trigger, pageSize);
      const bareMs = bareFirst ? bareBefore : await bareFirstPage(ctx, pageSize);
      if (i > 0) samples.push({ trigger, pageSize, apiDelayMs, ...extension, bareMs });
    }
  }
  return samples;
}

async function bareFirstPage(ctx: BenchContext, pageSize: number): Promise<number> {
  await pastTreeDebounce();
  return (await ctx.bare.page(0, pageSize)).ms;
}

async function extensionFirstPage(ctx: BenchContext, trigger: Trigger, pageSize: number) {
  const { api, probe, control } = ctx;
  if (trigger === 'show') {
    await hideView(api);
    await refresh(); // a fresh list that loads when the view shows
  } else {
    await showView(api);
  }
  await pastTreeDebounce();
  const mark = await control.call('mark', {});
  const started = performance.now();
  if (trigger === 'show') await showView(api);
  else await refresh();
  const pager = api.tree.current;
  const call = await probe.rowsReady(started, (c) => c.pager === pager && c.taskRows === pageSize);
  const requests = (await control.listRequestsSince(mark)).length;
  probe.clear();
  return { extensionMs: call.resolvedAt! - started, toGetChildrenMs: call.startedAt - started, requests };
}
