// Entry point of the integration suite, loaded by the extension host: code-server's through the
// `payload` URL parameter (test/host/runIntegration.ts) or desktop VS Code's through
// @vscode/test-electron (test/host/runDesktop.ts). Both call run() and report its outcome.
//
// Env: APIFY_TASKS_TEST_GREP runs only the tests whose full title matches this pattern.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // The extension host's output is not a terminal; colours would only add escape codes.
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
  const grep = process.env.APIFY_TASKS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of findTests(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}

/** Every compiled `*.test.js` below `dir`, in a stable order (node:fs only, no glob dependency). */
function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found;
}
