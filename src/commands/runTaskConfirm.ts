import * as vscode from 'vscode';
import type { TaskShort } from '../api/types';
import type { Settings } from '../config/settings';
import { actorName } from '../tree/taskRow';
import { safeText } from '../ui/displayText';

/** What the confirmation showed, and its answer: 'run', 'run-always' (don't ask again) or undefined (cancelled). */
export interface RunConfirmationPrompt {
  message: string;
  detail: string;
  buttons: string[];
}
export type RunConfirmationAnswer = 'run' | 'run-always' | undefined;

/**
 * Integration tests answer the modal through this (a modal dialog blocks the test host); the UI
 * tests click the real one. Only the test surface that activate() returns in ExtensionMode.Test sets it.
 */
let answerForTests: ((prompt: RunConfirmationPrompt) => RunConfirmationAnswer) | undefined;
export function answerRunConfirmationsForTests(answer: ((prompt: RunConfirmationPrompt) => RunConfirmationAnswer) | undefined): void {
  answerForTests = answer;
}

// Beyond this many, the dialog lists the first ones and says how many more.
const LISTED = 10;

/** Asks before running `tasks` (each once), unless the setting says not to. True: go ahead. */
export async function confirmRun(settings: Settings, tasks: readonly TaskShort[], { customInput = false } = {}): Promise<boolean> {
  if (!settings.confirmBeforeRun) return true;
  const run = tasks.length === 1 ? vscode.l10n.t('Run') : vscode.l10n.t('Run {0} Tasks', tasks.length);
  const always = vscode.l10n.t("Run and Don't Ask Again");
  const named = (task: TaskShort) => vscode.l10n.t('{0} (actor {1})', safeText(task.name), safeText(actorName(task)) || '—');
  const message = tasks.length === 1
    ? vscode.l10n.t('Run task {0} of actor {1}?', safeText(tasks[0].name), safeText(actorName(tasks[0])) || '—')
    : vscode.l10n.t('Run these {0} tasks, each once?', tasks.length);
  const listed = tasks.length === 1 ? [] : tasks.slice(0, LISTED).map((task) => `• ${named(task)}`);
  if (tasks.length > LISTED) listed.push(vscode.l10n.t('…and {0} more', tasks.length - LISTED));
  const cost = customInput
    ? vscode.l10n.t("A run uses your Apify account's credits. It starts with the input you gave instead of the task's saved input.")
    : vscode.l10n.t("A run uses your Apify account's credits. It starts with the task's saved input and options.");
  const detail = [...listed, ...(listed.length ? [''] : []), cost].join('\n');
  const prompt = { message, detail, buttons: [run, always] };
  const answer = answerForTests
    ? answerForTests(prompt)
    : await vscode.window.showWarningMessage(message, { modal: true, detail }, run, always)
      .then((picked) => (picked === run ? 'run' : picked === always ? 'run-always' : undefined));
  if (answer === 'run-always') await settings.stopConfirmingRuns();
  return answer !== undefined;
}
