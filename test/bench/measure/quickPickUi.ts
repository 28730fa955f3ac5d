// 5. The Command Palette's "Apify: Copy Task ID" over 10,000 tasks, driven in the workbench page.
// Times are taken in the page (performance.now() in a keydown listener and a MutationObserver),
// not by polling from here, so they carry no automation round trips.
import type { Page } from 'playwright-core';
import type { FakeApifyServer } from '../../fake-apify/server';
import type { QuickPickSample } from '../shared/benchResults';
import { closeObservedPicker, listRequestsSince, openObservedPicker, PICKER_TITLE, QUICK_INPUT } from './benchPicker';

/** Demo task names are "<topic>-<cadence>-<n>": this matches about one task in eighty. */
const FILTER = 'hotel-rates-weekly';

// Runs in the page. Records when Enter goes down, when the first task rows appear, when the title
// stops saying "n of total" (all loaded) and when the rows show only matches of the typed filter.
const OBSERVER_SCRIPT = `(() => {
  const widget = document.querySelector(${JSON.stringify(QUICK_INPUT)});
  const state = {};
  window.__benchQuickPick = state;
  const title = () => widget.querySelector('.quick-input-title')?.textContent ?? '';
  const rows = () => [...widget.querySelectorAll('.quick-input-list .monaco-list-row')];
  const onKey = (event) => { if (event.key === 'Enter' && state.enterAt === undefined) state.enterAt = performance.now(); };
  window.addEventListener('keydown', onKey, true);
  const onInput = () => { if (state.allItemsAt !== undefined && state.filterAt === undefined) state.filterAt = performance.now(); };
  widget.addEventListener('input', onInput, true);
  const check = () => {
    const now = performance.now();
    if (state.enterAt === undefined || !title().startsWith(${JSON.stringify(PICKER_TITLE)})) return;
    const shown = rows();
    const labels = shown.map((row) => (row.getAttribute('aria-label') ?? '').toLowerCase());
    if (state.firstItemsAt === undefined && shown.length > 0 && !labels[0].startsWith('apify:')) state.firstItemsAt = now;
    if (state.firstItemsAt === undefined) return;
    if (/ of /.test(title())) state.sawPartial = true;
    else if (state.sawPartial && state.allItemsAt === undefined) state.allItemsAt = now;
    if (state.filterAt !== undefined && state.filteredAt === undefined && shown.length > 0
        && labels.every((label) => label.includes(${JSON.stringify(FILTER.split('-')[0])}))) {
      state.filteredAt = now;
      state.rowsAfterFilter = shown.length;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(widget, { subtree: true, childList: true, characterData: true, attributes: true });
  state.stop = () => { observer.disconnect(); window.removeEventListener('keydown', onKey, true); widget.removeEventListener('input', onInput, true); };
})()`;

interface PageState {
  enterAt?: number;
  firstItemsAt?: number;
  allItemsAt?: number;
  filterAt?: number;
  filteredAt?: number;
  rowsAfterFilter?: number;
}

export async function measureQuickPick(page: Page, fake: FakeApifyServer, samples: number): Promise<QuickPickSample[]> {
  const results: QuickPickSample[] = [];
  const input = page.locator(`${QUICK_INPUT} .quick-input-box input`);
  // One untimed round first: the first quick pick of a window loads code in the page.
  for (let i = 0; i <= samples; i++) {
    const mark = await openObservedPicker(page, fake, OBSERVER_SCRIPT);
    await page.waitForFunction('window.__benchQuickPick.allItemsAt !== undefined', undefined, { timeout: 60_000 });
    const listRequests = listRequestsSince(fake, mark);
    const afterLoad = fake.requests.length;
    await input.fill(FILTER);
    await page.waitForFunction('window.__benchQuickPick.filteredAt !== undefined', undefined, { timeout: 30_000 });
    await page.waitForTimeout(500); // time for any request typing might have caused
    const requestsWhileTyping = listRequestsSince(fake, afterLoad);
    const state = await closeObservedPicker<PageState>(page, '__benchQuickPick');
    if (i === 0) continue;
    results.push({
      firstItemsMs: state.firstItemsAt! - state.enterAt!,
      allItemsMs: state.allItemsAt! - state.enterAt!,
      listRequests,
      filterMs: state.filteredAt! - state.filterAt!,
      rowsAfterFilter: state.rowsAfterFilter ?? 0,
      requestsWhileTyping,
    });
  }
  return results;
}
