import type { ApifyTasksApi } from '../../../src/extension';
import type { BareGet } from './bareGet';
import type { BenchControl } from './benchControl';
import type { RootRowsProbe } from './rootRowsProbe';
import { sleep } from './quietHost';

/** What every in-host measurement works with. */
export interface BenchContext {
  api: ApifyTasksApi;
  probe: RootRowsProbe;
  bare: BareGet;
  control: BenchControl;
  samples: number;
}

/**
 * VS Code debounces a tree's change events (200 ms, first one passed at once). Waiting past that
 * window before a timed trigger makes its change reach VS Code at once, as a user's first click does.
 */
export function pastTreeDebounce(): Promise<void> {
  return sleep(300);
}
