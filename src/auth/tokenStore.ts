import * as vscode from 'vscode';
import { isSignedOutNote, type SignInMarker } from './signInMarker';

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
  /** Counts store() and clear() calls, so a read that overlaps one does not undo it. */
  private writes = 0;
  private writing = 0;
  /** The shared sign-in note as this window last read or wrote it. */
  private seenNote: string | undefined;
  /** A token another window signed out of; a re-check never takes it back from a stale SecretStorage. */
  private signedOutElsewhere: string | undefined;
  /** Settles when the stored token has been read. */
  readonly ready: Promise<void>;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly globalState: vscode.Memento,
    private readonly marker: SignInMarker,
  ) {
    // What SecretStorage itself reports (on start, or in its change event) is current.
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === TOKEN_KEY) void this.reread({ trustStorage: true });
    });
    this.ready = this.reread({ trustStorage: true });
  }

  get token(): string | undefined {
    return this.cached;
  }

  get accountName(): string | undefined {
    return this.cached === undefined ? undefined : this.globalState.get<string>(ACCOUNT_KEY);
  }

  async store(token: string, accountName: string): Promise<void> {
    await this.write(async () => {
      await this.globalState.update(ACCOUNT_KEY, accountName);
      this.seenNote = (await this.marker.write('in')) ?? this.seenNote;
      await this.secrets.store(TOKEN_KEY, token);
    });
    this.signedOutElsewhere = undefined;
    this.update(token);
  }

  async clear(): Promise<void> {
    await this.write(async () => {
      await this.secrets.delete(TOKEN_KEY);
      this.update(undefined); // at once: requests in flight are cancelled without waiting for the rest
      await this.globalState.update(ACCOUNT_KEY, undefined);
      this.seenNote = (await this.marker.write('out')) ?? this.seenNote;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  /**
   * Reads the stored token again; `onDidChange` fires if it differs from the copy in memory.
   * SecretStorage reports changes made in other windows of a desktop VS Code, but a
   * browser-hosted one (code-server) does not, and there `get` keeps answering the old token
   * until the window reloads. So user-initiated loads and a window that regains focus re-check
   * (`trustStorage` false): a sign-out another window noted since (see SignInMarker) wins over
   * what this window's SecretStorage answers, and that token is not taken back later.
   */
  async reread({ trustStorage = false }: { trustStorage?: boolean } = {}): Promise<void> {
    const writesBefore = this.writes;
    // Both reads go through the window; asked together, a Refresh waits for one round trip, not two.
    const [note, token] = await Promise.all([
      this.marker.read(),
      // Secret storage unreadable (e.g. no keyring): as if signed out; storing a token says why it fails.
      Promise.resolve(this.secrets.get(TOKEN_KEY)).catch(() => undefined),
    ]);
    if (this.writing > 0 || this.writes !== writesBefore) return; // a store or clear since has the last word
    if (trustStorage) {
      this.signedOutElsewhere = undefined;
    } else if (note !== this.seenNote && isSignedOutNote(note)) {
      this.signedOutElsewhere = this.cached ?? token;
    }
    this.seenNote = note;
    this.update(token !== undefined && token === this.signedOutElsewhere ? undefined : token);
  }

  /** Runs a store or clear; reads that overlap it are discarded (its own change event included). */
  private async write(steps: () => Promise<void>): Promise<void> {
    this.writes++;
    this.writing++;
    try {
      await steps();
    } finally {
      this.writing--;
    }
  }

  private update(token: string | undefined): void {
    if (token === this.cached) return;
    this.cached = token;
    this.changed.fire();
  }
}
