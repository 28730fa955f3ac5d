// One line of the report: a median with its range, the baseline measured in the same run, the
// ratio between them, and the goal it is held against.
import type { Summary } from './stats';

export interface Figure {
  section: string;
  label: string;
  unit: 'ms' | 'bytes' | 'count' | 'x' | 'bytes/task';
  value?: Summary;
  baseline?: Summary;
  /** value ÷ baseline, summarized over paired samples (or of medians, see `note`). */
  ratio?: Summary;
  goal?: string;
  met?: boolean;
  note?: string;
}

export const KB = 1024;

/** A single measurement as a Summary (sizes are measured once). */
export function one(value: number): Summary {
  return { median: value, min: value, max: value, n: 1 };
}
