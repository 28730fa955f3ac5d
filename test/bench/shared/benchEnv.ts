// Environment variables the bench runner sets for code-server; the extension host inherits them,
// so they are how the in-host suites learn where to write results and whom to ask for help.
export const BenchEnv = {
  /** File the in-host suite writes its JSON results to. */
  outFile: 'APIFY_TASKS_BENCH_OUT',
  /** Activation suite: comma-separated extension IDs, activated in this order. */
  activationOrder: 'APIFY_TASKS_BENCH_ACTIVATION_ORDER',
  /** Main suite: base URL of the runner's control server (fake API requests, UI measurements). */
  controlUrl: 'APIFY_TASKS_BENCH_CONTROL',
  /** Main suite: the fake API's base URL and token. */
  apiUrl: 'APIFY_TASKS_BENCH_API_URL',
  apiToken: 'APIFY_TASKS_BENCH_API_TOKEN',
  /** Main suite: how many times each timed measurement is repeated. */
  samples: 'APIFY_TASKS_BENCH_SAMPLES',
} as const;

/** The floor extension of the comparison (test/bench/floor-extension), as installed. */
export const FLOOR_EXTENSION_ID = 'apify-tasks-bench.bench-floor';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the bench suites run only under out/test/bench/runBench.js`);
  return value;
}
