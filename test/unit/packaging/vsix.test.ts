// The .vsix holds only what runs and what the Marketplace shows, and vsce packages it without a warning.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('packaging', function () {
  this.timeout(120_000);

  it('lists exactly dist/extension.js and dist/fetch.js, media, the l10n bundles, the manifest, README, CHANGELOG and LICENSE', () => {
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter(Boolean).sort();
    const media = fs.readdirSync(path.join(repoRoot, 'media')).map((name) => `media/${name}`);
    const l10n = fs.readdirSync(path.join(repoRoot, 'l10n')).map((name) => `l10n/${name}`);
    assert.ok(l10n.includes('l10n/bundle.l10n.json'));
    assert.deepEqual(listed, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/extension.js', 'dist/fetch.js', ...media, ...l10n, 'package.json', 'package.nls.json'].sort());
  });

  it('packages with no warning (prepublish type-checks and builds for production first)', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-vsix-')), 'test.vsix');
    try {
      const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
      const output = `${run.stdout}${run.stderr}`;
      assert.equal(run.status, 0, output);
      assert.doesNotMatch(output, /WARNING/i);
      assert.ok(fs.statSync(out).size > 0);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});
