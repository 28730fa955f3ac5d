// Runs attempts until one succeeds, an error is final, attempts run out or the overall
// budget would be overrun. Waits follow retryPolicy and can be cut short by the caller.
import { abortableSleep, isAbortError, throwIfAborted } from './abort';
import { ApifyError, ApifyTimeoutError, ApifyTransientHttpError } from './errors';
import { formatSeconds } from './formatSeconds';
import { backoffDelayMs, type RetryOptions } from './retryPolicy';

/** What one attempt produced; `status` is the HTTP status when an answer arrived. */
export type AttemptResult<T> = { ok: true; value: T; status: number } | { ok: false; error: ApifyError; status?: number };

/** Reported once per attempt, after the decision whether to retry. */
export interface AttemptReport {
  attempt: number;
  durationMs: number;
  status?: number;
  error?: ApifyError;
  retryInMs?: number;
  aborted?: boolean;
}

export interface RetryLoopContext {
  options: RetryOptions;
  random: () => number;
  signal?: AbortSignal;
  report: (report: AttemptReport) => void;
  /** Whether this request may be sent again after `error` (a request that is not safe to repeat narrows it). */
  mayRetry?: (error: ApifyError) => boolean;
}

export async function runWithRetries<T>(
  attemptOnce: (timeoutMs: number) => Promise<AttemptResult<T>>,
  context: RetryLoopContext,
): Promise<T> {
  const { options, signal } = context;
  const startedAt = Date.now();
  const remainingMs = (): number => options.totalBudgetMs - (Date.now() - startedAt);
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    const timeoutMs = Math.max(0, Math.min(options.attemptTimeoutMs, remainingMs()));
    const attemptStart = Date.now();
    const result = await attemptOnce(timeoutMs);
    const durationMs = Date.now() - attemptStart;
    if (result.ok) {
      context.report({ attempt, durationMs, status: result.status });
      return result.value;
    }
    const { error, status } = result;
    if (isAbortError(error)) {
      context.report({ attempt, durationMs, status, aborted: true });
      throw error;
    }
    const waitMs = retryWaitMs(error, attempt, context);
    // A wait that would use up the budget is not started: the caller hears the real error now.
    if (waitMs === undefined || waitMs >= remainingMs()) {
      context.report({ attempt, durationMs, status, error });
      throw giveUpError(error, attempt, Date.now() - startedAt);
    }
    context.report({ attempt, durationMs, status, error, retryInMs: waitMs });
    await abortableSleep(waitMs, signal);
  }
}

/** Milliseconds to wait before the next attempt, or undefined when `error` is final. */
function retryWaitMs(error: ApifyError, attempt: number, context: RetryLoopContext): number | undefined {
  if (!error.retryable || attempt >= context.options.maxAttempts) return undefined;
  if (context.mayRetry && !context.mayRetry(error)) return undefined;
  const serverHint = error instanceof ApifyTransientHttpError ? error.retryAfterMs : undefined;
  return serverHint ?? backoffDelayMs(attempt - 1, context.options, context.random);
}


/**
 * The error the caller hears. After several timed-out attempts, "did not answer within 9.1 s" (the
 * last attempt, cut short by the budget) would misstate what happened: say it gave up, and when.
 */
function giveUpError(error: ApifyError, attempts: number, elapsedMs: number): ApifyError {
  if (!(error instanceof ApifyTimeoutError) || attempts === 1) return error;
  return new ApifyTimeoutError(
    `The Apify API did not answer in time; gave up after ${attempts} attempts over ${formatSeconds(elapsedMs)}.`,
    error.timeoutMs,
  );
}
