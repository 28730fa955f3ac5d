import * as vscode from 'vscode';

const TOKEN_KEY = 'apifyTasks.apiToken';
const ACCOUNT_KEY = 'apifyTasks.accountName';

/**
 * The API token, kept only in SecretStorage, with an in-memory copy so rows and commands need
 * no async read. The account name shown in the view is not secret and lives in globalState.
 */
export class TokenStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** When the token changes here or in another window. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  private constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly globalState: vscode.Memento,
    private cached: string | undefined,
  ) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === TOKEN_KEY) void this.reload();
    });
  }

  static async open(secrets: vscode.SecretStorage, globalState: vscode.Memento): Promise<TokenStore> {
    return new TokenStore(secrets, globalState, await secrets.get(TOKEN_KEY));
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
    this.update(await this.secrets.get(TOKEN_KEY));
  }

  private update(token: string | undefined): void {
    if (token === this.cached) return;
    this.cached = token;
    this.changed.fire();
  }
}
