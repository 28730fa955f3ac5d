// The extension as a user installs it: packaged by vsce into a .vsix (its prepublish step
// type-checks and builds for production), then installed by code-server's own
// `--install-extension`, exactly as from the Extensions view's "Install from VSIX…".
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, repoRoot } from './paths';

/**
 * Runs `npm run package` (the package script's own vsce flags: what users get) and returns a
 * copy of the .vsix in a temp folder of its own; the caller removes that folder.
 */
export function packageVsix(): string {
  execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'pipe' });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-vsix-')), 'apify-tasks.vsix');
  fs.copyFileSync(path.join(repoRoot, 'dist-vsix', 'apify-tasks.vsix'), out);
  return out;
}

/** Installs a .vsix into code-server's extensions folder. */
export function installWithCodeServer(source: string, dirs: { userDataDir: string; extensionsDir: string }): void {
  execFileSync(process.execPath, [
    codeServerEntry(),
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    '--install-extension', source,
  ], { stdio: 'pipe', env: { ...process.env, EXTENSIONS_GALLERY: '{}' }, timeout: 120_000 });
}
