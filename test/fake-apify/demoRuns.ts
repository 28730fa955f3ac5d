// Runs for demos (`npm start`, the CLI): runs started from the editor take `runSecs` and
// succeed, and the first task has a run in progress, so there is something to watch.
import type { FakeApifyServer } from './server';

export function startDemoRuns(server: FakeApifyServer, runSecs = 30): void {
  server.setNewRunPlan({ startAfterMs: 1000, finishAfterMs: runSecs * 1000 });
  const first = server.tasks[0];
  if (first) server.createRun(first.id, { origin: 'SCHEDULER', plan: { startAfterMs: 500, finishAfterMs: 2 * runSecs * 1000 } });
}
