// Steps the task-input editor tests share: open a task's input as the row command does, edit the
// document, save it, and close every task-input editor without saving.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TaskShort } from '../../../src/api/types';
import type { FakeApifyServer } from '../../fake-apify/server';
import { waitFor } from '../support/waitFor';

export const SCHEME = 'apify-task-input';

/** A task of the fake whose actor is `actName` (its default build decides the schema). */
export function taskOf(fake: FakeApifyServer, actName: string, where: (task: TaskShort) => boolean = () => true): TaskShort {
  const task = fake.tasks.find((candidate) => candidate.actName === actName && where(candidate));
  if (!task) throw new Error(`the fake has no task of ${actName}`);
  return task;
}

/** Runs Open Task Input on the task's row and waits until its editor is the active one. */
export async function openInput(task: TaskShort): Promise<vscode.TextEditor> {
  const opened = await vscode.commands.executeCommand<vscode.Uri[]>('apifyTasks.openTaskInput', { kind: 'task', task }, undefined);
  assert.equal(opened?.length, 1, 'Open Task Input opened no document');
  await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === opened[0].toString(), 'the input editor is active');
  return vscode.window.activeTextEditor!;
}

export async function replaceText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  assert.ok(await editor.edit((edit) => edit.replace(all, text)));
}

/** The task-input tabs open now. */
export function inputTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === SCHEME);
}

/** Reverts and closes every editor, so the next test starts with none (and no save dialog). */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.scheme !== SCHEME || !doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The fake's requests that wrote a task or its input. */
export function writes(fake: FakeApifyServer) {
  return fake.requests.filter((request) => request.method === 'PUT' || request.method === 'POST');
}

/**
 * VS Code in a browser saves after a 1 s pause by default (files.autoSave afterDelay): the tests
 * save when they mean to, so each save they assert on is theirs.
 */
export async function setAutoSave(value: 'off' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', value, vscode.ConfigurationTarget.Global);
}
