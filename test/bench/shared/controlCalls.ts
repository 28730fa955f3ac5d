// The calls the runner's control server answers, shared by both sides so they cannot drift.
import type { PickerScaleSample, QuickPickSample } from './benchResults';

/**
 * What the window must show for a step to count as shown: a task row at `index` (a page was
 * appended where the Load more row was), or the Load more row at `index` as the last row (a
 * first page of `index` tasks replaced a longer list).
 */
export interface WindowExpectation {
  /** 'rowCount': the view lays out exactly `index` rows. */
  kind: 'task' | 'loadMoreLast' | 'rowCount';
  index: number;
}

/** A request the fake API served, as the suite needs to see it. */
export interface ServedRequest {
  path: string;
  query: Record<string, string>;
  status?: number;
  /** The client closed the connection before the answer was complete (a cancelled request). */
  closedEarly: boolean;
  /** Server-side time from arrival to the last byte sent, ms. */
  serverMs?: number;
}

export interface ControlCalls {
  /** How many requests the fake has served so far: a mark for `requestsSince`. */
  mark: { args: Record<string, never>; result: number };
  /** Requests served after `mark`. */
  requestsSince: { args: { mark: number }; result: ServedRequest[] };
  /** Delays every answer of the fake API by `ms`. */
  setDelay: { args: { ms: number }; result: null };
  /** Runs the quick-pick measurement in the workbench page (the suite has signed in). */
  quickPick: { args: { samples: number }; result: QuickPickSample[] };
  /** Starts watching the view titled `viewTitle` in the workbench page for `expect`. */
  armWindow: { args: { viewTitle: string; expect: WindowExpectation }; result: null };
  /** Waits until the armed expectation is met; its epoch ms in the page. */
  windowShown: { args: Record<string, never>; result: number };
  /** Serves only the first `count` tasks of the fake (all when omitted). */
  setTaskCount: { args: { count?: number }; result: number };
  /** The Copy Task ID picker over the fake's tasks now, timed in the page (scale phase). */
  pickerScale: { args: { taskCount: number }; result: PickerScaleSample };
}
