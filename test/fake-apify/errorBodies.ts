// Error answers in the real API's shape: {"error":{"type","message"}}, with `type` taken from
// the spec's closed list (components/schemas/common/ErrorType.yaml).

export interface ErrorBody {
  error: { type: string; message: string; data?: Record<string, unknown> };
}

/** `data` carries the extra fields some refusals add (ErrorDetail allows more than type and message). */
export function errorBody(type: string, message: string, data?: Record<string, unknown>): ErrorBody {
  return { error: data ? { type, message, data } : { type, message } };
}

/** The `type` a status gets when a test does not name one. */
export function defaultErrorType(status: number): string {
  switch (status) {
    case 400: return 'invalid-input';
    case 401: return 'user-or-token-not-found';
    case 402: return 'x402-payment-required';
    case 403: return 'insufficient-permissions';
    case 404: return 'record-not-found';
    case 405: return 'method-not-allowed';
    case 408: return 'operation-timed-out';
    case 409: return 'concurrent-update-detected';
    case 413: return 'request-too-large';
    case 429: return 'rate-limit-exceeded';
    case 501: return 'not-implemented';
    case 504: return 'operation-timed-out';
    default: return status >= 500 ? 'internal-server-error' : 'invalid-request';
  }
}

/** Messages modelled on the spec's examples. */
export const ERROR_MESSAGES: Record<string, string> = {
  'invalid-input': 'Invalid input: The request contains invalid data.',
  'token-not-provided': 'Authentication token was not provided',
  'user-or-token-not-found': 'User was not found or authentication token is not valid',
  'insufficient-permissions': 'You do not have permission to perform this action.',
  'record-not-found': 'The requested resource was not found.',
  'page-not-found': 'We have bad news: there is no API endpoint at this URL.',
  'method-not-allowed': 'This API end-point can only be accessed using the following HTTP methods: GET',
  'rate-limit-exceeded': 'You have exceeded the rate limit of 60 requests per second',
  'internal-server-error': 'Server encountered an unexpected error. Please try again later.',
  'x402-payment-required': 'By launching this job you will exceed the memory limit or usage limit of your plan.',
  'concurrent-runs-limit-exceeded': 'You have reached the maximum number of concurrent Actor runs allowed by your plan.',
  'not-enough-usage-to-run-paid-actor': 'You do not have enough usage left in your plan to run this paid Actor.',
  'full-permission-actor-not-approved': 'This Actor requests full permissions and must be approved before it can run.',
};

export function defaultErrorMessage(type: string): string {
  return ERROR_MESSAGES[type] ?? `Fake Apify API error: ${type}`;
}
