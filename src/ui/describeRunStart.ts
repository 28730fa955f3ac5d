import * as vscode from 'vscode';
import type { RunRefusal } from '../runs/runRefusal';
import type { RunStartOutcome } from '../runs/startRunOnce';
import { describeError } from './describeError';
import { safeText } from './displayText';

export const BILLING_URL = 'https://console.apify.com/billing';

/** What a button under the message does; runTask carries it out. */
export type RunStartAction =
  | { kind: 'open-url'; url: string }
  | { kind: 'set-token' }
  | { kind: 'refresh' }
  | { kind: 'run-again' }
  | { kind: 'open-task-in-console' }
  | { kind: 'show-log' };

export interface RunStartReport {
  severity: 'information' | 'warning' | 'error';
  message: string;
  actions: { title: string; action: RunStartAction }[];
}

/**
 * How Run Task words what became of a start (the sibling of describeError for this one command).
 * Undefined for a plain start: the status bar says enough.
 */
export function describeRunStart(taskName: string, outcome: RunStartOutcome): RunStartReport | undefined {
  const name = safeText(taskName);
  const showLog = { title: vscode.l10n.t('Show Log'), action: { kind: 'show-log' } as const };
  switch (outcome.kind) {
    case 'started':
      return undefined;
    case 'found-after-failure':
      return {
        severity: 'information',
        message: vscode.l10n.t('The answer to starting task {0} was lost ({1}), but the run did start: it is watched now, and was not started twice.', name, describeError(outcome.failure).message),
        actions: [],
      };
    case 'not-started-after-failure':
      return {
        severity: 'warning',
        message: vscode.l10n.t('No run of task {0} started: {1}. Nothing was charged.', name, describeError(outcome.failure).message),
        actions: [{ title: vscode.l10n.t('Run Again'), action: { kind: 'run-again' } }, showLog],
      };
    case 'unknown':
      return {
        severity: 'error',
        message: vscode.l10n.t("Can't tell whether task {0} started a run: {1}, and its last run could not be read. Check its runs in Apify Console before running it again.", name, describeError(outcome.failure).message),
        actions: [{ title: vscode.l10n.t('Open in Console'), action: { kind: 'open-task-in-console' } }, showLog],
      };
    case 'refused':
      return describeRefusal(name, outcome.refusal, describeError(outcome.error).message);
    case 'failed':
      return { severity: 'error', message: vscode.l10n.t('Task {0} was not run: {1}', name, describeError(outcome.error).message), actions: [showLog] };
  }
}

function describeRefusal(name: string, refusal: RunRefusal, apiWording: string): RunStartReport {
  const billing = { title: vscode.l10n.t('Open Billing'), action: { kind: 'open-url', url: BILLING_URL } as const };
  const setToken = { title: vscode.l10n.t('Set API Token'), action: { kind: 'set-token' } as const };
  const refused = (message: string, ...actions: RunStartReport['actions']): RunStartReport => ({ severity: 'error', message, actions });
  switch (refusal.kind) {
    case 'usage-limit':
      return refused(vscode.l10n.t("Task {0} was not run: the account's usage limit is reached. Raise the limit or upgrade the plan in Apify Console.", name), billing);
    case 'no-run-permission':
      return refused(vscode.l10n.t('Task {0} was not run: the API token may not run this actor (a scoped token without the Run permission for it). Use a token that may.', name), setToken);
    case 'concurrent-runs-limit':
      return refused(vscode.l10n.t('Task {0} was not run: the account already has as many runs going at once as its plan allows. Try again when one has finished.', name), billing);
    case 'not-enough-usage-for-paid-actor':
      return refused(vscode.l10n.t('Task {0} was not run: not enough usage is left on the account to run this paid actor.', name), billing);
    case 'approval-needed': {
      const approve = refusal.approvalUrl ? [{ title: vscode.l10n.t('Review Permissions'), action: { kind: 'open-url', url: refusal.approvalUrl } as const }] : [];
      return refused(vscode.l10n.t('Task {0} was not run: its actor asks for full permissions, which have not been approved for this account yet.', name), ...approve);
    }
    case 'token-rejected':
      return refused(vscode.l10n.t('Task {0} was not run: Apify rejected the API token. Set a new one.', name), setToken);
    case 'task-deleted':
      return refused(vscode.l10n.t('Task {0} was not run: it no longer exists in Apify ({1}). The list is refreshed.', name, apiWording));
  }
}
