import * as vscode from 'vscode';

/**
 * A note, in a file every window of this machine's VS Code shares, of the last sign-in or
 * sign-out. Needed because a browser-hosted VS Code (code-server) keeps each window's view of
 * SecretStorage in memory: another window's Sign Out neither reaches its `onDidChange` nor its
 * `get`, which keeps returning the old token until the window reloads. The note holds no secret:
 * only `in` or `out` and a random id that tells one event from the next.
 */
export class SignInMarker {
  constructor(private readonly folder: vscode.Uri) {}

  private get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, 'sign-in-state');
  }

  /** The last note written by any window, or undefined if none or unreadable. */
  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
    } catch {
      return undefined;
    }
  }

  /** Records a sign-in or sign-out and returns the note; undefined if it could not be written. */
  async write(state: 'in' | 'out'): Promise<string | undefined> {
    const note = `${state} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(note));
      return note;
    } catch {
      return undefined; // e.g. a read-only profile: other windows then learn of it only when reloaded
    }
  }
}

export function isSignedOutNote(note: string | undefined): boolean {
  return note?.startsWith('out ') ?? false;
}
