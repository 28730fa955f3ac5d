// The extension must stay dormant until its view opens or one of its commands runs, and must
// activate when the Apify container opens. VS Code generates `workbench.view.extension.<id>`
// for every contributed view container.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
// Taken when mocha loads this file, before any test of any file runs, so the order of the test
// files cannot hide an activation at startup (`*`, `workspaceContains`).
const activeAtLoad = vscode.extensions.getExtension(extensionId)?.isActive;

describe('activation', () => {
  it('is installed and not active before anything asks for it', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is not loaded`);
    assert.equal(activeAtLoad, false, 'the extension activated at startup');
    // `onStartupFinished` fires a few seconds after the window restored; give it the chance.
    // (This file sorts first among the test files, so no other test has opened the view yet.)
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.equal(extension.isActive, false, 'the extension activated before its view opened or a command ran');
  });

  it('activates when the Apify view container opens', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    await vscode.commands.executeCommand('workbench.view.extension.apify');
    await waitFor(() => extension.isActive, 10_000, 'the extension did not activate when its view opened');
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
