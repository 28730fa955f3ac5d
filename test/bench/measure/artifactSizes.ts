// 1. Sizes: dist/extension.js as built for production, and the .vsix as `npm run package` makes it
// (vsce runs the prepublish build itself). A failed packaging is reported, not fatal: the other
// figures are still worth having, and vsce's complaint is part of the report.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../host/paths';

export interface ArtifactSizes {
  bundleBytes: number;
  /** Every file in dist/ (a build may split code into more than one). */
  distFiles: Record<string, number>;
  vsixBytes?: number;
  /** vsce's error, when packaging failed. */
  vsixError?: string;
  /** Lines vsce printed as warnings. */
  vsixWarnings: string[];
}

const VSIX = path.join(repoRoot, 'dist-vsix', 'apify-tasks.vsix');

export async function measureArtifactSizes(): Promise<ArtifactSizes> {
  fs.rmSync(VSIX, { force: true });
  const { code, output } = await run('npm', ['run', 'package']);
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const vsixWarnings = lines.filter((line) => /\bwarning\b/i.test(line));
  const dist = path.join(repoRoot, 'dist');
  const bundleBytes = fs.statSync(path.join(dist, 'extension.js')).size;
  const distFiles = Object.fromEntries(fs.readdirSync(dist).map((name) => [name, fs.statSync(path.join(dist, name)).size]));
  if (code !== 0 || !fs.existsSync(VSIX)) {
    const vsixError = lines.filter((line) => /\berror\b/i.test(line)).join(' ') || `npm run package exited with ${code}`;
    return { bundleBytes, distFiles, vsixError, vsixWarnings };
  }
  return { bundleBytes, distFiles, vsixBytes: fs.statSync(VSIX).size, vsixWarnings };
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
