// Waits until the extension host's event loop has been idle for a while, so a measurement does
// not share the thread with built-in extensions still activating after startup.

const WINDOW_MS = 50;
/** A timer firing this much late means something else ran on the thread. */
const LATE_MS = 3;

export async function waitForQuietHost(options: { minWaitMs: number; quietMs: number; timeoutMs: number }): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = performance.now();
  await sleep(options.minWaitMs);
  let quietSince = performance.now();
  while (performance.now() - started < options.timeoutMs) {
    const before = performance.now();
    await sleep(WINDOW_MS);
    const late = performance.now() - before - WINDOW_MS;
    if (late > LATE_MS) quietSince = performance.now();
    else if (performance.now() - quietSince >= options.quietMs) return { waitedMs: performance.now() - started, quiet: true };
  }
  return { waitedMs: performance.now() - started, quiet: false };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
