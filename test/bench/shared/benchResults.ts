// Shapes of the figures the in-host suites hand to the runner (raw samples, milliseconds and
// bytes); the runner turns them into medians, ratios and the table.

/** One fresh host: both extensions activated once each, in `order`. */
export interface ActivationSample {
  order: string[];
  /** Extension ID → ms of `Extension.activate()`. */
  activationMs: Record<string, number>;
  /** How long the suite waited for the host to go idle first. */
  quietAfterMs: number;
  hostWasQuiet: boolean;
}

/** One timed first page: the extension's and the bare GET's, taken back to back. */
export interface FirstPageSample {
  /** What started it: the Refresh command, or the view becoming visible. */
  trigger: 'refresh' | 'show';
  pageSize: number;
  /** Latency added to every answer of the fake API (0: as fast as loopback goes). */
  apiDelayMs: number;
  /** Trigger → the provider's root rows ready. */
  extensionMs: number;
  /** Trigger → VS Code asking the provider for the root rows (VS Code's share). */
  toGetChildrenMs: number;
  bareMs: number;
  /** List requests the extension made for it (1 expected). */
  requests: number;
}

/** 10,000 tasks at 1,000 per page: Refresh, then Load more until the list is complete. */
export interface FullBrowseSample {
  /** 'user': a pause after each page before the next click; 'automation': clicks back to back. */
  pace: 'user' | 'automation';
  /** Latency added to every answer of the fake API. */
  apiDelayMs: number;
  /** Sum of the waits: each trigger (Refresh, Load more) → its rows ready in the provider. */
  waitedMs: number;
  /** Refresh → the last page's rows ready, pauses included. */
  elapsedMs: number;
  /** Refresh → the last Load more command resolved (page in the pager, rows not yet asked for). */
  pagesLoadedMs: number;
  /** Ten sequential bare GETs. */
  bareMs: number;
  requests: number;
  tasks: number;
  /** Per Load more: its command resolved → VS Code had fetched the new rows. */
  rowsAfterLoadMs: number[];
}

/** Settled extension-host heap before and after loading tasks. */
export interface HeapSample {
  /**
   * 'shown': the view visible, from the first page to all pages (VS Code's tree nodes for the
   * rows included, they live in this heap too). 'hidden': the view hidden, from an empty list to
   * all pages with the provider's rows built: the extension's own share.
   */
  view: 'shown' | 'hidden';
  heapBefore: number;
  heapAfter: number;
  tasksAdded: number;
  /** JSON bytes of those tasks as the API sent them. */
  jsonBytesAdded: number;
  /** Root getChildren calls VS Code made meanwhile (none expected while hidden). */
  rootCalls: number;
  /** Rows those calls returned in all: VS Code builds a tree node for each, every time. */
  rowsFetched: number;
}

export interface StormSample {
  /** Load more invocations fired at once. */
  invocations: number;
  requests: number;
  tasksAdded: number;
  ms: number;
}

export interface ToggleSample {
  toggles: number;
  /** List requests sent during the burst, and how many of them the extension cancelled. */
  requests: number;
  cancelled: number;
  expectedDescending: boolean;
  /** The saved order, the shown list's order and the expected one agree. */
  orderRight: boolean;
  /** The rows shown are exactly the first page of the expected order. */
  rowsMatchFinalOrder: boolean;
  /** The rows shown are exactly the first page of the order the extension saved (right or not). */
  rowsMatchSavedOrder: boolean;
  /** Root rows produced after the last toggle from a list other than the last toggle's. */
  staleRowsAfterLastToggle: number;
  /** Last toggle → the right rows ready. */
  lastToggleToRowsMs: number;
}

/** "Apify: Copy Task ID" from the Command Palette, timed in the page. */
export interface QuickPickSample {
  /** Enter on the command → first task rows rendered in the quick pick. */
  firstItemsMs: number;
  /** Enter → every task loaded (title without "n of total"). */
  allItemsMs: number;
  listRequests: number;
  /** Typing a filter → the filtered rows rendered. */
  filterMs: number;
  rowsAfterFilter: number;
  requestsWhileTyping: number;
}

export interface MainSuiteResults {
  taskCount: number;
  heapMethod: string;
  firstPage: FirstPageSample[];
  fullBrowse: FullBrowseSample[];
  heap: HeapSample[];
  /** ms of the provider's getChildren() for the root with every task loaded. */
  rootChildrenMs: number[];
  rootChildrenRows: number;
  loadMoreStorm: StormSample[];
  toggleStorm: ToggleSample[];
  quickPick: QuickPickSample[];
}

/** Which tree a floor-comparison sample timed: the extension's, the floor extension's, or bare GETs. */
export type ComparedTree = 'ours' | 'floor' | 'bare';

/**
 * One sample of the floor comparison (issue 13). 'show': the hidden view shown → its first page.
 * 'browse': Refresh, then Load more until 10 pages, a user's pause between; the refresh step and
 * each Load more are kept apart. Times from the trigger, in the extension host's provider
 * (rows ready) and in the window (rows on screen); bare GETs have only the request time.
 */
export interface FloorSample {
  latencyMs: number;
  step: 'show' | 'browse';
  tree: ComparedTree;
  /** Which interleaved round it belongs to (trees of one round ran back to back). */
  round: number;
  /** 'show': the first page; 'browse': the refresh step. */
  firstRowsMs: number;
  firstWindowMs?: number;
  /** 'browse' only: each Load more. */
  loadMoreRowsMs: number[];
  loadMoreWindowMs: number[];
}

export interface FloorSuiteResults {
  taskCount: number;
  pageSize: number;
  pauseMs: number;
  samples: FloorSample[];
}

/** The Copy Task ID picker over `taskCount` tasks, timed in the page. */
export interface PickerScaleSample {
  taskCount: number;
  /** Enter on the command → first task rows rendered. */
  firstItemsMs: number;
  /** Enter → every task listed (the title without "n of total"). */
  allItemsMs: number;
  listRequests: number;
  /** Per typed key: keydown → the first frame after the list changed. */
  keyToFrameMs: number[];
  /** Per typed key: keydown → the frame after the list's last change before the next key. */
  keyToSettledMs: number[];
}

/** 100,000 tasks: each tree loads all but the last page with its view hidden, then is shown, then loads the last. */
export interface ScaleTreeSample {
  tree: 'ours' | 'floor';
  tasksLoaded: number;
  /** Settled heap of the extension host before anything was loaded and with everything shown. */
  heapBefore: number;
  heapAfter: number;
  showRowsMs: number;
  showWindowMs: number;
  loadMoreRowsMs: number;
  loadMoreWindowMs: number;
}

export interface ScaleSuiteResults {
  taskCount: number;
  picker: { sample: PickerScaleSample; bareMs: number }[];
  trees: ScaleTreeSample[];
}
