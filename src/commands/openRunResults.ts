import * as vscode from 'vscode';
import { formatBytes } from '../api/cappedBody';
import { isRunUnfinished } from '../api/runTypes';
import { resultsDocumentText, resultsHeader, type ResultsWording } from '../documents/resultsDocumentText';
import type { RunDocuments } from '../documents/runDocuments';
import type { ApifySession } from '../session/apifySession';
import { describeError } from '../ui/describeError';
import { safeText } from '../ui/displayText';
import { showErrorWithLog } from '../ui/errorNotification';
import { formatCount } from '../ui/formatting';
import { pickRun } from './runQuickPick';
import { selectedRuns } from './selectedRuns';

/**
 * Most bytes of items read for one document. Beyond it the items at the start are shown and the
 * document says so: a dataset of huge items cannot fill the extension host or freeze the editor.
 */
export const RESULTS_MAX_BYTES = 4 * 1024 * 1024;

const wording = (limit: number): ResultsWording => ({
  empty: () => vscode.l10n.t('The dataset is empty: this run produced no results.'),
  all: (count) => vscode.l10n.t('All {0} items of the run\'s default dataset.', formatCount(count)),
  some: (shown, total) => vscode.l10n.t('The first {0} of {1} items of the run\'s default dataset.', formatCount(shown), formatCount(total)),
  unknownTotal: (shown) => vscode.l10n.t('{0} items of the run\'s default dataset (Apify did not say how many there are).', formatCount(shown)),
  limited: () => vscode.l10n.t('At most {0} items are shown: the setting apifyTasks.resultsLimit. Apify Console shows all of them.', formatCount(limit)),
  capped: () => vscode.l10n.t('The items were more than {0}: only those that fit are shown. Apify Console shows all of them.', formatBytes(RESULTS_MAX_BYTES)),
  unfinished: () => vscode.l10n.t('The run has not finished: more items may come. Open the results again to see them.'),
});

/**
 * "Apify: Open Run Results": the items of the run's default dataset (one request, `clean=1`, at
 * most apifyTasks.resultsLimit items and RESULTS_MAX_BYTES) as read-only JSON with comments. From
 * the Command Palette: a task, then one of its runs. Returns the document's URI.
 */
export async function openRunResults(
  session: ApifySession, documents: RunDocuments, clicked?: unknown, selection?: unknown,
): Promise<vscode.Uri | undefined> {
  const target = selectedRuns(clicked, selection)[0] ?? await pickRun(session, vscode.l10n.t('Open Run Results'));
  const client = session.client;
  if (!target || !client) return undefined;
  const { run, task } = target;
  const heading = `${safeText(task.name)} · ${vscode.l10n.t('run {0}', safeText(run.id))}`;
  const uri = documents.uriFor('results', task.name, run);
  try {
    let text: string;
    if (run.defaultDatasetId === undefined) {
      text = resultsDocumentText([heading, vscode.l10n.t('Apify did not say which dataset this run writes to.')], []);
    } else {
      const datasetId = run.defaultDatasetId;
      const limit = session.settings.resultsLimit;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading the run results…') },
        () => client.getDatasetItems({ datasetId, limit, maxBytes: RESULTS_MAX_BYTES }));
      const unfinished = isRunUnfinished(session.runWatcher.latest(run.id)?.status ?? run.status);
      const header = resultsHeader({ ...result, limit, unfinished }, wording(limit));
      text = resultsDocumentText([heading, ...header], result.items);
    }
    await documents.show(uri, text, 'jsonc');
    return uri;
  } catch (error) {
    void showErrorWithLog(vscode.l10n.t('Could not open the run results: {0}', describeError(error).message));
    return undefined;
  }
}
