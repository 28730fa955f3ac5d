// Waiting for a condition in tests, where no event says it happened (the workbench's DOM, a file
// another process writes). One helper for the UI suites and the integration tests.

/** Polls `check` every 100 ms until it holds, or throws after `timeoutMs` saying what it waited for (and, with `describe`, what it saw). */
export async function poll(check: () => Promise<boolean>, what: string, timeoutMs = 10_000, describe?: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}${describe ? `; now: ${await describe()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
