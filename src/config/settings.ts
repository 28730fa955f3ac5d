import * as vscode from 'vscode';

export const DEFAULT_API_BASE_URL = 'https://api.apify.com';
const SECTION = 'apifyTasks';

/** The extension's settings, read fresh each time so a change applies at once. */
export class Settings {
  get pageSize(): number {
    return pageSizeSetting('pageSize', 100);
  }

  /** How many runs each page under a task loads (`apifyTasks.runsPageSize`, 1–1000, default 20). */
  get runsPageSize(): number {
    return pageSizeSetting('runsPageSize', 20);
  }

  get apiBaseUrl(): string {
    const value = vscode.workspace.getConfiguration(SECTION).get<string>('apiBaseUrl', DEFAULT_API_BASE_URL);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_API_BASE_URL;
  }

  /** Ask before Run Task starts a run (it costs credits); anything but `false` asks. */
  get confirmBeforeRun(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<unknown>('confirmBeforeRun', true) !== false;
  }

  /** "Run and Don't Ask Again": in user settings (the setting is application-scoped). */
  stopConfirmingRuns(): Thenable<void> {
    return vscode.workspace.getConfiguration(SECTION).update('confirmBeforeRun', false, vscode.ConfigurationTarget.Global);
  }

  /** Fires when any setting of this extension changes. */
  onDidChange(listener: () => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) listener();
    });
  }
}

/** A page size from settings.json, which can hold anything; the API accepts 1–1000. */
function pageSizeSetting(key: string, fallback: number): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>(key, fallback);
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1000, Math.max(1, Math.trunc(value))) : fallback;
}
