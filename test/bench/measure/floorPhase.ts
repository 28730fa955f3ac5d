// The floor comparison's host: 10,000 tasks, the extension and the floor extension side by side.
import type { FloorSuiteResults } from '../shared/benchResults';
import { runHostedPhase } from './hostedPhase';

export function measureFloorPhase(rounds: number): Promise<FloorSuiteResults> {
  return runHostedPhase<FloorSuiteResults>({
    label: '[floor]',
    suite: 'floorSuite.js',
    taskCount: 10_000,
    withFloor: true,
    samples: rounds,
    timeoutMs: 8 * 60_000,
  });
}
