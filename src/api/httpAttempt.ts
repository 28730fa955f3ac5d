// One HTTP attempt with its own timeout, cancellable by the caller, reading at most a capped
// body. Failures come back as typed errors so the retry loop can tell a timeout from a refusal
// from a cancellation, and the UI a certificate problem from an unreachable host.
import { readCappedBody, ACCEPTED_ENCODINGS, type BodyLimit } from './cappedBody';
import {
  ApifyAbortError,
  ApifyCertificateError,
  ApifyError,
  ApifyInvalidResponseError,
  ApifyNetworkError,
  ApifyTimeoutError,
} from './errors';
import { formatSeconds } from './formatSeconds';
import { loadFetch } from './loadFetch';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpAttempt {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** Sent as is (the caller sets Content-Type). */
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  bodyLimit: BodyLimit;
}

/** A complete HTTP answer (any status); the body has been read, up to the cap. */
export interface RawResponse {
  status: number;
  header(name: string): string | null;
  bodyText: string;
  /** True when reading stopped at the cap and the caller asked to keep the start. */
  bodyCapped: boolean;
}

export async function sendHttpAttempt(request: HttpAttempt): Promise<RawResponse> {
  const fetch = await loadFetch();
  if (request.signal?.aborted) throw new ApifyAbortError();
  // AbortSignal.any is missing from the Node of VS Code 1.85, so the caller's signal is relayed by hand.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const relayAbort = (): void => controller.abort();
  request.signal?.addEventListener('abort', relayAbort, { once: true });
  const fail = (error: unknown, phase: 'connect' | 'body'): ApifyError => {
    if (request.signal?.aborted) return new ApifyAbortError();
    if (timedOut) return new ApifyTimeoutError(`The Apify API did not answer within ${formatSeconds(request.timeoutMs)}.`, request.timeoutMs);
    if (error instanceof ApifyError) return error;
    return phase === 'body' ? cutOffBody(error) : connectError(error, request.url);
  };
  try {
    let response;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers, 'Accept-Encoding': ACCEPTED_ENCODINGS },
        body: request.body,
        signal: controller.signal,
        // Redirects are not followed: the token must not travel to wherever a redirect points.
        redirect: 'manual',
        // Decompressed by readCappedBody, which counts the bytes on both sides.
        compress: false,
      });
    } catch (error) {
      throw fail(error, 'connect');
    }
    let body;
    try {
      const headers = { contentEncoding: response.headers.get('content-encoding'), contentLength: response.headers.get('content-length') };
      body = await readCappedBody((response.body as AsyncIterable<Uint8Array> | null) ?? emptyBody(), headers, request.bodyLimit);
    } catch (error) {
      throw fail(error, 'body');
    }
    return { status: response.status, header: (name) => response.headers.get(name), bodyText: body.text, bodyCapped: body.capped };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', relayAbort);
    // Closes the connection if reading stopped early (cap, error); a no-op once the body was read in full.
    controller.abort();
  }
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}

function cutOffBody(error: unknown): ApifyInvalidResponseError {
  const problem = `the response body is truncated: the connection closed before it was complete (${errorCode(error) ?? 'no code'})`;
  return new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem], true);
}

const CODE_PHRASES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** Node's TLS verification codes, worded as what they mean for the person. */
const CERTIFICATE_PHRASES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'it is signed by an authority this machine does not trust (a proxy may be intercepting https)',
  UNABLE_TO_GET_ISSUER_CERT: 'its issuer is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is unknown to this machine (a proxy may be intercepting https)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'it could not be verified against a trusted authority',
  CERT_UNTRUSTED: 'it is not trusted',
  CERT_REJECTED: 'it was rejected',
  CERT_SIGNATURE_FAILURE: 'its signature is invalid',
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet',
  CERT_REVOKED: 'it has been revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for a different host name',
  HOSTNAME_MISMATCH: 'it was issued for a different host name',
};

function connectError(error: unknown, url: string): ApifyError {
  const code = errorCode(error);
  const host = new URL(url).host;
  const certificate = code !== undefined ? CERTIFICATE_PHRASES[code] : undefined;
  if (code !== undefined && certificate !== undefined) {
    return new ApifyCertificateError(`The certificate of the Apify API at ${host} is not trusted: ${certificate} (${code}).`, code);
  }
  const phrase = (code && CODE_PHRASES[code]) ?? 'the connection failed';
  return new ApifyNetworkError(`Could not reach the Apify API at ${host}: ${phrase}${code ? ` (${code})` : ''}.`, code);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
