// Decides which requests get a fault: queued ones first (failNext), then random ones at a
// fixed rate with a seeded generator (for soak tests that must be reproducible).
import type { Fault } from './faults';
import type { RecordedRequest } from './recordedRequest';
import { pick, seededRandom, type Random } from './seededRandom';

/** Restricts a fault to some requests; with no field set, every request matches. All set fields must match. */
export interface FaultTarget {
  /** Exact paths, e.g. ['/v2/actor-tasks']. */
  paths?: string[];
  /** HTTP method, e.g. 'POST'. */
  method?: string;
  /** A pattern the path must match, e.g. /^\/v2\/actor-tasks\/[^/]+\/runs$/. */
  pathMatches?: RegExp;
  predicate?: (request: RecordedRequest) => boolean;
}

/** POST /v2/actor-tasks/{id}/runs (starting a run): the target of the exactly-once faults. */
export const RUN_TASK: FaultTarget = { method: 'POST', pathMatches: /^\/v2\/actor-tasks\/[^/]+\/runs$/ };

export interface RandomFaultsConfig extends FaultTarget {
  /** Fraction of matching requests that fail, 0..1. */
  rate: number;
  /** One is picked at random for each failing request. */
  faults: Fault[];
  seed?: number | string;
}

interface QueuedFault {
  remaining: number;
  fault: Fault;
  target: FaultTarget;
}

export class FaultSchedule {
  private queue: QueuedFault[] = [];
  private random?: { config: RandomFaultsConfig; next: Random };

  failNext(count: number, fault: Fault, target: FaultTarget = {}): void {
    if (count > 0) this.queue.push({ remaining: count, fault, target });
  }

  setRandom(config: RandomFaultsConfig | null): void {
    if (config && (config.faults.length === 0 || !(config.rate >= 0 && config.rate <= 1))) {
      throw new RangeError('random faults need a rate in [0, 1] and at least one fault');
    }
    this.random = config ? { config, next: seededRandom(config.seed ?? 1) } : undefined;
  }

  clear(): void {
    this.queue = [];
    this.random = undefined;
  }

  /** The fault for `request`, consuming one use of a queued fault. */
  take(request: RecordedRequest): Fault | undefined {
    const queued = this.queue.find((entry) => entry.remaining > 0 && matches(entry.target, request));
    if (queued) {
      queued.remaining--;
      this.queue = this.queue.filter((entry) => entry.remaining > 0);
      return queued.fault;
    }
    if (this.random && matches(this.random.config, request) && this.random.next() < this.random.config.rate) {
      return pick(this.random.next, this.random.config.faults);
    }
    return undefined;
  }
}

function matches(target: FaultTarget, request: RecordedRequest): boolean {
  if (target.paths && !target.paths.includes(request.path)) return false;
  if (target.method && target.method.toUpperCase() !== request.method.toUpperCase()) return false;
  if (target.pathMatches && !target.pathMatches.test(request.path)) return false;
  return target.predicate ? target.predicate(request) : true;
}
