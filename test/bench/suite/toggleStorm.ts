// 4. Storm of order toggles: 20 in quick succession must end on the right order (an even number
// of toggles: the order it started with), showing the first page of that order and nothing that
// answered an earlier toggle.
import type { ToggleSample } from '../shared/benchResults';
import { pastTreeDebounce, type BenchContext } from './benchContext';
import { configure, showView, toggleSortOrder } from './extensionSteps';
import { sleep } from './quietHost';

const PAGE_SIZE = 100;
const TOGGLES = 20;
/** Between two toggles: faster than clicking, like a held-down keybinding. */
const TOGGLE_GAP_MS = 10;
/** API latency during the burst, so answers to earlier toggles are still under way. */
const TOGGLE_API_DELAY_MS = 40;

export async function measureToggleStorm(ctx: BenchContext): Promise<ToggleSample[]> {
  const { api, probe, control } = ctx;
  await configure({ pageSize: PAGE_SIZE });
  await showView(api);
  const samples: ToggleSample[] = [];
  await control.call('setDelay', { ms: TOGGLE_API_DELAY_MS });
  try {
    for (let i = 0; i < ctx.samples; i++) {
      const expectedDescending = api.session.sortOrder.descending; // an even number of toggles
      await pastTreeDebounce();
      const mark = await control.call('mark', {});
      let lastCommand: Thenable<unknown> = Promise.resolve();
      for (let t = 0; t < TOGGLES; t++) {
        if (t > 0) await sleep(TOGGLE_GAP_MS);
        lastCommand = toggleSortOrder();
      }
      const lastToggle = performance.now();
      // A command runs a few microtasks after it is sent; the last one's list is the final one.
      await lastCommand;
      const finalPager = api.tree.current!;
      const ready = await probe.rowsReady(lastToggle, (c) => c.pager === finalPager && c.taskRows === PAGE_SIZE);
      // Late answers to earlier toggles would land in this time, if they could land at all.
      await sleep(TOGGLE_API_DELAY_MS * 5);
      const stale = probe.resolvedAfter(lastToggle).filter((c) => c.pager !== finalPager).length;
      // What the view shows in the end: the rows of the latest root call.
      const shown = probe.resolvedAfter(lastToggle).sort((a, b) => a.resolvedAt! - b.resolvedAt!).at(-1) ?? ready;
      const shownIds = (shown.rows ?? []).flatMap((row) => (row.kind === 'task' ? [row.task.id] : []));
      const firstIds = async (descending: boolean) => (await ctx.bare.page(0, PAGE_SIZE, descending)).items.map((item) => item.id);
      const sameIds = (ids: string[]) => shownIds.length === ids.length && shownIds.every((id, k) => id === ids[k]);
      const savedDescending = api.session.sortOrder.descending;
      const served = await control.listRequestsSince(mark);
      samples.push({
        toggles: TOGGLES,
        requests: served.length,
        cancelled: served.filter((request) => request.closedEarly).length,
        expectedDescending,
        orderRight: savedDescending === expectedDescending && finalPager.descending === expectedDescending
          && api.tree.current === finalPager,
        rowsMatchFinalOrder: sameIds(await firstIds(expectedDescending)),
        rowsMatchSavedOrder: sameIds(await firstIds(savedDescending)),
        staleRowsAfterLastToggle: stale,
        lastToggleToRowsMs: ready.resolvedAt! - lastToggle,
      });
      probe.clear();
    }
  } finally {
    await control.call('setDelay', { ms: 0 });
  }
  return samples;
}
