// Runner side of a bench phase in one code-server: the fake API and the control server run in
// this process (their CPU and heap stay out of the measured extension host); the extension under
// development is this repo; the floor extension is installed beside it when the phase compares
// with it; the suite calls back here for what only the runner has (request log, the workbench page).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../../fake-apify/server';
import { repoRoot } from '../../host/paths';
import { startControlServer, type ControlHandlers, type ControlServer } from '../host/benchControlServer';
import { createTempDir } from '../host/benchTempDir';
import { installFloorExtension } from '../host/installedExtensions';
import { runSuiteInHost } from '../host/suiteHost';
import { BenchEnv } from '../shared/benchEnv';
import { armWindowWatch, windowShownAt } from './windowRows';

export interface HostedPhaseOptions {
  label: string;
  /** Compiled suite module under out/test/bench/suite. */
  suite: string;
  taskCount: number;
  samples: number;
  timeoutMs: number;
  /** Installs the floor extension beside this one (the phases that compare with it). */
  withFloor: boolean;
  /** Extra control calls, given the fake and (once open) the page. */
  handlers?: (fake: FakeApifyServer, page: () => Page) => ControlHandlers;
}

export async function runHostedPhase<T>(options: HostedPhaseOptions): Promise<T> {
  const tmp = createTempDir('apify-tasks-bench-phase-');
  const outFile = path.join(tmp.path, 'results.json');
  let fake: FakeApifyServer | undefined;
  let control: ControlServer | undefined;
  try {
    fake = await FakeApifyServer.start({ taskCount: options.taskCount, style: 'demo', seed: 'bench' });
    const api = fake;
    let opened: Page | undefined;
    const page = () => {
      if (!opened) throw new Error('the workbench page is not open');
      return opened;
    };
    control = await startControlServer({
      mark: () => api.requests.length,
      setDelay: ({ ms }) => api.setDelay(Number(ms)),
      armWindow: ({ viewTitle, expect }) => armWindowWatch(page(), String(viewTitle), expect as never).then(() => null),
      windowShown: () => windowShownAt(page()),
      ...options.handlers?.(api, page),
    });
    await runSuiteInHost({
      developmentPath: repoRoot,
      suiteEntry: path.join(repoRoot, 'out', 'test', 'bench', 'suite', options.suite),
      beforeStart: ({ extensionsDir }) => { if (options.withFloor) installFloorExtension(extensionsDir); },
      env: {
        [BenchEnv.outFile]: outFile,
        [BenchEnv.controlUrl]: control.url,
        [BenchEnv.apiUrl]: fake.url,
        [BenchEnv.apiToken]: fake.token,
        [BenchEnv.samples]: String(options.samples),
      },
      timeoutMs: options.timeoutMs,
      label: options.label,
      onPage: (p) => (opened = p),
    });
    return JSON.parse(fs.readFileSync(outFile, 'utf8')) as T;
  } finally {
    await control?.close();
    await fake?.close();
    tmp.remove();
  }
}
