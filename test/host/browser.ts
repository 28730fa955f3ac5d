// Headless Debian Chromium driven by playwright-core: it opens the code-server workbench.
// playwright-core ships no browser and cannot download one here, hence executablePath.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the browser; never throws and never hangs for long. */
  close(): Promise<void>;
}

const ARGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  // The network is closed: without these Chromium keeps trying (and failing) to reach Google.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage', // small /dev/shm in containers
];

/** Launches Chromium with one page whose context may read and write the clipboard at `origin`. */
export async function launchBrowser(origin: string): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    return { browser, context, page, close: () => closeBrowser(browser) };
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

async function closeBrowser(browser: Browser): Promise<void> {
  // playwright also kills the browser when this process exits, so a stuck close() is only waited for briefly.
  await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
}
