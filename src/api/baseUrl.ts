// Where the client may send the token. Plain http would expose it to anyone on the path, so it
// is allowed only where the connection is certain to stay on this machine AND not to pass a
// proxy: VS Code routes extension requests through `http.proxy`, bypassing it only for
// `localhost`, `127.0.0.1` and `::1`, so any other loopback address (127.0.0.5) would hand the
// token to the proxy in clear text. Of those three, `localhost` is a name the system resolves
// (hosts file, and DNS where the hosts file lacks it), so only the two literal addresses are
// certain to connect directly to this machine.
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
    if (!isDirectLoopbackHost(url.hostname)) throw invalid(plainHttpMessage(url));
  } else if (url.protocol !== 'https:') {
    throw invalid(`The Apify API base URL must start with https:// (got ${url.protocol}).`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalid(`The Apify API base URL must not have a query or fragment: ${shorten(url.href)}.`);
  }
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/+$/, '') };
}

/** 127.0.0.1 and [::1] only. `URL` has already normalised forms like 127.1, 2130706433 and [0::1]. */
export function isDirectLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === '[::1]';
}

function plainHttpMessage(url: URL): string {
  const why = url.hostname.toLowerCase() === 'localhost'
    ? 'localhost is a name the system resolves, so it is not certain to stay on this machine'
    : /^127\./.test(url.hostname)
      ? 'VS Code sends requests to loopback addresses other than 127.0.0.1 through a configured proxy'
      : 'anyone on the way could read the token';
  return `The Apify API base URL ${url.origin} uses plain http, which would send the API token in clear text: ` +
    `${why}. Use https, or http only to http://127.0.0.1 or http://[::1] on this machine.`;
}

function invalid(message: string): ApifyInvalidBaseUrlError {
  return new ApifyInvalidBaseUrlError(message);
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
