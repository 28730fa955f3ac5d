import * as vscode from 'vscode';
import {
  ApifyCertificateError, ApifyError, ApifyHttpError, ApifyInvalidResponseError, ApifyNetworkError, ApifyRateLimitedError,
  ApifyRedirectError, ApifyServerError, ApifyTimeoutError, ApifyUnauthorizedError,
} from '../api/errors';
import { safeText } from './displayText';

export interface ErrorDescription {
  /** One line for a row, a validation message or a notification. */
  message: string;
  /** More, for a tooltip or the log. */
  detail?: string;
  /** The token was rejected: the fix is a new token, not a retry. */
  unauthorized: boolean;
}

/**
 * How the UI words an error from the API layer. The client's own messages never contain the
 * token; they may quote the API, so the message is made safe (one bounded line) here and each
 * line of the detail is, too.
 */
export function describeError(error: unknown): ErrorDescription {
  const described = wordError(error);
  const safe: ErrorDescription = { message: safeText(described.message), unauthorized: described.unauthorized };
  if (described.detail !== undefined) safe.detail = described.detail.split('\n').map((line) => safeText(line, 2000)).join('\n');
  return safe;
}

function wordError(error: unknown): ErrorDescription {
  if (!(error instanceof ApifyError)) {
    return { message: error instanceof Error ? error.message : String(error), unauthorized: false };
  }
  const detail = error.message;
  if (error instanceof ApifyUnauthorizedError) {
    return { message: vscode.l10n.t('API token rejected'), detail, unauthorized: true };
  }
  if (error instanceof ApifyInvalidResponseError) {
    return {
      message: vscode.l10n.t('Apify sent a response that is not valid: {0}', error.problems[0] ?? error.message),
      detail: error.problems.join('\n'),
      unauthorized: false,
    };
  }
  return { message: summary(error), detail, unauthorized: false };
}

function summary(error: ApifyError): string {
  if (error instanceof ApifyRateLimitedError) {
    return error.retryAfterMs !== undefined
      ? vscode.l10n.t('Rate-limited by Apify; retry in {0} s', Math.ceil(error.retryAfterMs / 1000))
      : vscode.l10n.t('Rate-limited by Apify; retry shortly');
  }
  if (error instanceof ApifyServerError) return vscode.l10n.t('Apify server error (HTTP {0})', error.status);
  if (error instanceof ApifyCertificateError) return vscode.l10n.t('The Apify API certificate is not trusted ({0})', error.code);
  if (error instanceof ApifyRedirectError) {
    return error.locationHost
      ? vscode.l10n.t('The Apify API redirected to {0}; redirects are not followed', error.locationHost)
      : vscode.l10n.t('The Apify API answered with a redirect; redirects are not followed');
  }
  if (error instanceof ApifyNetworkError) return vscode.l10n.t("Can't reach the Apify API ({0})", error.code ?? error.message);
  if (error instanceof ApifyTimeoutError) return vscode.l10n.t("The Apify API didn't answer in time");
  if (error instanceof ApifyHttpError) {
    return error.apiMessage
      ? vscode.l10n.t('Apify refused the request (HTTP {0}): {1}', error.status, error.apiMessage)
      : vscode.l10n.t('Apify refused the request (HTTP {0})', error.status);
  }
  // Invalid base URL or token: the client's message already says what to fix.
  return error.message;
}
