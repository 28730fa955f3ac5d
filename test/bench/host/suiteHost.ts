// Runs one in-host bench suite: a fresh code-server, headless Chromium opening its workbench with
// VS Code's `payload` URL parameter (extensionDevelopmentPath ×n + extensionTestsPath), exactly as
// runIntegration does for the tests. Resolves when the suite's run() settles; always stops both.
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../../host/browser';
import { startCodeServer, type CodeServer } from '../../host/codeServer';

export interface SuiteHostOptions {
  /** The folder loaded as the extension under development (VS Code takes one); it must hold the suite. */
  developmentPath: string;
  /** Compiled module exporting run(), loaded in the extension host. */
  suiteEntry: string;
  /** Runs before code-server starts, e.g. to copy extensions into its extensions folder. */
  beforeStart?: (dirs: { userDataDir: string; extensionsDir: string }) => void;
  /** Extra environment for code-server, inherited by the extension host. */
  env: Record<string, string>;
  timeoutMs: number;
  /** Prefix of the suite's console lines, e.g. "[activation 3]". */
  label: string;
  /** Called with the workbench page before it loads, for UI measurements during the run. */
  onPage?: (page: Page) => void;
}

// Messages the workbench logs on every start; they say nothing about the bench.
const WORKBENCH_CHATTER =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:|Ignoring fetching additional builtin extensions)/;

export async function runSuiteInHost(options: SuiteHostOptions): Promise<void> {
  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  let failed = true;
  try {
    server = await startCodeServer({ env: options.env, beforeStart: options.beforeStart });
    browser = await launchBrowser(server.origin);
    const { page } = browser;
    let finish: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...args);
      if (WORKBENCH_CHATTER.test(line)) return;
      process.stdout.write(`${options.label} ${type === 'error' || type === 'warn' ? `[${type}] ` : ''}${line}\n`);
    });
    page.on('crash', () => finish(1));
    options.onPage?.(page);

    const authority = `127.0.0.1:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${options.developmentPath}`],
      ['extensionTestsPath', `vscode-remote://${authority}${options.suiteEntry}`],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(server.workbenchUrl({ payload }));

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(124), options.timeoutMs)));
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (code === 124) throw new Error(`${options.label} the suite gave no result within ${options.timeoutMs} ms`);
    if (code !== 0) throw new Error(`${options.label} the suite failed (exit code ${code})`);
    failed = false;
  } finally {
    if (failed && server) console.error(`${options.label} code-server log tail:\n${server.logTail(20)}`);
    await browser?.close();
    await server?.stop();
  }
}
