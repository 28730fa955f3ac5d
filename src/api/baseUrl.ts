// Where the client may send the token. Plain http would expose it to anyone on the path,
// so it is allowed only to this machine (loopback), e.g. for a local fake or a debugging proxy.
import { ApifyInvalidBaseUrlError } from './errors';

export const DEFAULT_BASE_URL = 'https://api.apify.com';

/** The parsed base URL: origin plus an optional path prefix without a trailing slash. */
export interface ApiBase {
  origin: string;
  pathPrefix: string;
}

/** Validates `raw` and returns the base to build request URLs on; throws ApifyInvalidBaseUrlError. */
export function parseBaseUrl(raw: string | undefined): ApiBase {
  if (raw === undefined) raw = DEFAULT_BASE_URL;
  const text = raw.trim();
  if (text === '') throw invalid('The Apify API base URL is empty.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`The Apify API base URL is not a valid URL: "${shorten(text)}".`);
  }
  // Checked before anything that echoes the URL, so credentials are not repeated in a message.
  if (url.username !== '' || url.password !== '') {
    throw invalid('The Apify API base URL must not contain a user name or password.');
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw invalid(
        `The Apify API base URL ${url.origin} uses plain http; the token is sent only over https, ` +
          'or over http to this machine (localhost, 127.0.0.1, [::1]).',
      );
    }
  } else if (url.protocol !== 'https:') {
    throw invalid(`The Apify API base URL must start with https:// (got ${url.protocol}).`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalid(`The Apify API base URL must not have a query or fragment: ${shorten(url.href)}.`);
  }
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/+$/, '') };
}

/** localhost, 127.0.0.0/8 and [::1]. `URL` has already normalised forms like 127.1 and [0::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function invalid(message: string): ApifyInvalidBaseUrlError {
  return new ApifyInvalidBaseUrlError(message);
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
