// Shared set-up for unit tests: a fresh fake API per test and clients pointed at it with
// short retry delays, so the suite stays fast while exercising the real HTTP path.
import { ApifyClient, type ApifyClientOptions } from '../../src/api/apifyClient';
import type { RequestLogEntry } from '../../src/api/requestLogEntry';
import type { RetryOptions } from '../../src/api/retryPolicy';
import { FakeApifyServer, type FakeApifyOptions } from '../fake-apify/server';

export const FAST_RETRY: RetryOptions = {
  maxAttempts: 4,
  initialDelayMs: 5,
  maxDelayMs: 40,
  attemptTimeoutMs: 2_000,
  totalBudgetMs: 6_000,
};

export const TEST_USER_AGENT = 'apify-tasks-vscode/0.0.0-test';

/** Starts a fake before each test of the enclosing suite and closes it after; call the result for the current one. */
export function useFakeApify(options: FakeApifyOptions = {}): () => FakeApifyServer {
  let server: FakeApifyServer | undefined;
  beforeEach(async () => {
    server = await FakeApifyServer.start(options);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return () => {
    if (!server) throw new Error('the fake Apify API is only available inside a test');
    return server;
  };
}

/** A client for `server` plus the log entries it reported. */
export function clientFor(
  server: FakeApifyServer,
  options: Partial<Omit<ApifyClientOptions, 'retry'>> & { retry?: Partial<RetryOptions> } = {},
): { client: ApifyClient; log: RequestLogEntry[] } {
  const log: RequestLogEntry[] = [];
  const client = new ApifyClient({
    token: server.token,
    baseUrl: server.url,
    userAgent: TEST_USER_AGENT,
    random: () => 0.5,
    ...options,
    retry: { ...FAST_RETRY, ...options.retry },
    onRequest: (entry) => {
      log.push(entry);
      options.onRequest?.(entry);
    },
  });
  return { client, log };
}

/** Resolves with what `promise` rejected with; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
