/** One HTTP attempt, as reported to ApifyClientOptions.onRequest for the output channel. Never holds the token. */
export interface RequestLogEntry {
  method: string;
  /** Host (and port, when not the default) the request went to, e.g. "api.apify.com". */
  host: string;
  /** Path without query, e.g. "/v2/actor-tasks". */
  path: string;
  /** Query string without "?", e.g. "offset=0&limit=100&desc=1"; never contains a token. */
  query: string;
  /** HTTP status, when an answer arrived. */
  status?: number;
  durationMs: number;
  /** 1 for the first attempt of a call. */
  attempt: number;
  /** "<kind>: <message>" when the attempt failed. */
  error?: string;
  /** Set when another attempt follows after this wait. */
  retryInMs?: number;
  /** The caller cancelled; not a failure. */
  aborted?: boolean;
}
