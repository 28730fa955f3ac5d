// Typed failures of the Apify API client. Callers switch on `kind`; messages are short,
// meant for people, and never contain the API token.

export type ApifyErrorKind =
  | 'http'
  | 'unauthorized'
  | 'rate-limited'
  | 'server'
  | 'redirect'
  | 'network'
  | 'certificate'
  | 'timeout'
  | 'too-large'
  | 'invalid-response'
  | 'invalid-base-url'
  | 'invalid-token'
  | 'aborted';

export abstract class ApifyError extends Error {
  abstract readonly kind: ApifyErrorKind;
  /** Whether trying the same request again may succeed (used by the retry loop). */
  get retryable(): boolean {
    return false;
  }
}

/** A non-2xx answer. `apifyType`/`apiMessage` come from the `{"error":{type,message}}` body when it has one. */
export class ApifyHttpError extends ApifyError {
  readonly kind: 'http' | 'unauthorized' | 'rate-limited' | 'server' | 'redirect' = 'http';
  override name = 'ApifyHttpError';
  constructor(
    message: string,
    readonly status: number,
    readonly apifyType?: string,
    readonly apiMessage?: string,
    /** `error.data.approvalUrl` of a full-permission-actor-not-approved refusal, as sent (untrusted: check before linking). */
    readonly approvalUrl?: string,
  ) {
    super(message);
  }
}

/** 401: the token is missing, wrong or revoked; the UI should ask for a new one. */
export class ApifyUnauthorizedError extends ApifyHttpError {
  override readonly kind = 'unauthorized' as const;
  override name = 'ApifyUnauthorizedError';
}

/** An answer that may be different next time; `retryAfterMs` is the server's Retry-After hint, when sent. */
export abstract class ApifyTransientHttpError extends ApifyHttpError {
  constructor(message: string, status: number, apifyType?: string, apiMessage?: string, readonly retryAfterMs?: number) {
    super(message, status, apifyType, apiMessage);
  }
  override get retryable(): boolean {
    return true;
  }
}

/** 429 that outlasted the retries. */
export class ApifyRateLimitedError extends ApifyTransientHttpError {
  override readonly kind = 'rate-limited' as const;
  override name = 'ApifyRateLimitedError';
}

/** 5xx that outlasted the retries. */
export class ApifyServerError extends ApifyTransientHttpError {
  override readonly kind = 'server' as const;
  override name = 'ApifyServerError';
}

/**
 * A 3xx. The client never follows redirects (the token must not travel to wherever one points);
 * `locationHost` is the host it pointed to, when the Location header named one that is safe to show.
 */
export class ApifyRedirectError extends ApifyHttpError {
  override readonly kind = 'redirect' as const;
  override name = 'ApifyRedirectError';
  constructor(message: string, status: number, readonly locationHost?: string) {
    super(message, status);
  }
}

/** No usable HTTP answer: connection refused, reset, dropped, DNS failure. */
export class ApifyNetworkError extends ApifyError {
  readonly kind = 'network' as const;
  override name = 'ApifyNetworkError';
  /** Node's error code, e.g. ECONNREFUSED, when known. */
  constructor(message: string, readonly code?: string) {
    super(message);
  }
  override get retryable(): boolean {
    return true;
  }
}

/**
 * The TLS handshake failed on the server's certificate (self-signed or unknown issuer, expired,
 * wrong host name): a proxy intercepting https, or a misconfigured server. Not retried.
 */
export class ApifyCertificateError extends ApifyError {
  readonly kind = 'certificate' as const;
  override name = 'ApifyCertificateError';
  /** Node's error code, e.g. DEPTH_ZERO_SELF_SIGNED_CERT. */
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/**
 * The answer was larger than the client reads for this request (compressed or decompressed), so
 * reading stopped and the connection was closed. A caller that can use the beginning (a log)
 * asks the body reader to keep it instead, and then gets no error.
 */
export class ApifyResponseTooLargeError extends ApifyError {
  readonly kind = 'too-large' as const;
  override name = 'ApifyResponseTooLargeError';
  constructor(message: string, readonly limitBytes: number) {
    super(message);
  }
}

/** One attempt (or the remaining overall budget) ran out before the answer was complete. */
export class ApifyTimeoutError extends ApifyError {
  readonly kind = 'timeout' as const;
  override name = 'ApifyTimeoutError';
  constructor(message: string, readonly timeoutMs: number) {
    super(message);
  }
  override get retryable(): boolean {
    return true;
  }
}

/**
 * A 200 whose body is not what the schema promises. `problems` lists every finding.
 * `transient` marks bodies a flaky proxy can produce (empty, truncated, HTML instead of JSON):
 * those are retried; a well-formed JSON body with the wrong shape is not.
 */
export class ApifyInvalidResponseError extends ApifyError {
  readonly kind = 'invalid-response' as const;
  override name = 'ApifyInvalidResponseError';
  constructor(
    message: string,
    readonly problems: readonly string[],
    readonly transient = false,
  ) {
    super(message);
  }
  override get retryable(): boolean {
    return this.transient;
  }
}

/** The configured API base URL is unusable or would expose the token; no request was made. */
export class ApifyInvalidBaseUrlError extends ApifyError {
  readonly kind = 'invalid-base-url' as const;
  override name = 'ApifyInvalidBaseUrlError';
}

/** The token cannot be sent at all (empty, or characters an HTTP header cannot carry); no request was made. */
export class ApifyInvalidTokenError extends ApifyError {
  readonly kind = 'invalid-token' as const;
  override name = 'ApifyInvalidTokenError';
}

/** The caller cancelled through its AbortSignal. Named 'AbortError' like the platform's own. */
export class ApifyAbortError extends ApifyError {
  readonly kind = 'aborted' as const;
  override name = 'AbortError';
  constructor(message = 'The request was cancelled.') {
    super(message);
  }
}
