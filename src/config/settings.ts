import * as vscode from 'vscode';

export const DEFAULT_API_BASE_URL = 'https://api.apify.com';
const SECTION = 'apifyTasks';

/** The extension's settings, read fresh each time so a change applies at once. */
export class Settings {
  get pageSize(): number {
    const value = vscode.workspace.getConfiguration(SECTION).get<number>('pageSize', 100);
    // settings.json can hold anything; the API accepts 1–1000.
    return Number.isFinite(value) ? Math.min(1000, Math.max(1, Math.trunc(value))) : 100;
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
