import * as vscode from 'vscode';

const TOKEN_KEY = 'apifyTasks.apiToken';
const ACCOUNT_KEY = 'apifyTasks.accountName';

/**
 * The API token, kept only in SecretStorage, with an in-memory copy so rows and commands need
 * no async read. The account name shown in the view is not secret and lives in globalState.
 * The stored token is read in the background: activation does not wait for a round trip to the
 * window; `ready` settles once it is known, and `onDidChange` fires if one was stored.
 */
export class TokenStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** When the token changes here or in another window. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private cached: string | undefined;
  /** Settles when the stored token has been read. */
  readonly ready: Promise<void>;

  constructor(private readonly secrets: vscode.SecretStorage, private readonly globalState: vscode.Memento) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === TOKEN_KEY) void this.reload();
    });
    this.ready = this.reload();
  }

  get token(): string | undefined {
    return this.cached;
  }

  get accountName(): string | undefined {
    return this.cached === undefined ? undefined : this.globalState.get<string>(ACCOUNT_KEY);
  }

  async store(token: string, accountName: string): Promise<void> {
    await this.globalState.update(ACCOUNT_KEY, accountName);
    await this.secrets.store(TOKEN_KEY, token);
    this.update(token);
  }

  async clear(): Promise<void> {
    await this.secrets.delete(TOKEN_KEY);
    await this.globalState.update(ACCOUNT_KEY, undefined);
    this.update(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private async reload(): Promise<void> {
    let token: string | undefined;
    try {
      token = await this.secrets.get(TOKEN_KEY);
    } catch {
      // Secret storage unreadable (e.g. no keyring): as if signed out; storing a token says why it fails.
    }
    this.update(token);
  }

  private update(token: string | undefined): void {
    if (token === this.cached) return;
    this.cached = token;
    this.changed.fire();
  }
}
