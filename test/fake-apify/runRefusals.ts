// Apify's refusals of POST …/runs as status faults, one per case Run Task must word, so every
// test layer injects the same answers. Types come from ErrorType.yaml. The statuses of the
// three limit types are not in the spec; 402 is assumed for limits on usage and runs (the
// spec's 402 response), 403 for approval (a permission). The approval link travels in
// error.data.approvalUrl: ErrorDetail allows extra fields, the spec names none for it.
import { RUN_TASK } from './faultSchedule';
import type { StatusFault } from './faults';

export const APPROVAL_URL = 'https://console.apify.com/actors/approve-full-permissions?actorId=fake';

export const RUN_REFUSALS = {
  usageLimit: { status: 402, type: 'x402-payment-required', message: 'By launching this job you will exceed the usage limit of your plan.' },
  noRunPermission: { status: 403, type: 'insufficient-permissions', message: 'The API token does not have permission to run this Actor.' },
  concurrentRuns: { status: 402, type: 'concurrent-runs-limit-exceeded' },
  notEnoughUsageForPaidActor: { status: 402, type: 'not-enough-usage-to-run-paid-actor' },
  fullPermissionNotApproved: { status: 403, type: 'full-permission-actor-not-approved', data: { approvalUrl: APPROVAL_URL } },
  tokenRejected: { status: 401, type: 'user-or-token-not-found' },
  taskDeleted: { status: 404, type: 'record-not-found', message: 'Actor task was not found' },
} satisfies Record<string, StatusFault>;

export { RUN_TASK };
