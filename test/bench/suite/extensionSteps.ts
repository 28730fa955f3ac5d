// The few steps the bench takes through the extension's public surface: its commands, its
// settings and the object activate() returns (as scripts and the integration tests do).
import * as vscode from 'vscode';
import { extensionApi } from '../../integration/support/extensionApi';
import { configure, hideView, showView, signInWith } from '../../integration/support/extensionSteps';

export { configure, extensionApi, hideView, showView, signInWith as signIn };

export function refresh(): Thenable<unknown> {
  return vscode.commands.executeCommand('apifyTasks.refresh');
}

export function loadMore(): Thenable<string> {
  return vscode.commands.executeCommand<string>('apifyTasks.loadMore');
}

export function toggleSortOrder(): Thenable<unknown> {
  return vscode.commands.executeCommand('apifyTasks.toggleSortOrder');
}
