// When and how long to wait before trying again. Apify's docs advise exponential back-off
// starting at 500 ms, waiting a random time between the delay and twice the delay.

export interface RetryOptions {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Back-off base before the first retry; doubles after each retry. */
  initialDelayMs: number;
  /** Cap of the doubled base (the random wait can reach twice this). */
  maxDelayMs: number;
  /** Longest a single attempt may take, body included. */
  attemptTimeoutMs: number;
  /** Longest a whole call may take, attempts and waits together. */
  totalBudgetMs: number;
}

/** The client gives up within about 20 s in all. */
export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  maxAttempts: 5,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  attemptTimeoutMs: 10_000,
  totalBudgetMs: 20_000,
});

/** Fills in defaults and rejects nonsense early, so a typo in a setting cannot make the client spin. */
export function resolveRetryOptions(overrides: Partial<RetryOptions> = {}): RetryOptions {
  const options = { ...DEFAULT_RETRY_OPTIONS, ...stripUndefined(overrides) };
  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be an integer of at least 1, got ${options.maxAttempts}`);
  }
  for (const key of ['initialDelayMs', 'maxDelayMs', 'attemptTimeoutMs', 'totalBudgetMs'] as const) {
    const value = options[key];
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${key} must be a finite number ≥ 0, got ${value}`);
  }
  return options;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Wait before retry number `retryIndex` (0 for the first retry): d = min(initial·2^n, max),
 * uniformly random in [d, 2d). `random` returns [0, 1) and is injected so tests are deterministic.
 */
export function backoffDelayMs(retryIndex: number, options: Pick<RetryOptions, 'initialDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const base = Math.min(options.initialDelayMs * 2 ** retryIndex, options.maxDelayMs);
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.round(base + base * fraction);
}

/**
 * Parses a Retry-After header: delta seconds ("120") or an HTTP date. Returns milliseconds
 * from `nowMs` (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfterMs(header: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // Dates must look like a date; Date.parse alone would accept things like "1".
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
