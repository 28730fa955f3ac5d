// Figures of the scale phase: the Copy Task ID picker at 10,000 / 50,000 / 100,000 tasks
// (goal: all items within 1.2× the time of its requests; typing ≤ 50 ms from a key until the list
// settles at 100,000), and the tree at 100,000 tasks against the floor (heap per task, showing the view,
// Load more: goal ≤ 1.15× the floor).
import type { ScaleSuiteResults, ScaleTreeSample } from '../shared/benchResults';
import type { Figure } from './figure';
import { summarize } from './stats';

const count = (n: number) => n.toLocaleString('en-US');

function pickerFigures(results: ScaleSuiteResults): Figure[] {
  const figures: Figure[] = [];
  for (const size of [...new Set(results.picker.map((p) => p.sample.taskCount))]) {
    const runs = results.picker.filter((p) => p.sample.taskCount === size);
    const requests = summarize(runs.map((p) => p.bareMs));
    const all = summarize(runs.map((p) => p.sample.allItemsMs));
    const ratio = summarize(runs.map((p) => p.sample.allItemsMs / p.bareMs));
    const section = `S. picker, ${count(size)} tasks`;
    figures.push({ section, label: `picker, ${count(size)}: first items`, unit: 'ms', value: summarize(runs.map((p) => p.sample.firstItemsMs)) });
    figures.push({
      section, label: `picker, ${count(size)}: all items vs. its requests (bare GETs in sequence)`, unit: 'ms', value: all, baseline: requests, ratio,
      goal: '≤ 1.2×', met: ratio.median <= 1.2, note: `${runs[0].sample.listRequests} list requests`,
    });
    const firstFrame = summarize(runs.flatMap((p) => p.sample.keyToFrameMs));
    figures.push({ section, label: `picker, ${count(size)}: typing, key → next frame`, unit: 'ms', value: firstFrame });
    const settled = summarize(runs.flatMap((p) => p.sample.keyToSettledMs));
    figures.push({
      section, label: `picker, ${count(size)}: typing, key → list settled`, unit: 'ms', value: settled,
      ...(size >= 100_000 ? { goal: '≤ 50 ms median', met: settled.median <= 50 } : {}),
    });
  }
  return figures;
}

function treeFigures(results: ScaleSuiteResults): Figure[] {
  const of = (tree: ScaleTreeSample['tree']) => results.trees.filter((t) => t.tree === tree);
  const ours = of('ours');
  const floor = of('floor');
  const section = `S. tree, ${count(results.taskCount)} tasks`;
  const pairs = (read: (s: ScaleTreeSample) => number) => ours.map((s, k) => ({ value: read(s), baseline: read(floor[k] ?? floor[0]) }));
  const figure = (label: string, read: (s: ScaleTreeSample) => number, unit: Figure['unit'], goal?: number): Figure => {
    const p = pairs(read);
    const ratio = summarize(p.map((x) => x.value / x.baseline));
    return {
      section, label: `tree, ${count(results.taskCount)}: ${label}`, unit,
      value: summarize(p.map((x) => x.value)),
      baseline: summarize(p.map((x) => x.baseline)),
      ratio,
      ...(goal === undefined ? {} : { goal: `≤ ${goal}× the floor`, met: ratio.median <= goal }),
    };
  };
  const perTask = (s: ScaleTreeSample) => (s.heapAfter - s.heapBefore) / s.tasksLoaded;
  return [
    figure('extension-host heap per task, view shown (floor = baseline)', perTask, 'bytes/task'),
    figure('show the view with 99,000 loaded — rows ready', (s) => s.showRowsMs, 'ms', 1.15),
    figure('… — window shows them', (s) => s.showWindowMs, 'ms', 1.15),
    figure('Load more at 99,000 loaded — rows ready', (s) => s.loadMoreRowsMs, 'ms', 1.15),
    figure('… — window shows them', (s) => s.loadMoreWindowMs, 'ms', 1.15),
  ];
}

export function scaleFigures(results: ScaleSuiteResults): Figure[] {
  return [...pickerFigures(results), ...treeFigures(results)];
}
