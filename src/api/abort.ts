// Cancellation helpers. The client must stop at once when the caller aborts, including
// in the middle of a back-off wait, and a cancelled call must not look like a failure.
import { ApifyAbortError } from './errors';

/** True for a cancellation from this client, from node-fetch or from the platform (all named 'AbortError'). */
export function isAbortError(error: unknown): boolean {
  if (error instanceof ApifyAbortError) return true;
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApifyAbortError();
}

/** Waits `ms`, or rejects with ApifyAbortError as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApifyAbortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ApifyAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
