// What a run's log document shows. No vscode import: unit-tested in plain Node.
import type { RunLog } from '../api/runTypes';
import { safeDocumentText } from '../ui/displayText';

/**
 * The log as plain text (safeDocumentText: terminal colours removed, controls visible, no bidi
 * reordering); when the API sent more than the cap, `capNote` on its own lines after the cut.
 */
export function logDocumentText(log: RunLog, capNote: string): string {
  const text = safeDocumentText(log.text);
  if (!log.capped) return text;
  return `${text}${text.endsWith('\n') ? '' : '\n'}\n──────── ${capNote} ────────\n`;
}
