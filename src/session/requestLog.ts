import type * as vscode from 'vscode';
import type { RequestLogEntry } from '../api/apifyClient';

/** Writes one line per API attempt to the "Apify Tasks" output channel. The token never reaches it. */
export function logRequest(channel: vscode.LogOutputChannel, entry: RequestLogEntry): void {
  const target = entry.query ? `${entry.path}?${entry.query}` : entry.path;
  if (entry.aborted) {
    // Cancelled by a refresh, an order change or a sign-out: expected, not a failure.
    channel.debug(`${entry.method} ${target} cancelled after ${Math.round(entry.durationMs)} ms`);
    return;
  }
  const outcome = [entry.status, entry.error].filter((part) => part !== undefined).join(' ') || 'no response';
  const retry = entry.retryInMs !== undefined ? `, retrying in ${Math.round(entry.retryInMs)} ms` : '';
  const line = `${entry.method} ${target} → ${outcome} (${Math.round(entry.durationMs)} ms, attempt ${entry.attempt}${retry})`;
  if (entry.error !== undefined || (entry.status !== undefined && entry.status >= 400)) channel.warn(line);
  else channel.info(line);
}
