// Figures of the floor comparison: per API latency and step, the extension's median time, the
// floor's and the bare GETs', and the ratios to both. Ratios are of paired samples (each round
// ran the three back to back), summarized as median and range. Goal (issue 13): ≤ 1.15× the floor,
// in the provider (rows ready) and in the window (rows on screen).
import type { ComparedTree, FloorSample, FloorSuiteResults } from '../shared/benchResults';
import type { Figure } from './figure';
import { pairedRatios, summarize } from './stats';

const FLOOR_GOAL = 1.15;

type Measure = (sample: FloorSample) => number | undefined;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const median = (values: number[]) => summarize(values).median;

const MEASURES: { step: FloorSample['step']; label: string; rows: Measure; window: Measure }[] = [
  { step: 'show', label: 'first page when the view opens', rows: (s) => s.firstRowsMs, window: (s) => s.firstWindowMs },
  { step: 'browse', label: 'first page after Refresh', rows: (s) => s.firstRowsMs, window: (s) => s.firstWindowMs },
  { step: 'browse', label: 'one Load more (median of the round\'s 9)', rows: (s) => median(s.loadMoreRowsMs), window: (s) => (s.loadMoreWindowMs.length ? median(s.loadMoreWindowMs) : undefined) },
  {
    step: 'browse', label: 'Refresh + 9 × Load more, sum of waits',
    rows: (s) => s.firstRowsMs + sum(s.loadMoreRowsMs),
    window: (s) => (s.firstWindowMs === undefined ? undefined : s.firstWindowMs + sum(s.loadMoreWindowMs)),
  },
];

function paired(samples: FloorSample[], tree: ComparedTree, baseline: ComparedTree, measure: Measure) {
  const pairs: { value: number; baseline: number }[] = [];
  for (const sample of samples.filter((s) => s.tree === tree)) {
    const other = samples.find((s) => s.tree === baseline && s.round === sample.round);
    const value = measure(sample);
    const base = other && measure(other);
    if (value !== undefined && base !== undefined) pairs.push({ value, baseline: base });
  }
  return pairs;
}

export function floorFigures(results: FloorSuiteResults): Figure[] {
  const figures: Figure[] = [];
  const latencies = [...new Set(results.samples.map((s) => s.latencyMs))];
  for (const latencyMs of latencies) {
    for (const measure of MEASURES) {
      const samples = results.samples.filter((s) => s.latencyMs === latencyMs && s.step === measure.step);
      if (samples.length === 0) continue;
      for (const side of ['rows', 'window'] as const) {
        const read = measure[side];
        const vsFloor = paired(samples, 'ours', 'floor', read);
        if (vsFloor.length === 0) continue;
        const ratio = pairedRatios(vsFloor);
        const vsBare = paired(samples, 'ours', 'bare', measure.rows);
        const bareRatio = pairedRatios(vsBare);
        figures.push({
          section: `F. floor, API +${latencyMs} ms`,
          label: `+${latencyMs} ms API: ${measure.label} — ${side === 'rows' ? 'rows ready' : 'window shows them'}`,
          unit: 'ms',
          value: summarize(vsFloor.map((p) => p.value)),
          baseline: summarize(vsFloor.map((p) => p.baseline)),
          ratio,
          goal: `≤ ${FLOOR_GOAL}× the floor`,
          met: ratio.median <= FLOOR_GOAL,
          note: side === 'window' ? undefined : `bare GETs ${summarize(vsBare.map((p) => p.baseline)).median.toFixed(1)} ms; ratio to them ${bareRatio.median.toFixed(2)}× (${bareRatio.min.toFixed(2)}–${bareRatio.max.toFixed(2)})`,
        });
      }
    }
  }
  return figures;
}
