import * as vscode from 'vscode';

/** A row's tooltip as the person reads it: a MarkdownString's text with its escapes undone. */
export function tooltipText(tooltip: vscode.TreeItem['tooltip']): string {
  if (tooltip instanceof vscode.MarkdownString) return tooltip.value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return String(tooltip ?? '');
}
