import * as vscode from 'vscode';
import { isRunUnfinished } from '../api/runTypes';
import { logDocumentText } from '../documents/logDocumentText';
import { LogFollower } from '../documents/logFollower';
import type { RunDocuments } from '../documents/runDocuments';
import { DEFAULT_LOG_LIMIT_BYTES } from '../api/runRequests';
import { formatBytes } from '../api/cappedBody';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { showErrorWithLog } from '../ui/errorNotification';
import { pickRun } from './runQuickPick';
import { selectedRuns, type RunTarget } from './selectedRuns';

/**
 * "Apify: Open Run Log": the run's log (GET /v2/actor-runs/{id}/log, at most 8 MiB) in a
 * read-only editor; while the run is unfinished the editor follows the log (LogFollower).
 * From the Command Palette: a task, then one of its runs. Returns the document's URI.
 */
export async function openRunLog(
  session: ApifySession, documents: RunDocuments, followers: Set<LogFollower>, clicked?: unknown, selection?: unknown,
): Promise<vscode.Uri | undefined> {
  const target: RunTarget | undefined = selectedRuns(clicked, selection)[0] ?? await pickRun(session, vscode.l10n.t('Open Run Log'));
  const client = session.client;
  if (!target || !client) return undefined;
  const { run, task } = target;
  const render = (log: { text: string; capped: boolean }) => logDocumentText(log, vscode.l10n.t(
    'The log is longer than {0}; this is its start. Apify Console shows all of it.', formatBytes(DEFAULT_LOG_LIMIT_BYTES)));
  try {
    const log = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading the run log…') },
      () => client.getRunLog({ runId: run.id }));
    const uri = documents.uriFor('log', task.name, run);
    await documents.show(uri, render(log), 'log');
    const latest = session.runWatcher.latest(run.id) ?? run;
    if (isRunUnfinished(latest.status) && !log.capped && ![...followers].some((f) => f.uri.toString() === uri.toString())) {
      const follower = new LogFollower(session, documents, uri, latest, render);
      followers.add(follower);
      void follower.follow().finally(() => followers.delete(follower));
    }
    return uri;
  } catch (error) {
    void showErrorWithLog(vscode.l10n.t('Could not open the run log: {0}', describeError(error).message));
    return undefined;
  }
}
