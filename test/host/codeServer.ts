// Starts a real VS Code (code-server) on loopback for one test run, in throwaway folders, and
// makes sure it is gone afterwards: stop() kills its whole process group, and so does this
// process exiting, Ctrl-C or SIGTERM, so no server outlives the test that started it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry } from './paths';

export interface CodeServerOptions {
  /** Folder the workbench opens; by default an empty one in the temp folder, removed on stop. */
  folder?: string;
  /** User settings, merged over the test defaults below. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server (and so for the extension host). */
  env?: Record<string, string>;
  /** Port on 127.0.0.1; a free one by default. */
  port?: number;
  /** Link targets that open without the "open external website?" prompt, like a user's trusted domains. */
  trustedDomains?: string[];
  /** Runs after the temp folders exist and before the server starts (e.g. to install an extension). */
  beforeStart?: (dirs: { userDataDir: string; extensionsDir: string }) => void | Promise<void>;
}

export interface CodeServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  /** The workspace folder the workbench opens. */
  readonly folder: string;
  /** The workbench URL for `folder`, with optional extra query parameters (e.g. `payload`). */
  workbenchUrl(query?: Record<string, string>): string;
  /** The last lines of code-server's log. */
  logTail(lines?: number): string;
  /** Kills the process group and removes the temp folders; safe to call twice. */
  stop(): Promise<void>;
}

// Quiet, deterministic workbench: no telemetry, welcome page, trust prompt, update or gallery noise.
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
};

const START_TIMEOUT_MS = 30_000;
const KILL_GRACE_MS = 2_000;

/** Every live server, so the exit and signal handlers can kill what stop() did not. */
const live = new Set<{ pid: number; tmpRoot: string }>();

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const entry = codeServerEntry();
  installExitHandlers();
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-code-server-'));
  const userDataDir = path.join(tmpRoot, 'data');
  const extensionsDir = path.join(tmpRoot, 'extensions');
  const logFile = path.join(tmpRoot, 'code-server.log');
  const folder = options.folder ?? path.join(tmpRoot, 'workspace');
  fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  // Without --config, code-server writes one with a random password into the user's home.
  const configFile = path.join(tmpRoot, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');

  const record = { pid: 0, tmpRoot };
  try {
    await options.beforeStart?.({ userDataDir, extensionsDir });
    const port = options.port ?? (await freePort());
    const log = fs.openSync(logFile, 'a');
    const child = spawn(
      process.execPath,
      [
        entry,
        '--config', configFile,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...(options.trustedDomains ?? []).flatMap((domain) => ['--link-protection-trusted-domains', domain]),
        folder,
      ],
      // Own process group, so stop() can kill code-server together with its extension host.
      { detached: true, stdio: ['ignore', log, log], env: serverEnv(tmpRoot, options.env) },
    );
    fs.closeSync(log);
    record.pid = child.pid ?? 0;
    live.add(record);
    const origin = `http://127.0.0.1:${port}`;
    const server: CodeServer = {
      port,
      origin,
      userDataDir,
      extensionsDir,
      logFile,
      folder,
      workbenchUrl: (query = {}) => `${origin}/?${new URLSearchParams({ folder, ...query })}`,
      logTail: (lines = 40) => tail(logFile, lines),
      stop: () => stop(record, child),
    };
    try {
      await waitUntilServing(origin, child);
    } catch (error) {
      console.error(`[test-host] code-server did not start; log tail:\n${server.logTail()}`);
      await server.stop();
      throw error;
    }
    return server;
  } catch (error) {
    if (!record.pid) fs.rmSync(tmpRoot, { recursive: true, force: true });
    throw error;
  }
}

/** The parent's environment minus what would confuse code-server, plus the caller's extras. */
function serverEnv(tmpRoot: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    // Variables of an enclosing VS Code (when run from its terminal) or code-server's own inputs.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  for (const key of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN']) delete env[key];
  // Tells VS Code not to spawn a login shell to read its environment (slow, detached from our
  // process group): the extension host then sees exactly this environment.
  env.VSCODE_CLI = '1';
  // code-server keeps logs and state in the XDG folders; keep them inside the temp root.
  env.XDG_CONFIG_HOME = path.join(tmpRoot, 'xdg-config');
  env.XDG_DATA_HOME = path.join(tmpRoot, 'xdg-data');
  // An empty gallery turns the extension gallery off, instead of failing DNS lookups of open-vsx.org.
  env.EXTENSIONS_GALLERY = '{}';
  return { ...env, ...extra };
}

/** Asks the OS for a free port by binding port 0, then releases it for code-server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer within ${START_TIMEOUT_MS} ms`);
}

async function stop(record: { pid: number; tmpRoot: string }, child: ChildProcess): Promise<void> {
  if (!live.delete(record)) return;
  killGroup(record.pid, 'SIGTERM');
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([exited, delay(KILL_GRACE_MS)]);
  // The extension host may outlive the main process; SIGKILL whatever is left in the group.
  await delay(100);
  killGroup(record.pid, 'SIGKILL');
  fs.rmSync(record.tmpRoot, { recursive: true, force: true });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

let handlersInstalled = false;

/** Last-resort cleanup when the test process ends without calling stop(). */
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const record of live) {
      killGroup(record.pid, 'SIGKILL');
      fs.rmSync(record.tmpRoot, { recursive: true, force: true });
    }
    live.clear();
  };
  process.once('exit', killAll);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(code);
    });
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
