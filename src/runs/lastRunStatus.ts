// The latest run status this window learned of per task (from the runs it watches), for the task
// row's tooltip. One map per window; no vscode import.

export interface LastRunStatus {
  runId: string;
  status: string;
  /** When the run finished or started, as the API sent it. */
  at?: string;
}

const byTask = new Map<string, LastRunStatus>();

export function lastRunStatusOf(taskId: string): LastRunStatus | undefined {
  return byTask.get(taskId);
}

/** Notes `run` as the task's last run, unless a run that started later is noted already. */
export function noteLastRun(taskId: string, run: { id: string; status: string; startedAt?: string; finishedAt?: string | null }): void {
  const known = byTask.get(taskId);
  if (known && known.runId !== run.id && (known.at ?? '') > (run.startedAt ?? '')) return;
  byTask.set(taskId, { runId: run.id, status: run.status, at: run.finishedAt ?? run.startedAt });
}

export function forgetLastRuns(): void {
  byTask.clear();
}
