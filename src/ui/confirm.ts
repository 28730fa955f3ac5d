import * as vscode from 'vscode';

/** Asks the person to confirm `action` (a button's label); resolves true only when they choose it. */
export type Confirm = (message: string, detail: string, action: string) => Promise<boolean>;

/** A modal dialog: VS Code's own, so it reads the same as every other confirmation. */
export const modalConfirm: Confirm = async (message, detail, action) =>
  (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;
