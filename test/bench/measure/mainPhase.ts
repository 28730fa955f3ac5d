// Figures 2–5, runner side: the fake API (10,000 tasks) and the control server run in this
// process; one code-server hosts the extension under development and the in-host suite, which
// calls back here for request counts and for the quick-pick measurement in the page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../../fake-apify/server';
import { repoRoot } from '../../host/paths';
import { startControlServer, type ControlServer } from '../host/benchControlServer';
import { createTempDir } from '../host/benchTempDir';
import { runSuiteInHost } from '../host/suiteHost';
import { BenchEnv } from '../shared/benchEnv';
import type { MainSuiteResults } from '../shared/benchResults';
import type { ServedRequest } from '../shared/controlCalls';
import { measureQuickPick } from './quickPickUi';

export const TASK_COUNT = 10_000;
const SUITE_ENTRY = path.join(repoRoot, 'out', 'test', 'bench', 'suite', 'mainSuite.js');

export async function measureMainPhase(samples: number): Promise<MainSuiteResults> {
  const tmp = createTempDir('apify-tasks-bench-main-');
  const outFile = path.join(tmp.path, 'main.json');
  let fake: FakeApifyServer | undefined;
  let control: ControlServer | undefined;
  try {
    fake = await FakeApifyServer.start({ taskCount: TASK_COUNT, style: 'demo', seed: 'bench' });
    const api = fake;
    let page: Page | undefined;
    control = await startControlServer({
      mark: () => api.requests.length,
      requestsSince: ({ mark }) => api.requests.slice(Number(mark)).map(toServedRequest),
      setDelay: ({ ms }) => api.setDelay(Number(ms)),
      quickPick: ({ samples: count }) => {
        if (!page) throw new Error('the workbench page is not open');
        return measureQuickPick(page, api, Number(count));
      },
    });
    await runSuiteInHost({
      developmentPath: repoRoot,
      suiteEntry: SUITE_ENTRY,
      env: {
        [BenchEnv.outFile]: outFile,
        [BenchEnv.controlUrl]: control.url,
        [BenchEnv.apiUrl]: fake.url,
        [BenchEnv.apiToken]: fake.token,
        [BenchEnv.samples]: String(samples),
      },
      timeoutMs: 5 * 60_000,
      label: '[main]',
      onPage: (opened) => (page = opened),
    });
    return JSON.parse(fs.readFileSync(outFile, 'utf8')) as MainSuiteResults;
  } finally {
    await control?.close();
    await fake?.close();
    tmp.remove();
  }
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
