import * as vscode from 'vscode';
import type { RetryOptions } from './api/apifyClient';
import { SignInMarker } from './auth/signInMarker';
import { TokenStore } from './auth/tokenStore';
import { VIEW_ID } from './commands/commandIds';
import { registerCommands } from './commands/registerCommands';
import { registerTaskInputEditor, type TaskInputTestSurface } from './inputEditor/registerTaskInputEditor';
import { Settings } from './config/settings';
import { SortOrder } from './config/sortOrder';
import { ApifySession } from './session/apifySession';
import { modalAsk, type Ask } from './ui/confirm';
import { StartedRuns } from './ui/startedRuns';
import { TasksTreeProvider } from './tree/tasksTreeProvider';
import { viewDescription } from './tree/viewDescription';

/**
 * The live pieces, for the integration tests and the benchmark. `activate` returns it only in
 * ExtensionMode.Test (a host started with extensionTestsPath): any extension may call
 * `activate()`, and in an installed extension nothing it gets may reach the token, the secrets
 * or the context.
 */
export interface ApifyTasksApi {
  readonly session: ApifySession;
  readonly tree: TasksTreeProvider;
  readonly view: vscode.TreeView<unknown>;
  readonly log: vscode.LogOutputChannel;
  /** Tests read its storage (secrets, globalState, logs) and write secrets as another window would. */
  readonly context: vscode.ExtensionContext;
  /** Answers every modal question (Run Task, Abort Run, …) instead of the dialog, which blocks the test host; undefined restores the dialog. */
  setAsk(ask: Ask | undefined): void;
  /** Replaces the client's retry timing for the requests that follow, e.g. fast retries for failure tests; `{}` restores the defaults. */
  setRetry(timing: Partial<RetryOptions>): void;
  /** Run Task's started runs (status bar, notifications, what a reload picks up). */
  readonly startedRuns: StartedRuns;
  /** The task-input editor: answer its conflict dialog, read its schema state. */
  readonly taskInput: TaskInputTestSurface;
}

export function activate(context: vscode.ExtensionContext): ApifyTasksApi | undefined {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Apify Tasks'), { log: true });
  const tokens = new TokenStore(context.secrets, context.globalState, new SignInMarker(context.globalStorageUri));
  const version = String(context.extension.packageJSON.version ?? '0.0.0');
  let retry: Partial<RetryOptions> = {};
  let askOverride: Ask | undefined;
  const ask: Ask = (question) => (askOverride ?? modalAsk)(question);
  const session = new ApifySession(tokens, new Settings(), new SortOrder(context.globalState), log,
    `apify-tasks-vscode/${version} (VS Code ${vscode.version})`, () => retry);
  // Activation waits for neither: the sort key needs no answer, the account key needs the stored token.
  void session.sortOrder.publish();
  void tokens.ready.then(() => session.publishAccount());

  const tree = new TasksTreeProvider(session, VIEW_ID);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  const startedRuns = new StartedRuns(session, context.globalState);
  void startedRuns.start();
  const taskInput = registerTaskInputEditor(session, { session, tree, startedRuns, ask });
  const describeView = () => { view.description = viewDescription(tree.current, tokens.accountName); };

  context.subscriptions.push(
    log, tokens, session, tree, view, startedRuns,
    tree.onDidChangeState(describeView),
    tokens.onDidChange(() => { void session.publishAccount(); tree.reload(); }),
    session.settings.onDidChangeListing(() => tree.reload()),
    // Browser-hosted VS Code tells no other window of a sign-in or out: look again on coming back.
    vscode.window.onDidChangeWindowState((state) => { if (state.focused) void session.recheckToken(); }),
    ...registerCommands(session, tree, {
      viewSelection: () => view.selection,
      showLog: () => log.show(),
      runs: { session, tree, startedRuns, ask },
      ask,
    }),
    ...taskInput.disposables,
  );
  describeView();
  log.info(`Apify Tasks ${version} activated`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    session, tree, view, log, context, startedRuns,
    setRetry: (timing) => { retry = { ...timing }; },
    setAsk: (answer) => { askOverride = answer; },
    taskInput: taskInput.testSurface,
  };
}

export function deactivate(): void {}
