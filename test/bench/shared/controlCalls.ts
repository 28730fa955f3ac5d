// The calls the runner's control server answers, shared by both sides so they cannot drift.
import type { QuickPickSample } from './benchResults';

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
}
