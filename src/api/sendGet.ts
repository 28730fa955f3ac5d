// One HTTP GET attempt with its own timeout, cancellable by the caller. Failures come back as
// typed errors so the retry loop can tell a timeout from a refusal from a cancellation.
import {
  ApifyAbortError,
  ApifyError,
  ApifyInvalidResponseError,
  ApifyNetworkError,
  ApifyTimeoutError,
} from './errors';
import { formatSeconds } from './formatSeconds';
import { loadFetch } from './loadFetch';

export interface GetRequest {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** A complete HTTP answer (any status); the body has been read in full. */
export interface RawResponse {
  status: number;
  header(name: string): string | null;
  bodyText: string;
}

export async function sendGet(request: GetRequest): Promise<RawResponse> {
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
    return phase === 'body' ? truncatedBody(error) : networkError(error, request.url);
  };
  try {
    let response;
    try {
      // Redirects are not followed: the token must not travel to wherever a redirect points.
      response = await fetch(request.url, { method: 'GET', headers: request.headers, signal: controller.signal, redirect: 'manual' });
    } catch (error) {
      throw fail(error, 'connect');
    }
    let bodyText: string;
    try {
      bodyText = await response.text();
    } catch (error) {
      throw fail(error, 'body');
    }
    return { status: response.status, header: (name) => response.headers.get(name), bodyText };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', relayAbort);
  }
}

function truncatedBody(error: unknown): ApifyInvalidResponseError {
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
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate could not be verified',
  SELF_SIGNED_CERT_IN_CHAIN: 'a self-signed certificate is in the chain (a proxy may be intercepting)',
};

function networkError(error: unknown, url: string): ApifyNetworkError {
  const code = errorCode(error);
  const phrase = (code && CODE_PHRASES[code]) ?? 'the connection failed';
  const host = new URL(url).host;
  return new ApifyNetworkError(`Could not reach the Apify API at ${host}: ${phrase}${code ? ` (${code})` : ''}.`, code);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
