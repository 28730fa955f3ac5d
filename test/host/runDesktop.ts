// `npm run test:desktop`: the same integration suite in desktop VS Code via @vscode/test-electron,
// for machines that can download VS Code (this project's offline CI uses runIntegration instead).
// On Linux without a display, run it under xvfb-run.
//
// Env: APIFY_TASKS_VSCODE_VERSION picks the VS Code build ("stable" by default, or e.g. "1.85.0");
// the rest of the environment, e.g. APIFY_TASKS_TEST_GREP, reaches the extension host unchanged.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { DEFAULT_SETTINGS } from './codeServer';
import { cacheDir, repoRoot } from './paths';
import { createTestCertificate } from './testCertificate';

async function main(): Promise<number> {
  // Fresh profile and workspace per run, so nothing from an earlier run or the user leaks in.
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-desktop-'));
  const userDataDir = path.join(tmpRoot, 'data');
  const workspace = path.join(tmpRoot, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(DEFAULT_SETTINGS, null, 2));
  const certificate = createTestCertificate();
  try {
    return await runTests({
      extensionTestsEnv: certificate.env,
      version: process.env.APIFY_TASKS_VSCODE_VERSION || 'stable',
      cachePath: path.join(cacheDir(), 'vscode-test'), // not .vscode-test/ inside the repo
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [
        workspace,
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(tmpRoot, 'extensions'),
        '--disable-extensions', // other extensions only; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
    });
  } finally {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
    fs.rmSync(certificate.dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // runTests rejects with TestRunFailedError when the suite fails or VS Code cannot start.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
