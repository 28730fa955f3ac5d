// Which rows follow a paged list's items, decided from its pager's state alone.
// No vscode import: unit-tested in plain Node; the row classes turn these into TreeItems.

/** What the special rows need to know about a pager (TaskPager, and any later pager, has these). */
export interface PagerState {
  readonly items: readonly unknown[];
  /** Reasons for items that were sent but could not be shown. */
  readonly rejected: readonly string[];
  readonly total: number | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  readonly hasMore: boolean;
}

export type SpecialRow =
  | { kind: 'rejected'; count: number; reasons: readonly string[] }
  | { kind: 'error'; error: unknown }
  | { kind: 'loadMore'; loaded: number; total: number | undefined; loading: boolean }
  | { kind: 'empty' }
  /** The server's total says more exist than were returned: only a refresh shows them. */
  | { kind: 'changed'; missing: number };

/** The rows after the items, in order: at most one about rejected items, then at most one more. */
export function specialRowsOf(state: PagerState): SpecialRow[] {
  const rows: SpecialRow[] = [];
  if (state.rejected.length > 0) rows.push({ kind: 'rejected', count: state.rejected.length, reasons: state.rejected });
  const shownOrRejected = state.items.length + state.rejected.length;
  if (state.error !== undefined) {
    rows.push({ kind: 'error', error: state.error });
  } else if (state.hasMore) {
    rows.push({ kind: 'loadMore', loaded: state.items.length, total: state.total, loading: state.loading });
  } else if (state.items.length === 0) {
    rows.push({ kind: 'empty' });
  } else if (state.total !== undefined && state.total > shownOrRejected) {
    // E.g. newest first, items created while paging land before the loaded ones.
    rows.push({ kind: 'changed', missing: state.total - shownOrRejected });
  }
  return rows;
}
