// The .vsix holds only what runs and what the Marketplace shows, vsce packages it without a
// warning, and its README shows its images on VS Code's extension page, offline.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VSIX_GOAL_BYTES } from '../../bench/shared/sizeGoals';

const repoRoot = path.resolve(__dirname, '../../../..');
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
// What `npm run package` passes to vsce: the README with inlined images, its links left alone.
const PACKAGE_OPTIONS = ['--no-dependencies', '--no-rewrite-relative-links', '--readme-path', 'dist-vsix/README.md'];
const VSIX_BUDGET_BYTES = VSIX_GOAL_BYTES;

function writeVsixReadme(): string {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'vsixReadme.js')], { cwd: repoRoot });
  return fs.readFileSync(path.join(repoRoot, 'dist-vsix', 'README.md'), 'utf8');
}

describe('packaging', function () {
  this.timeout(120_000);

  it('npm run package passes vsce the options these tests use', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.ok(manifest.scripts.package.includes(`vsce package ${PACKAGE_OPTIONS.join(' ')} `), manifest.scripts.package);
    assert.match(manifest.scripts['vscode:prepublish'], /node scripts\/vsixReadme\.js/);
  });

  it('lists exactly dist/extension.js, dist/fetch.js and dist/jsonLanguageService.js, media, the l10n bundles, the manifest, the packaged README, CHANGELOG and LICENSE', () => {
    writeVsixReadme();
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', 'dist-vsix/README.md'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter(Boolean).sort();
    const media = fs.readdirSync(path.join(repoRoot, 'media')).map((name) => `media/${name}`);
    const l10n = fs.readdirSync(path.join(repoRoot, 'l10n')).map((name) => `l10n/${name}`);
    assert.ok(l10n.includes('l10n/bundle.l10n.json'));
    assert.deepEqual(listed, ['CHANGELOG.md', 'LICENSE', 'dist-vsix/README.md', 'dist/extension.js', 'dist/fetch.js', 'dist/jsonLanguageService.js', ...media, ...l10n, 'package.json', 'package.nls.json'].sort());
  });

  it('the packaged README carries each image of README.md inline, byte for byte, and no relative link', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const images = [...source.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1], src: m[2] }));
    assert.ok(images.length > 0, 'README.md uses no image');
    const packaged = writeVsixReadme();
    for (const { alt, src } of images) {
      const inline = packaged.match(new RegExp(`!\\[${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]\\(data:image/png;base64,([A-Za-z0-9+/=]+)\\)`));
      assert.ok(inline, `image "${alt}" (${src}) is not inlined`);
      assert.ok(Buffer.from(inline[1], 'base64').equals(fs.readFileSync(path.join(repoRoot, src))), `image "${alt}" differs from ${src}`);
    }
    const links = [...packaged.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(links.filter((target) => !/^(data|https|mailto):|^#/.test(target)), [], 'links that cannot work on the extension page');
  });

  it(`packages with no warning (prepublish type-checks and builds for production first), within ${VSIX_BUDGET_BYTES / 1024} KB`, () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apify-tasks-vsix-')), 'test.vsix');
    try {
      const run = spawnSync(process.execPath, [vsce, 'package', ...PACKAGE_OPTIONS, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
      const output = `${run.stdout}${run.stderr}`;
      assert.equal(run.status, 0, output);
      assert.doesNotMatch(output, /WARNING/i);
      const size = fs.statSync(out).size;
      assert.ok(size > 0);
      assert.ok(size <= VSIX_BUDGET_BYTES, `the .vsix is ${size} bytes: fewer or smaller README images?`);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});
