import * as vscode from 'vscode';

export const DEFAULT_API_BASE_URL = 'https://api.apify.com';
const SECTION = 'apifyTasks';
/** Above this, a results document would be too large to be useful in an editor anyway. */
const MAX_RESULTS_LIMIT = 100_000;
const LISTING_SETTINGS = ['pageSize', 'runsPageSize', 'apiBaseUrl'];

/** The extension's settings, read fresh each time so a change applies at once. */
export class Settings {
  get pageSize(): number {
    return pageSizeSetting('pageSize', 100);
  }

  /** How many runs each page under a task loads (`apifyTasks.runsPageSize`, 1–1000, default 20). */
  get runsPageSize(): number {
    return pageSizeSetting('runsPageSize', 20);
  }

  /** Most items a run's results document shows (apifyTasks.resultsLimit, 1 or more). */
  get resultsLimit(): number {
    const value = vscode.workspace.getConfiguration(SECTION).get<number>('resultsLimit', 1000);
    return Number.isFinite(value) ? Math.min(MAX_RESULTS_LIMIT, Math.max(1, Math.trunc(value))) : 1000;
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

  /**
   * Fires when a setting that changes what the Tasks view lists changes (where from, how many per
   * page). The others (results limit, run confirmation) are read when used and reload nothing.
   */
  onDidChangeListing(listener: () => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((event) => {
      if (LISTING_SETTINGS.some((key) => event.affectsConfiguration(`${SECTION}.${key}`))) listener();
    });
  }
}

/** A page size from settings.json, which can hold anything; the API accepts 1–1000. */
function pageSizeSetting(key: string, fallback: number): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>(key, fallback);
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1000, Math.max(1, Math.trunc(value))) : fallback;
}
