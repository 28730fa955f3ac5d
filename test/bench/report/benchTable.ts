// The table `npm run bench` prints: one line per figure, median with range, baseline, ratio, goal.
import type { Figure } from './benchFigures';
import type { Summary } from './stats';

function formatValue(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms': return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
    case 'bytes': return `${(value / 1024).toFixed(1)} KB`;
    case 'bytes/task': return `${value.toFixed(0)} B`;
    case 'x': return `${value.toFixed(2)}×`;
    case 'count': return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

function formatSummary(summary: Summary | undefined, unit: Figure['unit']): string {
  if (!summary) return '';
  const median = formatValue(summary.median, unit);
  if (summary.n <= 1 || summary.min === summary.max) return median;
  return `${median} (${formatValue(summary.min, unit)}–${formatValue(summary.max, unit)})`;
}

export function renderTable(figures: Figure[]): string {
  const header = ['Figure', 'Median (min–max)', 'Baseline', 'Ratio (min–max)', 'Goal', 'Result'];
  const rows = figures.map((figure) => [
    `${figure.section.slice(0, 2)} ${figure.label}`,
    formatSummary(figure.value, figure.unit),
    formatSummary(figure.baseline, figure.unit),
    formatSummary(figure.ratio, 'x'),
    figure.goal ?? '',
    figure.met === undefined ? (figure.goal ? 'n/a' : '') : figure.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
  const notes = figures.filter((figure) => figure.note).map((figure) => `  ${figure.section.slice(0, 2)} ${figure.label}: ${figure.note}`);
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line), '', 'Notes:', ...notes].join('\n');
}
