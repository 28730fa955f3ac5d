import * as vscode from 'vscode';
import { taskIdOfPath } from '../input/taskInputPath';
import type { InputSchemas } from './inputSchemas';
import { TASK_INPUT_SCHEME } from './taskInputDocuments';

/** A status bar item, while a task input is the active editor, saying whether its actor's schema drives the editor and, if not, why. */
export class SchemaStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('apifyTasks.inputSchema', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly schemas: InputSchemas) {
    this.item.name = vscode.l10n.t('Apify Input Schema');
    this.subscriptions = [vscode.window.onDidChangeActiveTextEditor(() => this.update()), schemas.onDidChange(() => this.update())];
    this.update();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const taskId = uri?.scheme === TASK_INPUT_SCHEME ? taskIdOfPath(uri.path) : undefined;
    const state = taskId === undefined ? undefined : this.schemas.state(taskId);
    if (!state) {
      this.item.hide();
      return;
    }
    if (state.kind === 'loading') {
      this.item.text = `$(loading~spin) ${vscode.l10n.t('Input schema')}`;
      this.item.tooltip = vscode.l10n.t("Reading the actor's input schema…");
    } else if (state.kind === 'ready') {
      this.item.text = `$(json) ${vscode.l10n.t('Input schema')}`;
      this.item.tooltip = vscode.l10n.t("Completion, hovers and problems come from the actor's input schema.");
    } else {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('No input schema')}`;
      this.item.tooltip = vscode.l10n.t('Edited as plain JSON: {0}', state.reason);
    }
    this.item.accessibilityInformation = { label: `${this.item.text.replace(/^\$\([^)]*\) /, '')}. ${String(this.item.tooltip)}` };
    this.item.show();
  }
}
