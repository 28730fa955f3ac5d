// The l10n bundle is generated from the sources' vscode.l10n.t calls; a stale one leaves new
// strings untranslatable. Regenerate it with `npm run l10n`.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const cli = path.join(repoRoot, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

describe('l10n bundle', function () {
  this.timeout(60_000);

  it('the manifest points VS Code at the folder holding bundle.l10n.json', () => {
    const manifest = readJson(path.join(repoRoot, 'package.json')) as { l10n?: string };
    assert.equal(typeof manifest.l10n, 'string', 'package.json has no "l10n" field');
    assert.ok(fs.existsSync(path.join(repoRoot, manifest.l10n!, 'bundle.l10n.json')), `no bundle.l10n.json in ${manifest.l10n}`);
  });

  it('holds exactly the strings the sources pass to vscode.l10n.t (run "npm run l10n" if not)', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-l10n-'));
    try {
      execFileSync(process.execPath, [cli, 'export', '--outDir', outDir, path.join(repoRoot, 'src')], { cwd: repoRoot, stdio: 'pipe' });
      const fresh = readJson(path.join(outDir, 'bundle.l10n.json')) as Record<string, string>;
      assert.ok(Object.keys(fresh).length > 0, 'the export found no strings');
      const committed = readJson(path.join(repoRoot, 'l10n', 'bundle.l10n.json'));
      assert.deepEqual(committed, fresh, 'l10n/bundle.l10n.json is stale: run "npm run l10n"');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
