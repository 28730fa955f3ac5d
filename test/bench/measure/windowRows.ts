// Window side of the floor comparison: when the workbench page shows a tree view's new rows.
// A MutationObserver on the sidebar, installed in the page before the suite triggers a step,
// checks the view's rendered `.monaco-list-row`s after every change and records the first time
// (epoch ms, performance.timeOrigin + performance.now(), comparable with the extension host's)
// the expected rows are on screen. Rows are virtualized: only those in the viewport exist, so
// the suite keeps the view scrolled to its end, where a step's new rows appear.
import type { Page } from 'playwright-core';
import type { WindowExpectation } from '../shared/controlCalls';

const WATCH_SCRIPT = `(([title, expect]) => {
  window.__benchRows?.stop?.();
  const state = {};
  window.__benchRows = state;
  const sidebar = document.querySelector('.part.sidebar');
  const isLoadMore = (row) => /^Load(ing)? more/.test(row.getAttribute('aria-label') ?? '');
  const shown = () => {
    const pane = [...sidebar.querySelectorAll('.pane')]
      .find((p) => p.querySelector('.pane-header[aria-label^="' + title + ' " i][aria-label$=" Section" i]'));
    if (!pane || !pane.checkVisibility()) return false;
    const rows = [...pane.querySelectorAll('.monaco-list-row')];
    if (expect.kind === 'rowCount') {
      // The list's laid-out height in rows: the view holds exactly that many, wherever it is scrolled.
      const container = pane.querySelector('.monaco-list-rows');
      const rowHeight = rows[0]?.offsetHeight;
      return container && rowHeight > 0 && Math.round(parseFloat(container.style.height) / rowHeight) === expect.index;
    }
    const at = rows.find((row) => Number(row.getAttribute('data-index')) === expect.index);
    if (expect.kind === 'task') return at !== undefined && !isLoadMore(at);
    // Wherever the view is scrolled: only rows of the short list, and its last one is Load more.
    return rows.length > 0 && (at === undefined || isLoadMore(at))
      && rows.every((row) => Number(row.getAttribute('data-index')) <= expect.index);
  };
  const check = () => {
    if (state.shownAt === undefined && shown()) {
      state.shownAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(sidebar, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-index', 'aria-label', 'class', 'style'] });
  state.stop = () => observer.disconnect();
})`;

/** Starts watching `viewTitle`'s rows for `expect`; resolves once the observer is in place. */
export async function armWindowWatch(page: Page, viewTitle: string, expect: WindowExpectation): Promise<void> {
  await page.evaluate(`${WATCH_SCRIPT}(${JSON.stringify([viewTitle, expect])})`);
}

/** Epoch ms at which the armed expectation was first met (waits for it). */
export async function windowShownAt(page: Page, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction('window.__benchRows?.shownAt !== undefined', undefined, { timeout: timeoutMs, polling: 50 });
  return (await page.evaluate('window.__benchRows.shownAt')) as number;
}
