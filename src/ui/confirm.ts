import * as vscode from 'vscode';

/** A modal question: its message, a detail line, and the buttons besides Cancel. */
export interface Question {
  message: string;
  detail: string;
  buttons: readonly string[];
}

/**
 * Asks `question`; resolves with the chosen button, or undefined when cancelled. In the window it
 * is VS Code's own modal dialog; integration tests answer through the test surface instead (a
 * modal blocks the test host), and UI tests click the real one.
 */
export type Ask = (question: Question) => Promise<string | undefined>;

export const modalAsk: Ask = async ({ message, detail, buttons }) =>
  vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons);

/** Asks to confirm `action` (a button's label); true only when it is chosen. */
export async function confirmAction(ask: Ask, message: string, detail: string, action: string): Promise<boolean> {
  return (await ask({ message, detail, buttons: [action] })) === action;
}
