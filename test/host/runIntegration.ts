// `npm run test:integration`: runs the mocha suite of test/integration inside the real extension
// host of code-server, the offline stand-in for @vscode/test-electron. The workbench is opened with
// VS Code's `payload` URL parameter (extensionDevelopmentPath + extensionTestsPath), as VS Code's
// own web integration tests do; the suite's console output and exit code come back through the
// `codeAutomationLog` / `codeAutomationExit` hooks the workbench calls on the page.
//
// Env: APIFY_TASKS_TEST_TIMEOUT_MS (default 600000) bounds the whole run. Everything else in the
// environment reaches the extension host unchanged, e.g. APIFY_TASKS_TEST_GREP for the suite.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { repoRoot } from './paths';
import { createTestCertificate } from './testCertificate';

const TIMEOUT_MS = Number(process.env.APIFY_TASKS_TEST_TIMEOUT_MS) || 10 * 60_000;
const TESTS_ENTRY = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const VERBOSE = Boolean(process.env.APIFY_TASKS_TEST_VERBOSE);
// Connection and startup messages the workbench logs on every run; APIFY_TASKS_TEST_VERBOSE shows them.
const WORKBENCH_CHATTER =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:|Ignoring fetching additional builtin extensions)/;

async function main(): Promise<number> {
  if (!fs.existsSync(TESTS_ENTRY)) throw new Error(`${TESTS_ENTRY} is missing: run "npx tsc -p ." first`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run "npm run build" first');

  const started = Date.now();
  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  let tlsDir: { dir: string } | undefined;
  let code = 1;
  try {
    // The suite's workbench refuses dialogs, so Apify Console is trusted as a user may trust it;
    // the UI tests answer the real "open external website?" prompt instead.
    // A certificate the extension host trusts, for the fake API over https (proxy tests).
    const certificate = createTestCertificate();
    tlsDir = certificate;
    server = await startCodeServer({ trustedDomains: ['https://console.apify.com'], env: certificate.env });
    browser = await launchBrowser(server.origin);
    const { page } = browser;
    let finish: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (value: number) => finish(value));
    page.on('crash', () => {
      console.error('[test-host] the workbench page crashed');
      finish(1);
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // The workbench sends console calls as (method, printf-style arguments), its own chatter too.
      const line = format(...args);
      if (!VERBOSE && WORKBENCH_CHATTER.test(line)) return;
      process.stdout.write(`${type === 'error' || type === 'warn' ? `[${type}] ` : ''}${line}\n`);
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));

    // The workbench resolves these vscode-remote URIs on the code-server it was served from.
    const authority = `127.0.0.1:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${repoRoot}`],
      ['extensionTestsPath', `vscode-remote://${authority}${TESTS_ENTRY}`],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(server.workbenchUrl({ payload }));
    console.log(`[test-host] workbench open after ${Date.now() - started} ms; running the suite`);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[test-host] no result after ${TIMEOUT_MS} ms (APIFY_TASKS_TEST_TIMEOUT_MS)`);
        resolve(124);
      }, TIMEOUT_MS);
    });
    code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
  } catch (error) {
    console.error(`[test-host] ${error instanceof Error ? error.stack : String(error)}`);
    code = 1;
  } finally {
    if (code !== 0 && server) console.error(`[test-host] code-server log tail:\n${server.logTail()}`);
    await browser?.close();
    await server?.stop();
    if (tlsDir) fs.rmSync(tlsDir.dir, { recursive: true, force: true });
  }
  console.log(`[test-host] exit code ${code} after ${Date.now() - started} ms`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
