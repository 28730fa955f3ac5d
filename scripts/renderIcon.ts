// Renders scripts/icon.svg to media/icon.png (128×128, transparent corners) with headless Chromium.
// Run after changing the SVG: `npx tsc -p . && node out/scripts/renderIcon.js`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../test/host/paths';

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(repoRoot, 'scripts', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: path.join(repoRoot, 'media', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
