// The Copy Task ID picker at scale (issue 13), driven in the workbench page: Enter on the
// command → first task rows, → every task listed (the title drops "n of total"); then typing a
// filter key by key, each key timed from keydown to the first frame after the list changed, and
// to the frame after its last change before the next key (the list settled: VS Code filters what
// it holds at once, then the extension's matches among every task arrive).
// Times are taken in the page (performance.now() in listeners), not by polling from here.
import type { Page } from 'playwright-core';
import type { FakeApifyServer } from '../../fake-apify/server';
import type { PickerScaleSample } from '../shared/benchResults';
import { closeObservedPicker, listRequestsSince, openObservedPicker, PICKER_TITLE, QUICK_INPUT } from './benchPicker';

/** Typed one key at a time, as a user does (demo task names start with topics like this one). */
const TYPED = 'hotel';
const KEY_GAP_MS = 250;

const OBSERVER_SCRIPT = `(() => {
  const widget = document.querySelector(${JSON.stringify(QUICK_INPUT)});
  const state = { keys: [] };
  window.__benchPicker = state;
  const title = () => widget.querySelector('.quick-input-title')?.textContent ?? '';
  const rows = () => widget.querySelectorAll('.quick-input-list .monaco-list-row');
  const onKey = (event) => {
    if (event.key === 'Enter' && state.enterAt === undefined) state.enterAt = performance.now();
    else if (state.allItemsAt !== undefined && event.key.length === 1) state.keys.push({ down: performance.now() });
  };
  window.addEventListener('keydown', onKey, true);
  const check = () => {
    const now = performance.now();
    const key = state.keys.at(-1);
    if (key) {
      if (key.changed === undefined) requestAnimationFrame(() => { key.frame = performance.now(); });
      key.changed ??= now;
      key.lastChange = now;
      requestAnimationFrame(() => { if (key.lastChange === now) key.settled = performance.now(); });
    }
    if (state.enterAt === undefined || !title().startsWith(${JSON.stringify(PICKER_TITLE)})) return;
    const shown = rows();
    if (state.firstItemsAt === undefined && shown.length > 0 && !(shown[0].getAttribute('aria-label') ?? '').toLowerCase().startsWith('apify:')) state.firstItemsAt = now;
    if (state.firstItemsAt === undefined) return;
    if (/ of /.test(title())) state.sawPartial = true;
    else if (state.allItemsAt === undefined && (state.sawPartial || state.singlePage)) state.allItemsAt = now;
  };
  const observer = new MutationObserver(check);
  observer.observe(widget, { subtree: true, childList: true, characterData: true, attributes: true });
  state.stop = () => { observer.disconnect(); window.removeEventListener('keydown', onKey, true); };
})()`;

interface PageState {
  enterAt: number;
  firstItemsAt: number;
  allItemsAt: number;
  keys: { down: number; changed?: number; frame?: number; settled?: number }[];
}

export async function measurePickerScale(page: Page, fake: FakeApifyServer, taskCount: number): Promise<PickerScaleSample> {
  const mark = await openObservedPicker(page, fake, OBSERVER_SCRIPT);
  await page.waitForFunction('window.__benchPicker.allItemsAt !== undefined', undefined, { timeout: 120_000 });
  const listRequests = listRequestsSince(fake, mark);
  for (const key of TYPED) {
    await page.keyboard.type(key);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await page.waitForFunction(`window.__benchPicker.keys.length === ${TYPED.length} && window.__benchPicker.keys.every((k) => k.settled !== undefined)`, undefined, { timeout: 30_000 });
  const state = await closeObservedPicker<PageState>(page, '__benchPicker');
  return {
    taskCount,
    firstItemsMs: state.firstItemsAt - state.enterAt,
    allItemsMs: state.allItemsAt - state.enterAt,
    listRequests,
    keyToFrameMs: state.keys.map((key) => key.frame! - key.down),
    keyToSettledMs: state.keys.map((key) => key.settled! - key.down),
  };
}
