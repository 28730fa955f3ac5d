// Where the offline test host lives. scripts/setup-test-host.sh installs code-server into the same
// folder (same env var, same default), so keep the two in step when the version changes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** This project's cache folder, outside the repo. */
export function cacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'apify-tasks-vscode');
}

/** The versioned cache folder holding the code-server install. */
export function testHostDir(): string {
  const override = process.env.APIFY_TASKS_TEST_HOST_DIR;
  return override ? path.resolve(override) : path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's Node entry point; run it with process.execPath so it gets this same Node. */
export function codeServerEntry(): string {
  const dir = testHostDir();
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  // The setup script writes this marker only after a complete install.
  if (!fs.existsSync(path.join(dir, '.install-complete')) || !fs.existsSync(entry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${dir}: run "bash scripts/setup-test-host.sh"`);
  }
  return entry;
}

/** Debian's Chromium by default; playwright-core cannot download its own browser here. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The repo root: the nearest folder above this file whose package.json is the extension's. */
export const repoRoot: string = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).contributes) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no extension package.json above ${start}`);
  }
}

/** The extension's manifest (publisher, name, version), read from the repo root. */
export function extensionManifest(): { publisher: string; name: string; version: string } {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}
