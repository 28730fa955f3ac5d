// 4–5. Storms of Load more and order toggles; the Command Palette quick pick.
import type { MainSuiteResults } from '../shared/benchResults';
import type { Figure } from './figure';
import { summarize } from './stats';

function stormFigures(main: MainSuiteResults): Figure[] {
  const storms = main.loadMoreStorm;
  const toggles = main.toggleStorm;
  const right = toggles.filter((sample) => sample.orderRight && sample.rowsMatchFinalOrder && sample.staleRowsAfterLastToggle === 0).length;
  const stale = toggles.reduce((sum, sample) => sum + sample.staleRowsAfterLastToggle, 0);
  const consistent = toggles.filter((sample) => sample.rowsMatchSavedOrder).length;
  return [
    {
      section: '4. Storms',
      label: `${storms[0]?.invocations ?? 50} Load more at once → requests`,
      unit: 'count',
      value: summarize(storms.map((sample) => sample.requests)),
      goal: '1',
      met: storms.every((sample) => sample.requests === 1 && sample.tasksAdded > 0),
      note: `burst settled in ${summarize(storms.map((sample) => sample.ms)).median.toFixed(1)} ms median`,
    },
    {
      section: '4. Storms',
      label: `${toggles[0]?.toggles ?? 20} order toggles, ${toggles.length} bursts: right final order`,
      unit: 'count',
      value: summarize([right]),
      goal: `${toggles.length} of ${toggles.length}`,
      met: right === toggles.length,
      note: `stale answers applied: ${stale}; rows = saved order's first page in ${consistent}/${toggles.length}; `
        + `requests per burst ${summarize(toggles.map((s) => s.requests)).median}, cancelled ${summarize(toggles.map((s) => s.cancelled)).median} (medians); `
        + `last toggle → rows ${summarize(toggles.map((s) => s.lastToggleToRowsMs)).median.toFixed(0)} ms`,
    },
  ];
}

function quickPickFigures(main: MainSuiteResults): Figure[] {
  const picks = main.quickPick;
  const loopback1000 = main.firstPage.filter((s) => s.pageSize === 1000 && s.apiDelayMs === 0);
  const bare1000 = summarize(loopback1000.map((s) => s.bareMs));
  const tree1000 = summarize(loopback1000.filter((s) => s.trigger === 'refresh').map((s) => s.extensionMs));
  const first = summarize(picks.map((sample) => sample.firstItemsMs));
  return [
    {
      section: '5. Quick pick',
      label: 'Enter on "Apify: Copy Task ID" → first items rendered',
      unit: 'ms',
      value: first,
      baseline: bare1000,
      ratio: { median: first.median / bare1000.median, min: first.min / bare1000.median, max: first.max / bare1000.median, n: first.n },
      note: `ratio of medians to the bare GET of 1,000 (timed in different processes); vs the view's first page at 1,000: ${(first.median / tree1000.median).toFixed(2)}×`,
    },
    {
      section: '5. Quick pick',
      label: 'Enter → all 10,000 items loaded',
      unit: 'ms',
      value: summarize(picks.map((sample) => sample.allItemsMs)),
      note: `list requests per pick: ${[...new Set(picks.map((sample) => sample.listRequests))].join(', ')}`,
    },
    {
      section: '5. Quick pick',
      label: 'typing a filter → requests',
      unit: 'count',
      value: summarize(picks.map((sample) => sample.requestsWhileTyping)),
      goal: '0',
      met: picks.every((sample) => sample.requestsWhileTyping === 0),
      note: `filtered rows rendered ${summarize(picks.map((sample) => sample.filterMs)).median.toFixed(0)} ms after the input (median)`,
    },
  ];
}

export function interactionFigures(main: MainSuiteResults): Figure[] {
  return [...stormFigures(main), ...quickPickFigures(main)];
}
