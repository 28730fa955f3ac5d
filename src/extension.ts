import * as vscode from 'vscode';
import { TokenStore } from './auth/tokenStore';
import { VIEW_ID } from './commands/commandIds';
import { registerCommands } from './commands/registerCommands';
import { Settings } from './config/settings';
import { SortOrder } from './config/sortOrder';
import { ApifySession } from './session/apifySession';
import { TasksTreeProvider } from './tree/tasksTreeProvider';
import { viewDescription } from './tree/viewDescription';

/** What `activate` returns: the live pieces, for scripts and the integration tests. */
export interface ApifyTasksApi {
  readonly session: ApifySession;
  readonly tree: TasksTreeProvider;
  readonly view: vscode.TreeView<unknown>;
  readonly log: vscode.LogOutputChannel;
  /** Tests read its storage (secrets, globalState, logs) and write secrets as another window would. */
  readonly context: vscode.ExtensionContext;
}

export function activate(context: vscode.ExtensionContext): ApifyTasksApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Apify Tasks'), { log: true });
  const tokens = new TokenStore(context.secrets, context.globalState);
  const version = String(context.extension.packageJSON.version ?? '0.0.0');
  const session = new ApifySession(tokens, new Settings(), new SortOrder(context.globalState), log,
    `apify-tasks-vscode/${version} (VS Code ${vscode.version})`);
  // Activation waits for neither: the sort key needs no answer, the account key needs the stored token.
  void session.sortOrder.publish();
  void tokens.ready.then(() => session.publishAccount());

  const tree = new TasksTreeProvider(session, VIEW_ID);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, canSelectMany: true });
  const describeView = () => { view.description = viewDescription(tree.current, tokens.accountName); };

  context.subscriptions.push(
    log, tokens, tree, view,
    tree.onDidChangeState(describeView),
    tokens.onDidChange(() => { void session.publishAccount(); tree.reload(); }),
    session.settings.onDidChange(() => tree.reload()),
    ...registerCommands(session, tree, { viewSelection: () => view.selection, showLog: () => log.show() }),
  );
  describeView();
  log.info(`Apify Tasks ${version} activated`);
  return { session, tree, view, log, context };
}

export function deactivate(): void {}
