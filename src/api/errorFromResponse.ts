// Maps a non-2xx answer to a typed error, using Apify's {"error":{type,message}} body when
// there is one and saying so when a proxy answered with an HTML page instead.
import {
  ApifyHttpError,
  ApifyRateLimitedError,
  ApifyRedirectError,
  ApifyServerError,
  ApifyUnauthorizedError,
} from './errors';
import { formatSeconds } from './formatSeconds';
import { isJsonObject } from './describeJsonType';
import { describeNonJson } from './parseJsonBody';
import { parseRetryAfterMs } from './retryPolicy';
import type { RawResponse } from './httpAttempt';

const MAX_API_MESSAGE = 200;
const MAX_URL = 2000;

export function errorFromResponse(response: RawResponse, requestUrl: string, sanitize: (text: string) => string): ApifyHttpError {
  const { status } = response;
  const body = readErrorBody(response);
  const apifyType = body.type !== undefined ? sanitize(body.type).slice(0, 80) : undefined;
  const apiMessage = body.message !== undefined ? sanitize(oneLine(body.message)) : undefined;
  const detail = ([apifyType, apiMessage].filter((part) => part !== undefined).join(': ') || body.note)?.replace(/\.+$/, '');
  const suffix = detail ? ` — ${detail}` : '';

  if (status === 401) {
    return new ApifyUnauthorizedError(`Apify did not accept the API token (401)${suffix}.`, status, apifyType, apiMessage);
  }
  const retryAfterMs = parseRetryAfterMs(response.header('retry-after'));
  if (status === 429) {
    const wait = retryAfterMs !== undefined ? `; it asks to wait ${formatSeconds(retryAfterMs)}` : '';
    return new ApifyRateLimitedError(`The Apify API rate limit was exceeded (429)${wait}${suffix}.`, status, apifyType, apiMessage, retryAfterMs);
  }
  if (status >= 500) {
    return new ApifyServerError(`The Apify API had a server error (${status})${suffix}.`, status, apifyType, apiMessage, retryAfterMs);
  }
  if (status >= 300 && status < 400) {
    const host = locationHost(response.header('location'), requestUrl);
    const target = host ? ` to ${host}` : '';
    return new ApifyRedirectError(
      `The Apify API answered with a redirect (${status})${target}, which the extension does not follow; check the API base URL setting.`,
      status,
      host,
    );
  }
  return new ApifyHttpError(`The Apify API refused the request (${status})${suffix}.`, status, apifyType, apiMessage, body.approvalUrl);
}

interface ErrorBody {
  type?: string;
  message?: string;
  /** error.data.approvalUrl (full-permission-actor-not-approved), bounded; the UI decides whether to link it. */
  approvalUrl?: string;
  /** What the body was instead, when it was not an Apify error object. */
  note?: string;
}

function readErrorBody(response: RawResponse): ErrorBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.bodyText);
  } catch {
    // As in parseJsonBody: only a body that is not JSON pays for the diagnosis.
    const nonJson = describeNonJson(response.bodyText, response.header('content-type')) ?? 'the response body is not valid JSON';
    return { note: nonJson.replace(/^the response/, 'the answer') };
  }
  const error = isJsonObject(parsed) ? parsed.error : undefined;
  if (!isJsonObject(error)) return { note: 'the answer is JSON but has no "error" object' };
  const approvalUrl = isJsonObject(error.data) ? error.data.approvalUrl : undefined;
  return {
    type: typeof error.type === 'string' ? error.type : undefined,
    message: typeof error.message === 'string' ? error.message : undefined,
    approvalUrl: typeof approvalUrl === 'string' && approvalUrl.length <= MAX_URL ? approvalUrl : undefined,
  };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_API_MESSAGE ? `${flat.slice(0, MAX_API_MESSAGE - 1)}…` : flat;
}

/** The host a Location header points to, when it names one that is safe to show (no path, no query: they may carry anything). */
function locationHost(location: string | null, requestUrl: string): string | undefined {
  if (!location) return undefined;
  try {
    const host = new URL(location, requestUrl).host;
    return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i.test(host) || /^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
