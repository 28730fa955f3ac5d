// Figures 2–5, runner side: a hosted phase (see hostedPhase) over 10,000 tasks, without the floor
// extension; the in-host suite calls back here for the requests served and for the quick-pick
// measurement in the page.
import type { FakeApifyServer } from '../../fake-apify/server';
import type { MainSuiteResults } from '../shared/benchResults';
import type { ServedRequest } from '../shared/controlCalls';
import { runHostedPhase } from './hostedPhase';
import { measureQuickPick } from './quickPickUi';

export const TASK_COUNT = 10_000;

export function measureMainPhase(samples: number): Promise<MainSuiteResults> {
  return runHostedPhase<MainSuiteResults>({
    label: '[main]',
    suite: 'mainSuite.js',
    taskCount: TASK_COUNT,
    withFloor: false,
    samples,
    timeoutMs: 5 * 60_000,
    handlers: (fake, page) => ({
      requestsSince: ({ mark }) => fake.requests.slice(Number(mark)).map(toServedRequest),
      quickPick: ({ samples: count }) => measureQuickPick(page(), fake, Number(count)),
    }),
  });
}

function toServedRequest(request: FakeApifyServer['requests'][number]): ServedRequest {
  return {
    path: request.path,
    query: request.query,
    status: request.status,
    closedEarly: request.connectionClosedEarly === true,
    serverMs: request.finishedAt === undefined ? undefined : request.finishedAt - request.receivedAt,
  };
}
