import * as vscode from 'vscode';
import { isRunUnfinished, type Run } from '../api/runTypes';
import type { ApifySession } from '../session/apifySession';
import { confirmAction, type Ask } from '../ui/confirm';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import { formatDate } from '../ui/formatting';
import { selectedRuns, type RunTarget } from './selectedRuns';

const NAMED_IN_DETAIL = 10;

/**
 * "Apify: Abort Run", on unfinished run rows only: a modal confirmation naming the task and run,
 * then POST /v2/actor-runs/{id}/abort for each. The answer goes to the run watcher, which the
 * rows follow; it reports the run's end (ABORTED). Returns the runs as the API answered.
 */
export async function abortRun(session: ApifySession, ask: Ask, clicked?: unknown, selection?: unknown): Promise<Run[]> {
  const targets = selectedRuns(clicked, selection).filter((target) => isRunUnfinished(target.run.status));
  const client = session.client;
  if (targets.length === 0 || !client) return [];
  const action = vscode.l10n.t('Abort');
  const message = targets.length === 1
    ? vscode.l10n.t('Abort the run of {0} started {1}?', safeText(targets[0].task.name), safeText(formatDate(targets[0].run.startedAt)))
    : vscode.l10n.t('Abort {0} runs?', targets.length);
  const named = targets.slice(0, NAMED_IN_DETAIL).map(describeTarget);
  if (targets.length > NAMED_IN_DETAIL) named.push(vscode.l10n.t('and {0} more', targets.length - NAMED_IN_DETAIL));
  const detail = `${named.join('\n')}\n\n${vscode.l10n.t('An aborted run stops at once; its results so far are kept.')}`;
  if (!(await confirmAction(ask, message, detail, action))) return [];
  const aborted: Run[] = [];
  for (const { run, task } of targets) {
    try {
      const answer = await client.abortRun({ runId: run.id });
      aborted.push(answer);
      session.runWatcher.watch(answer); // a no-op when a row already has it watched
    } catch (error) {
      void showErrorWithLog(vscode.l10n.t('Could not abort the run of {0}: {1}', safeText(task.name), describeError(error).message));
    }
  }
  if (aborted.length > 0) {
    const status = aborted.length === 1 ? vscode.l10n.t('Aborting the run') : vscode.l10n.t('Aborting {0} runs', aborted.length);
    vscode.window.setStatusBarMessage(`$(debug-stop) ${status}`, 4000);
  }
  return aborted;
}

function describeTarget({ run, task }: RunTarget): string {
  return `${safeText(task.name)} · ${safeText(formatDate(run.startedAt))} · ${safeText(run.status)} · ${safeText(run.id)}`;
}
