// The palette's Copy Task ID picker as both picker measurements drive it: opened with a timing
// observer installed in the page just before Enter, and closed after reading what it recorded.
import type { Page } from 'playwright-core';
import type { FakeApifyServer } from '../../fake-apify/server';
import { runCommand } from '../../host/workbench';

export const PICKER_TITLE = 'Copy Task ID';
export const QUICK_INPUT = '.quick-input-widget';
const COMMAND = `Apify: ${PICKER_TITLE}`;

/** Runs the command once `observerScript` is in the page; the fake's request count at Enter. */
export async function openObservedPicker(page: Page, fake: FakeApifyServer, observerScript: string): Promise<number> {
  let mark = 0;
  await runCommand(page, COMMAND, {
    beforeEnter: async () => {
      await page.evaluate(observerScript);
      mark = fake.requests.length;
    },
  });
  return mark;
}

/** Task-list requests the fake has had since `mark`. */
export function listRequestsSince(fake: FakeApifyServer, mark: number): number {
  return fake.requests.slice(mark).filter((request) => request.path === '/v2/actor-tasks').length;
}

/** Stops the observer the script left at `window[stateName]`, returns its record, and closes the picker. */
export async function closeObservedPicker<T>(page: Page, stateName: string): Promise<T> {
  const state = (await page.evaluate(`(() => { const s = window.${stateName}; s.stop(); return s; })()`)) as T;
  await page.keyboard.press('Escape');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
  return state;
}
