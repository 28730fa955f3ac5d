// Harness for UI tests (plain mocha in Node): a code-server workbench in headless Chromium with
// this extension installed for real (copied into the extensions folder as a user would have it,
// not loaded as an extension under development), plus the few gestures UI tests need.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { extensionManifest, repoRoot } from './paths';

export interface WorkbenchOptions {
  /** User settings, merged over the host's test defaults. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and the extension host. */
  env?: Record<string, string>;
  /** Folder holding the built extension; the repo root by default. */
  extensionPath?: string;
  /** Installs the extensions instead of copying the built one, e.g. from a packaged .vsix. */
  install?: (dirs: { userDataDir: string; extensionsDir: string }) => void | Promise<void>;
}

export interface Workbench {
  readonly page: Page;
  readonly server: CodeServer;
  /** Opens another window (browser tab) of the same workbench, sharing the first one's browser storage. */
  openWindow(): Promise<Page>;
  /** Stops browser and server; with `failed`, prints the code-server log tail first. */
  close(options?: { failed?: boolean }): Promise<void>;
}

// What a packaged .vsix holds (see .vscodeignore); README.md and LICENSE are optional here.
const SHIPPED = ['package.json', 'package.nls.json', 'dist', 'media', 'l10n', 'README.md', 'LICENSE'];
const STARTUP_TIMEOUT_MS = 30_000;

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const source = options.extensionPath ?? repoRoot;
  const server = await startCodeServer({
    settings: options.settings,
    env: options.env,
    beforeStart: options.install ?? (({ extensionsDir }) => installExtension(source, extensionsDir)),
  });
  let browser: BrowserSession | undefined;
  try {
    browser = await launchBrowser(server.origin);
    const { page } = browser;
    await page.goto(server.workbenchUrl());
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: STARTUP_TIMEOUT_MS });
    const session = browser;
    return {
      page,
      server,
      async openWindow() {
        const other = await session.context.newPage();
        await other.goto(server.workbenchUrl());
        await other.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: STARTUP_TIMEOUT_MS });
        return other;
      },
      async close({ failed = false } = {}) {
        if (failed) console.error(`[test-host] code-server log tail:\n${server.logTail()}`);
        await session.close();
        await server.stop();
      },
    };
  } catch (error) {
    console.error(`[test-host] the workbench did not open; code-server log tail:\n${server.logTail()}`);
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** Copies the built extension to `<extensions>/<publisher>.<name>-<version>`, where VS Code scans. */
function installExtension(source: string, extensionsDir: string): void {
  if (!fs.existsSync(path.join(source, 'dist', 'extension.js'))) {
    throw new Error(`${source}/dist/extension.js is missing: run "npm run build" first`);
  }
  const { publisher, name, version } = extensionManifest();
  const target = path.join(extensionsDir, `${publisher}.${name}-${version}`);
  for (const entry of SHIPPED) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
}

/** Installs a .vsix as a user does (`code --install-extension`); works offline for a local file. */

/** Opens a view container by clicking its activity-bar entry (matched by aria-label). */
export async function openViewContainer(page: Page, title = 'Apify'): Promise<void> {
  // The side-bar title reads "<container>: <view>" when the container has a single view.
  const sideBarTitle = page.locator('.part.sidebar .composite.title h2', { hasText: new RegExp(`^${title}`, 'i') });
  // Clicking the entry of the container already shown would close the side bar.
  if (!(await sideBarTitle.isVisible())) {
    // Built-in entries carry their keybinding in the label ("Explorer (Ctrl+Shift+E)"), hence ^=.
    // Extension entries appear only once the extensions are scanned; click() waits for them.
    await page.locator(`.part.activitybar a.action-label[aria-label^="${title}"]`).click();
  }
  await sideBarTitle.waitFor();
  // Park the mouse over the editor area so the entry's hover does not cover screenshots.
  await page.mouse.move(800, 450);
}

/**
 * The pane of a view in the side bar, found by the view's title. Its header may be hidden (a
 * single view shares the container's title bar) but keeps the aria-label "<title> Section".
 */
export function viewPane(page: Page, title = 'Tasks'): Locator {
  return page.locator('.part.sidebar .pane').filter({
    // "<title> Section", or "<title> - <description> Section" once the view has a description.
    has: page.locator(`.pane-header[aria-label^="${title} " i][aria-label$=" Section" i]`),
  });
}

export interface TreeRow {
  label: string;
  description: string;
  ariaLabel: string;
  /** Nesting depth, 1 for top-level rows. */
  level: number;
  /** undefined for a row that cannot expand. */
  expanded: boolean | undefined;
}

/**
 * The rows a tree view currently renders, top to bottom. Only rows in view are rendered (the list
 * is virtualized) and their DOM order may differ from screen order, hence the sort by data-index.
 */
export async function treeRows(page: Page, viewTitle = 'Tasks'): Promise<TreeRow[]> {
  const rows = viewPane(page, viewTitle).locator('.monaco-list-row');
  const found = await rows.evaluateAll((elements) =>
    elements.map((row) => ({
      index: Number(row.getAttribute('data-index')),
      label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
      ariaLabel: row.getAttribute('aria-label') ?? '',
      level: Number(row.getAttribute('aria-level') ?? 0),
      expanded: row.hasAttribute('aria-expanded') ? row.getAttribute('aria-expanded') === 'true' : undefined,
    })),
  );
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...row }) => row);
}

