import * as vscode from 'vscode';
import type { RunShort } from '../api/runTypes';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import { formatDate } from '../ui/formatting';
import { runDescription } from '../tree/runDescription';
import type { RunTarget } from './selectedRuns';
import { pickTask } from './taskQuickPick';

/** The runs offered after a task is picked: one page, newest first. */
export const RECENT_RUNS = 20;

interface RunPickItem extends vscode.QuickPickItem {
  run: RunShort;
}

/**
 * For the run commands in the Command Palette: a task (the searchable task list), then one of
 * its recent runs. One request for the runs (GET /v2/actor-tasks/{id}/runs?desc=1&limit=20).
 */
export async function pickRun(session: ApifySession, title: string): Promise<RunTarget | undefined> {
  const task = await pickTask(session, title);
  const client = session.client;
  if (!task || !client) return undefined;
  const picker = vscode.window.createQuickPick<RunPickItem>();
  picker.title = `${title}: ${safeText(task.name)}`;
  picker.placeholder = vscode.l10n.t('Pick a run (newest first)');
  picker.matchOnDescription = true;
  picker.busy = true;
  const loading = new AbortController();
  return new Promise<RunTarget | undefined>((resolve) => {
    picker.onDidAccept(() => {
      const run = picker.selectedItems[0]?.run;
      resolve(run ? { run, task } : undefined);
      picker.hide();
    });
    picker.onDidHide(() => {
      loading.abort();
      picker.dispose();
      resolve(undefined);
    });
    picker.show();
    client.listTaskRuns({ taskId: task.id, offset: 0, limit: RECENT_RUNS, desc: true, signal: loading.signal }).then((page) => {
      picker.busy = false;
      picker.items = page.items.map((run) => ({
        label: safeText(formatDate(run.startedAt)),
        description: runDescription(run),
        detail: safeText(run.id),
        run,
      }));
      if (page.items.length === 0) picker.placeholder = vscode.l10n.t('This task has no runs yet.');
    }, (error: unknown) => {
      if (loading.signal.aborted) return;
      picker.hide();
      void showErrorWithLog(vscode.l10n.t('Could not load the runs of {0}: {1}', safeText(task.name), describeError(error).message));
    });
  });
}
