// How long a run took, as the final notification says it ("1 m 12 s"). No vscode import.
import type { Run } from '../api/runTypes';

/** The run's duration in ms: its stats when sent, else finishedAt − startedAt; undefined if unknown. */
export function runDurationMs(run: Run): number | undefined {
  const stated = run.stats?.durationMillis;
  if (typeof stated === 'number' && Number.isFinite(stated) && stated >= 0) return stated;
  const started = Date.parse(run.startedAt ?? '');
  const finished = Date.parse(run.finishedAt ?? '');
  return Number.isNaN(started) || Number.isNaN(finished) || finished < started ? undefined : finished - started;
}

/** "45 s", "1 m 12 s", "2 h 3 m" (whole seconds, the two largest units). */
export function formatRunDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${minutes} m`;
  if (minutes > 0) return `${minutes} m ${seconds} s`;
  return `${seconds} s`;
}
