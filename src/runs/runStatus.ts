// Apify's run statuses (ActorJobStatus). A run in one of the first four can still change.
export const UNFINISHED_STATUSES = ['READY', 'RUNNING', 'ABORTING', 'TIMING-OUT'] as const;
export const FINISHED_STATUSES = ['SUCCEEDED', 'FAILED', 'TIMED-OUT', 'ABORTED'] as const;

/**
 * Whether a run has ended. An unknown status counts as finished: watching a run whose status
 * can never be recognised as an end would poll it forever.
 */
export function isRunFinished(status: string): boolean {
  return !(UNFINISHED_STATUSES as readonly string[]).includes(status);
}
