// Steps through the extension's public surface that the integration suite and the benchmark share.
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import { waitFor } from './waitFor';

export async function configure(settings: { pageSize?: number; runsPageSize?: number; apiBaseUrl?: string }): Promise<void> {
  const config = vscode.workspace.getConfiguration('apifyTasks');
  for (const [key, value] of Object.entries(settings)) {
    await config.update(key, value, vscode.ConfigurationTarget.Global);
  }
}

export async function signInWith(token: string): Promise<void> {
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
