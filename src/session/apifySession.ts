import * as vscode from 'vscode';
import { throwIfAborted } from '../api/abort';
import { ApifyClient, type RetryOptions } from '../api/apifyClient';
import { ApifyHttpError } from '../api/errors';
import type { Run } from '../api/runTypes';
import { Pager } from '../paging/pager';
import { RunWatcher } from '../runs/runWatcher';
import type { TokenStore } from '../auth/tokenStore';
import type { Settings } from '../config/settings';
import type { SortOrder } from '../config/sortOrder';
import { TaskPager } from '../tasks/taskPager';
import type { TaskPagerSource } from '../tree/tasksTreeProvider';
import { logRequest } from './requestLog';

/** Builds API clients and pagers from the current token, settings and order. */
export class ApifySession implements TaskPagerSource, vscode.Disposable {
  /**
   * The one follower of unfinished runs in this window: run rows, Run Task's status bar and its
   * notifications all listen to it, so no run is polled twice. It always asks with the token
   * stored now; a new token or a sign-out stops every poll (see the constructor).
   */
  readonly runWatcher: RunWatcher<Run>;
  private readonly subscription: vscode.Disposable;
  /** The latest token re-check (recheckToken); list requests wait for it. */
  private tokenCheck: Promise<void> = Promise.resolve();

  constructor(
    readonly tokens: TokenStore,
    readonly settings: Settings,
    readonly sortOrder: SortOrder,
    private readonly log: vscode.LogOutputChannel,
    private readonly userAgent: string,
    /**
     * Overrides of the client's retry timing (none: give up within about 20 s). Only the test
     * surface that `activate` returns in ExtensionMode.Test changes them.
     */
    private readonly retryTiming: () => Partial<RetryOptions> = () => ({}),
  ) {
    this.runWatcher = new RunWatcher<Run>({
      fetchRun: (runId, request) => {
        const client = this.client;
        if (!client) return Promise.reject(new Error('signed out'));
        return client.getRun({ runId, waitForFinishS: request.waitForFinishSecs, signal: request.signal });
      },
      // A run that is gone, or a token that may not read it, will not get better by asking again.
      isPermanent: (error) => error instanceof ApifyHttpError && [401, 403, 404].includes(error.status),
    });
    this.subscription = tokens.onDidChange(() => this.runWatcher.unwatchAll());
  }

  dispose(): void {
    this.subscription.dispose();
    this.runWatcher.dispose();
  }

  /** Settles when the stored token has been read. */
  get ready(): Promise<void> {
    return this.tokens.ready;
  }

  /**
   * Before a load the user asked for: re-reads the stored token, in case another window signed
   * in or out without this one hearing of it; a change reloads the list (see activate).
   */
  async recheckToken(): Promise<void> {
    const check = this.tokens.ready.then(() => this.tokens.reread({ trustStorage: false }));
    this.tokenCheck = check;
    await check;
  }

  /**
   * Sends a list request once the latest token re-check has settled, unless the list was
   * dropped meanwhile: a Refresh re-checks while VS Code asks the view for its rows, and a
   * token found changed reloads the list (disposing this one) before any request leaves.
   */
  private async afterTokenCheck<T>(signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> {
    await this.tokenCheck;
    throwIfAborted(signal);
    return send();
  }

  get signedIn(): boolean {
    return this.tokens.token !== undefined;
  }

  /** A client for the stored token; undefined while signed out. */
  get client(): ApifyClient | undefined {
    const token = this.tokens.token;
    return token === undefined ? undefined : this.clientFor(token);
  }

  /** A client for `token`, e.g. to check a token before it is stored. */
  clientFor(token: string): ApifyClient {
    return new ApifyClient({
      token,
      baseUrl: this.settings.apiBaseUrl,
      userAgent: this.userAgent,
      retry: this.retryTiming(),
      onRequest: (entry) => logRequest(this.log, entry),
    });
  }

  /** The task list in the view's order; `readAhead` for a caller that loads all of it (see PagerOptions). */
  createPager(options: { pageSize?: number; readAhead?: boolean } = {}): TaskPager | undefined {
    const client = this.client;
    if (!client) return undefined;
    return new TaskPager({
      lister: { listTasks: (request) => this.afterTokenCheck(request.signal, () => client.listTasks(request)) },
      pageSize: options.pageSize ?? this.settings.pageSize,
      descending: this.sortOrder.descending,
      readAhead: options.readAhead,
    });
  }

  /** One task's runs, newest first, `apifyTasks.runsPageSize` a page; undefined while signed out. */
  createRunPager(taskId: string): Pager<Run> | undefined {
    const client = this.client;
    if (!client) return undefined;
    return new Pager<Run>({
      source: (request) => this.afterTokenCheck(request.signal, () => client.listTaskRuns({ taskId, ...request })),
      pageSize: this.settings.runsPageSize,
      descending: true,
    });
  }

  /**
   * Publishes `apifyTasks.account` (`signedIn` or `signedOut`), which the welcome view and menus
   * read. It stays unset until the stored token has been read, so the welcome view does not flash.
   */
  publishAccount(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', 'apifyTasks.account', this.signedIn ? 'signedIn' : 'signedOut');
  }
}
