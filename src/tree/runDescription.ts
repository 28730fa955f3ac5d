// What a run row says about a run besides its start time: status, duration, cost, and which
// icon its status gets. No vscode import: unit-tested in plain Node; runRow.ts makes TreeItems.
import { isRunUnfinished, type Run } from '../api/runTypes';
import { safeText } from '../ui/displayText';

/**
 * "SUCCEEDED · 1 m 12 s · $0.004": the status, then the duration and cost when known. While the
 * run is unfinished only its status: both figures still grow, and a row is not re-read for that.
 */
export function runDescription(run: Run): string {
  const parts = [safeText(run.status, 40)];
  if (isRunUnfinished(run.status)) return parts[0];
  const duration = runDurationMs(run);
  if (duration !== undefined) parts.push(formatDuration(duration));
  if (typeof run.usageTotalUsd === 'number') parts.push(formatUsd(run.usageTotalUsd));
  return parts.join(' · ');
}

/**
 * How long the run took: the API's own figure, else from its start to its end. Unknown while it
 * runs (a figure shown then would be stale at once; the row updates when the run finishes).
 */
export function runDurationMs(run: Run): number | undefined {
  if (isRunUnfinished(run.status)) return undefined;
  const reported = run.stats?.durationMillis;
  if (typeof reported === 'number' && Number.isFinite(reported) && reported >= 0) return reported;
  const started = run.startedAt === undefined ? NaN : Date.parse(run.startedAt);
  const finished = run.finishedAt ? Date.parse(run.finishedAt) : NaN;
  return Number.isFinite(started) && Number.isFinite(finished) && finished >= started ? finished - started : undefined;
}

/** "850 ms", "45 s", "1 m 12 s", "2 h 5 m", "3 d 4 h": the two largest units that matter. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} m ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} m`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** "$0.004", "$1.25"; tiny non-zero costs as "<$0.001" rather than a misleading "$0.000". */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd) || usd < 0) return '—';
  if (usd === 0) return '$0';
  if (usd < 0.001) return '<$0.001';
  return usd < 1 ? `$${usd.toFixed(3)}` : `$${usd.toFixed(2)}`;
}

/** A codicon and the theme colour it is drawn in; no colour means the icon's default. */
export interface RunIcon {
  id: string;
  color?: string;
}

const FINISHED_ICONS: Record<string, RunIcon> = {
  SUCCEEDED: { id: 'pass', color: 'testing.iconPassed' },
  FAILED: { id: 'error', color: 'testing.iconFailed' },
  'TIMED-OUT': { id: 'watch', color: 'charts.orange' },
  ABORTED: { id: 'circle-slash', color: 'disabledForeground' },
};

/** A spinner while the run is going or stopping; a distinct icon for each way it ended. */
export function runIconOf(status: string): RunIcon {
  if (isRunUnfinished(status)) return { id: 'loading~spin' };
  return FINISHED_ICONS[status] ?? { id: 'question' };
}
