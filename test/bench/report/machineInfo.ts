// Where the figures came from, recorded with them: ratios travel between machines, milliseconds do not.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { CODE_SERVER_VERSION, repoRoot, testHostDir } from '../../host/paths';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  host: string;
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    host: `code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion()}), headless Chromium`,
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // Not Linux.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function vscodeVersion(): string {
  try {
    const manifest = `${testHostDir()}/node_modules/code-server/lib/vscode/package.json`;
    return JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** The commit measured, marked "+local changes" when the shipped code differs from it. */
export function gitCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src', 'package.json', 'package.nls.json', 'esbuild.js', 'media');
    return changed ? `${commit} +local changes` : commit;
  } catch {
    return 'unknown';
  }
}
