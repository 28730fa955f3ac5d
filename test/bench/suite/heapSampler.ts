// Heap of the extension host after garbage collection. VS Code starts the extension host without
// --expose-gc, but V8 accepts the flag at run time, and a context created afterwards gets `gc`:
// so the bench can force full collections and read a settled heapUsed. If that ever stops
// working, it falls back to churning garbage (which triggers collections) and taking the
// smallest of several readings, and says so in the results.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { sleep } from './quietHost';

export type HeapMethod = 'forced-gc' | 'allocation-churn';

function obtainGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export class HeapSampler {
  private readonly gc = obtainGc();
  readonly method: HeapMethod = this.gc ? 'forced-gc' : 'allocation-churn';

  /** heapUsed in bytes once pending work and garbage are gone: the least of three settled readings. */
  async settled(): Promise<number> {
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      await sleep(100); // lets answers to VS Code round trips arrive and be dropped
      if (this.gc) {
        this.gc();
        this.gc();
      } else {
        churn();
      }
      least = Math.min(least, process.memoryUsage().heapUsed);
    }
    return least;
  }
}

/** Allocates and drops about 64 MB in small objects, so V8 runs its collectors. */
function churn(): void {
  let keep: unknown[] = [];
  for (let i = 0; i < 64; i++) {
    keep = Array.from({ length: 16_384 }, (_, k) => ({ k, s: `x${k}` }));
  }
  keep.length = 0;
}