/** Runs a command from the Command Palette by typing its title (e.g. "Apify: Set API Token"). */
/**
 * Hovers `row` until `hover` shows. Right after the row was replaced (a click that turned Load
 * more into an error row, a refresh under load), hovering it may open nothing; passing over
 * another row and coming back does, as it would for a person.
 */
export async function openHover(page: Page, row: Locator, hover: Locator, attempts = 8): Promise<void> {
  for (let attempt = 1; !(await hover.isVisible()); attempt++) {
    if (attempt > attempts) throw new Error(`the hover did not open after ${attempts} tries`);
    await viewPane(page).locator('.monaco-list-row').first().hover();
    await row.hover();
    await hover.waitFor({ timeout: 1_500 }).catch(() => undefined);
  }
}

/** Runs a command from the Command Palette; `beforeEnter` runs once the palette shows it (the bench starts its page timers there). */
export async function runCommand(page: Page, title: string, { beforeEnter }: { beforeEnter?: () => Promise<unknown> } = {}): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`>${title}`);
  // Wait until the palette shows the command, so Enter does not pick a stale first entry.
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await beforeEnter?.();
  await page.keyboard.press('Enter');
}

/**
 * What every signed-in suite does first, as a user does: opens the Apify view container and sets
 * `token` through the Command Palette; resolves once the token box has closed (token accepted).
 */
export async function signInThroughPalette(page: Page, token: string): Promise<void> {
  await openViewContainer(page, 'Apify');
  await runCommand(page, 'Apify: Set API Token');
  await typeInQuickInput(page, token);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Types into the open quick input (input box or pick), then presses Enter unless told not to. */
export async function typeInQuickInput(page: Page, text: string, { submit = true } = {}): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(text);
  if (submit) await page.keyboard.press('Enter');
}

/** Saves a screenshot of the page to docs/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { only?: Locator; maxHeight?: number } = {}): Promise<string> {
  const file = path.join(repoRoot, 'docs', 'screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await waitForProgressBars(page);
  // `only`: just that part of the window (e.g. the side bar), at most `maxHeight` pixels from its top.
  const box = options.only ? await options.only.boundingBox() : null;
  const clip = box ? { ...box, height: Math.min(box.height, options.maxHeight ?? box.height) } : undefined;
  await page.screenshot({ path: file, clip });
  return file;
}

/** Waits (up to `timeoutMs`) until no progress bar runs, so screenshots show the settled UI. */
export async function waitForProgressBars(page: Page, timeoutMs = 5_000): Promise<void> {
  const running = page.locator('.monaco-progress-container.active:visible');
  const deadline = Date.now() + timeoutMs;
  while ((await running.count()) > 0 && Date.now() < deadline) await page.waitForTimeout(100);
}

/** The system clipboard as the page sees it (the browser context is granted clipboard access). */
export async function readClipboard(page: Page): Promise<string> {
  // A string expression: the tests compile without the DOM library.
  return String(await page.evaluate('navigator.clipboard.readText()'));
}
