import type { Locator } from 'playwright-core';
import { poll } from '../../shared/poll';

/** A task row a click has expanded, collapsed again with the keyboard (the selection stays). */
export async function collapseAgain(taskRow: Locator): Promise<void> {
  await poll(async () => (await taskRow.getAttribute('aria-expanded')) === 'true', 'the clicked task expanded');
  await taskRow.page().keyboard.press('ArrowLeft');
  await poll(async () => (await taskRow.getAttribute('aria-expanded')) === 'false', 'the task collapsed again');
}
