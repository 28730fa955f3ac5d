// The few steps the bench takes through the extension's public surface: its commands, its
// settings and the object activate() returns (as scripts and the integration tests do).
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import { extensionApi } from '../../integration/support/extensionApi';
import { waitFor } from '../../integration/support/waitFor';

export { extensionApi };

export async function configure(settings: { pageSize?: number; apiBaseUrl?: string }): Promise<void> {
  const config = vscode.workspace.getConfiguration('apifyTasks');
  for (const [key, value] of Object.entries(settings)) {
    await config.update(key, value, vscode.ConfigurationTarget.Global);
  }
}

export async function signIn(token: string): Promise<void> {
  const stored = await vscode.commands.executeCommand<boolean>('apifyTasks.setToken', token);
  if (!stored) throw new Error('the fake API token was not accepted');
}

export async function showView(api: ApifyTasksApi): Promise<void> {
  await vscode.commands.executeCommand('apifyTasks.focus');
  await waitFor(() => api.view.visible, 'the Tasks view is visible');
}

export async function hideView(api: ApifyTasksApi): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.explorer');
  await waitFor(() => !api.view.visible, 'the Tasks view is hidden');
}

export function refresh(): Thenable<unknown> {
  return vscode.commands.executeCommand('apifyTasks.refresh');
}

export function loadMore(): Thenable<string> {
  return vscode.commands.executeCommand<string>('apifyTasks.loadMore');
}

export function toggleSortOrder(): Thenable<unknown> {
  return vscode.commands.executeCommand('apifyTasks.toggleSortOrder');
}
