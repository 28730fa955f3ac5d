// The extension's page in the Extensions view, as a user who installed the .vsix meets it: the
// README is shown in a webview, offline, and every image it uses must load from the package
// (`npm run package` keeps relative links; the images it uses ship in the .vsix).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { installWithCodeServer, packageVsix } from '../host/packagedExtension';
import { repoRoot } from '../host/paths';
import { openViewContainer, openWorkbench, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';

const README = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

interface ReadmeImage { alt: string; src: string }

/** The images README.md uses, as Markdown `![alt](src)` (scripts/vsixReadme.js inlines only these). */
function readmeImages(): ReadmeImage[] {
  return [...README.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1], src: m[2] }));
}

/** The pixel width a PNG file declares in its IHDR chunk. */
function pngWidth(file: string): number {
  return fs.readFileSync(file).readUInt32BE(16);
}

interface ShownImage { alt: string; src: string; complete: boolean; naturalWidth: number }

describe('UI: the extension page of the installed .vsix', function () {
  let workbench: Workbench | undefined;
  let page: Page;
  let vsix: string | undefined;

  before(async function () {
    this.timeout(240_000);
    // Exactly what users get: the package script's own flags, then code-server's --install-extension.
    const packaged = packageVsix();
    vsix = packaged;
    workbench = await openWorkbench({ install: (dirs) => installWithCodeServer(packaged, dirs) });
    page = workbench.page;
  });
  closeAfterSuite(() => ({ workbench }));
  after(() => {
    if (vsix) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  });

  it('shows the README with every image loaded from the package', async function () {
    const expected = readmeImages();
    assert.ok(expected.length > 0, 'README.md uses no image');
    for (const { src } of expected) {
      assert.doesNotMatch(src, /^[a-z]+:/i, `README image ${src} is not a file of the repository`);
      assert.match(src, /\.png$/i, `README image ${src}: use PNG screenshots`);
    }

    await openViewContainer(page, 'Extensions');
    const entry = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Apify Tasks' }).first();
    await entry.click();
    const title = README.match(/^# (.+)$/m)?.[1] ?? '';
    const readme = await findFrame(page, (frame) => frame.locator('h1', { hasText: title }).count().then((n) => n > 0));

    const shown = await waitForImages(readme, expected.length);
    const describe = (image: ShownImage) => `"${image.alt}" ${image.src.slice(0, 60)} width ${image.naturalWidth}`;
    assert.equal(shown.length, expected.length, `images shown: ${shown.map(describe).join('; ')}`);
    for (const { alt, src } of expected) {
      const image = shown.find((candidate) => candidate.alt === alt);
      assert.ok(image, `README image "${alt}" is not on the page; shown: ${shown.map(describe).join('; ')}`);
      // Loaded, and it is the screenshot itself (a broken image has naturalWidth 0).
      assert.equal(image.naturalWidth, pngWidth(path.join(repoRoot, src)), `README image ${src} did not load: ${describe(image)}`);
    }
  });
});

/** The frame (the details page is a webview: iframes inside iframes) that satisfies `test`. */
async function findFrame(page: Page, test: (frame: Frame) => Promise<boolean>, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await test(frame).catch(() => false)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no frame with the README; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await page.waitForTimeout(200);
  }
}

/** The page's images once at least `count` are there and all have finished (loaded or failed). */
async function waitForImages(frame: Frame, count: number, timeoutMs = 30_000): Promise<ShownImage[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A string expression: the tests compile without the DOM library.
    const images = (await frame.evaluate(
      '[...document.images].map((img) => ({ alt: img.alt, src: img.currentSrc || img.src, complete: img.complete, naturalWidth: img.naturalWidth }))',
    )) as ShownImage[];
    if ((images.length >= count && images.every((image) => image.complete)) || Date.now() > deadline) return images;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
