import * as vscode from 'vscode';
import { runDocumentTitle, type RunDocumentKind } from './runDocumentTitle';

/** The scheme of run logs and results: documents only this extension serves, read-only. */
export const RUN_DOCUMENT_SCHEME = 'apify-run';

/**
 * Serves run logs and results as read-only virtual documents. A TextDocumentContentProvider
 * rather than a FileSystemProvider: its documents are read-only by construction (no save, no
 * "file changed on disk"), `onDidChange` is all a growing log needs, and nothing about them looks
 * like a file another extension could write. The URI is made of the title and the run ID only:
 * the token never appears in it (it is in no URI, editor tab or recent-files list).
 */
export class RunDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(RUN_DOCUMENT_SCHEME, this),
      // A closed document's text (up to the cap) is not kept. A change of language also "closes"
      // the document, with its tab still open: that one keeps it.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === RUN_DOCUMENT_SCHEME && !RunDocuments.isShown(document.uri)) this.texts.delete(document.uri.toString());
      }),
    ];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changes.dispose();
    this.texts.clear();
  }

  /** The URI of a run's log or results: the title (safe text) as its path, the run ID in its query. */
  uriFor(kind: RunDocumentKind, taskName: string, run: { id: string; startedAt?: string }): vscode.Uri {
    const query = new URLSearchParams({ kind, run: run.id }).toString();
    return vscode.Uri.from({ scheme: RUN_DOCUMENT_SCHEME, path: `/${runDocumentTitle(taskName, run, kind)}`, query });
  }

  /** Sets the text of `uri`; an open document shows the change. */
  set(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    if (this.texts.get(key) === text) return;
    this.texts.set(key, text);
    this.changes.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    // E.g. an editor restored after a reload: the run's text is not loaded again on its own.
    return this.texts.get(uri.toString())
      ?? vscode.l10n.t('This run document is no longer loaded. Open it again from the Apify Tasks view.');
  }

  /** Opens `uri` in an editor (with `text`), as JSON with comments or as a log. */
  async show(uri: vscode.Uri, text: string, language: 'log' | 'jsonc'): Promise<vscode.TextDocument> {
    this.set(uri, text);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }

  /** Whether an editor tab still shows `uri` (a document can outlive its tab for a while). */
  static isShown(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) =>
      tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
  }
}
