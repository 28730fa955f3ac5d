// Extensions as a user has them: copied into code-server's extensions folder under
// <publisher>.<name>-<version>, where VS Code scans at startup (no .vsix needed).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../host/paths';

let shipped: string[] | undefined;

/** The files the .vsix holds, as vsce itself lists them (it applies .vscodeignore). */
function shippedFiles(): string[] {
  shipped ??= execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n').map((line) => line.trim()).filter(Boolean);
  return shipped;
}

export function installCopy(source: string, extensionsDir: string, entries?: string[]): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  for (const entry of entries ?? fs.readdirSync(source)) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
}

/** The Apify Tasks extension as it ships: exactly the files `vsce package` would put in the .vsix. */
export function installShippedExtension(extensionsDir: string): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run "npm run build:production" first');
  installCopy(repoRoot, extensionsDir, shippedFiles());
}

/**
 * VS Code runs a test module only beside an extension under development, and takes one such
 * folder. For activation both measured extensions must be installed alike, so the suite gets
 * its own code-less development extension: a copy of the compiled bench suite and a manifest.
 */
export function createHarnessExtension(folder: string): string {
  const compiled = path.join(repoRoot, 'out', 'test', 'bench');
  for (const part of ['suite', 'shared']) fs.cpSync(path.join(compiled, part), path.join(folder, part), { recursive: true });
  const manifest = { name: 'bench-harness', publisher: 'apify-tasks-bench', version: '0.0.1', engines: { vscode: '^1.85.0' } };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

/**
 * The floor extension (test/bench/floor-extension) as a user would have it: its manifest and
 * icon copied, its code bundled with node-fetch the way the Apify extension bundles it.
 */
export function installFloorExtension(extensionsDir: string): void {
  const source = path.join(repoRoot, 'test', 'bench', 'floor-extension');
  installCopy(source, extensionsDir, ['package.json', 'icon.svg']);
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build tool, loaded only here
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(source, 'extension.js')],
    outfile: path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    logLevel: 'warning',
  });
}
