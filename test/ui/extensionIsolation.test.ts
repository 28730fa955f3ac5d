// Item: no other extension may reach the token. The extension is packaged into a .vsix and
// installed as a user installs it; beside it runs a second extension (test/ui/fixtures/token-probe)
// that activates Apify Tasks through `vscode.extensions` after the user signed in, walks whatever
// it gets, and reports any token, SecretStorage or ExtensionContext it could reach.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import { installWithCodeServer, packageVsix } from '../host/packagedExtension';
import { repoRoot } from '../host/paths';
import { openWorkbench, runCommand, signInThroughPalette, treeRows, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';
import { poll } from '../shared/poll';

const TOKEN = 'apify_api_IsolationProbeToken000000000000';
const PROBE = path.join(repoRoot, 'test', 'ui', 'fixtures', 'token-probe');

interface ProbeReport {
  targetFound: boolean;
  exportsType: string;
  extensionExportsType: string;
  exportsKeys: string[];
  findings: string[];
  visited: number;
  activateError?: string;
}

describe('UI: another extension cannot reach the token', function () {
  this.timeout(300_000);
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;
  let tmp: string;
  let vsix: string;

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-probe-'));
    vsix = packageVsix();
    fake = await FakeApifyServer.start({ taskCount: 3, token: TOKEN });
    workbench = await openWorkbench({
      settings: { 'apifyTasks.apiBaseUrl': fake.url },
      env: { TOKEN_PROBE_REPORT: path.join(tmp, 'report.json'), TOKEN_PROBE_TOKEN: TOKEN },
      install: (dirs) => {
        // The probe first: the install then records it in extensions.json along with the .vsix.
        fs.cpSync(PROBE, path.join(dirs.extensionsDir, 'apify-tasks-test.token-probe-0.0.1'), { recursive: true });
        installWithCodeServer(vsix, dirs);
      },
    });
    page = workbench.page;
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));
  after(() => {
    if (vsix) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the installed extension exports nothing, even after sign-in', async function () {
    // Signed in through the UI, so the token is in SecretStorage and in the extension's memory.
    await signInThroughPalette(page, TOKEN);
    await poll(async () => (await treeRows(page)).length === 3, 'the tasks show', 30_000);

    await runCommand(page, 'Token Probe: Reach Apify Tasks');
    const reportFile = path.join(tmp, 'report.json');
    await poll(async () => fs.existsSync(reportFile), 'the probe wrote its report', 30_000);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ProbeReport;

    assert.equal(report.targetFound, true, 'the probe did not see Apify Tasks installed');
    assert.equal(report.activateError, undefined);
    assert.deepEqual(report.findings, [], `the probe reached: ${report.findings.slice(0, 10).join('; ')}`);
    assert.equal(report.exportsType, 'undefined', `activate() returned ${report.exportsType} with keys ${report.exportsKeys.join(', ')}`);
    assert.equal(report.extensionExportsType, 'undefined');
  });
});
