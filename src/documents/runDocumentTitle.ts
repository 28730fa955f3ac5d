// The name a run's document shows in its tab, e.g. "my-task · 2026-12-01 10:15.log". No vscode
// import: unit-tested in plain Node.
import { safeText } from '../ui/displayText';

export type RunDocumentKind = 'log' | 'results';

const EXTENSIONS: Record<RunDocumentKind, string> = { log: '.log', results: ' results.json' };

/**
 * The task's name (safe text, no path separators: the title is a URI path) and the run's local
 * start time. A start the API did not send, or sent as something that is not a date, shows the run ID.
 */
export function runDocumentTitle(taskName: string, run: { id: string; startedAt?: string }, kind: RunDocumentKind): string {
  const name = safeText(taskName, 80).replace(/[/\\]/g, '_');
  const started = run.startedAt === undefined ? NaN : Date.parse(run.startedAt);
  const when = Number.isNaN(started) ? safeText(run.id, 100) : localMinute(new Date(started));
  return `${name} · ${when}${EXTENSIONS[kind]}`;
}

function localMinute(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
