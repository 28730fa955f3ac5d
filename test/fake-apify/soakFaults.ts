import type { Fault } from './faults';

/**
 * Every fault the soak of issue 6.1 names: 500; 502 with an HTML body; 429 with and without
 * Retry-After; dropped connections; truncated JSON; stalls (in the headers and in the body)
 * longer than the client's attempt timeout, which the caller passes as `stallMs`.
 */
export function soakFaults(stallMs: number): Fault[] {
  return [
    { status: 500 },
    { kind: 'html', status: 502 },
    { status: 429, retryAfter: 1 },
    { status: 429 },
    { kind: 'drop' },
    { kind: 'truncate' },
    { kind: 'truncate', closeConnection: true },
    { kind: 'stall', ms: stallMs },
    { kind: 'stall', ms: stallMs, phase: 'body' },
  ];
}
