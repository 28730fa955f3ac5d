import type * as vscode from 'vscode';
import type { RequestLogEntry } from '../api/apifyClient';
import { safeText } from '../ui/displayText';

// Long enough for any real error message; a flood from the API is cut.
const MAX_ERROR_LENGTH = 1000;

/**
 * Writes one line per API attempt to the "Apify Tasks" output channel, naming the host and the
 * path. The token never reaches it; text that came from the API goes through safeText, so it
 * stays on its one line and cannot forge another.
 */
export function logRequest(channel: vscode.LogOutputChannel, entry: RequestLogEntry): void {
  const target = safeText(`${entry.host ?? ''}${entry.path}${entry.query ? `?${entry.query}` : ''}`, MAX_ERROR_LENGTH);
  if (entry.aborted) {
    // Cancelled by a refresh, an order change or a sign-out: expected, not a failure.
    channel.debug(`${entry.method} ${target} cancelled after ${Math.round(entry.durationMs)} ms`);
    return;
  }
  const error = entry.error === undefined ? undefined : safeText(entry.error, MAX_ERROR_LENGTH);
  const outcome = [entry.status, error].filter((part) => part !== undefined).join(' ') || 'no response';
  const retry = entry.retryInMs !== undefined ? `, retrying in ${Math.round(entry.retryInMs)} ms` : '';
  const line = `${entry.method} ${target} → ${outcome} (${Math.round(entry.durationMs)} ms, attempt ${entry.attempt}${retry})`;
  if (entry.error !== undefined || (entry.status !== undefined && entry.status >= 400)) channel.warn(line);
  else channel.info(line);
}
