// Apify's refusals of a run start, as kinds the UI words with an action each. No vscode import.
import { ApifyHttpError } from '../api/errors';

export type RunRefusal =
  | { kind: 'usage-limit' }
  | { kind: 'no-run-permission' }
  | { kind: 'concurrent-runs-limit' }
  | { kind: 'not-enough-usage-for-paid-actor' }
  /** `approvalUrl` only when it is an https link on apify.com (the answer is untrusted). */
  | { kind: 'approval-needed'; approvalUrl?: string }
  | { kind: 'token-rejected' }
  | { kind: 'task-deleted' };

/** The refusal an answer means, or undefined for other failures. The error type wins over the status. */
export function runRefusalOf(error: unknown): RunRefusal | undefined {
  if (!(error instanceof ApifyHttpError)) return undefined;
  switch (error.apifyType) {
    case 'concurrent-runs-limit-exceeded': return { kind: 'concurrent-runs-limit' };
    case 'not-enough-usage-to-run-paid-actor': return { kind: 'not-enough-usage-for-paid-actor' };
    case 'full-permission-actor-not-approved': return { kind: 'approval-needed', approvalUrl: apifyHttpsUrl(error.approvalUrl) };
  }
  switch (error.status) {
    case 401: return { kind: 'token-rejected' };
    case 402: return { kind: 'usage-limit' };
    case 403: return { kind: 'no-run-permission' };
    case 404: return { kind: 'task-deleted' };
  }
  return undefined;
}

/** `text` when it is an https URL on apify.com or a subdomain, without credentials; else undefined. */
export function apifyHttpsUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const onApify = host === 'apify.com' || host.endsWith('.apify.com');
  if (url.protocol !== 'https:' || !onApify || url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  return url.href;
}
