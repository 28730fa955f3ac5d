// The extension as a user installs it: packaged by vsce into a .vsix (its prepublish step
// type-checks and builds for production), then installed by code-server's own
// `--install-extension`, exactly as from the Extensions view's "Install from VSIX…".
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, repoRoot } from './paths';

/** Runs `vsce package` into a temp folder and returns the .vsix path; the caller removes its folder. */
export function packageVsix(): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-vsix-')), 'apify-tasks.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, stdio: 'pipe' });
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
