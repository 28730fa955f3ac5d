// The mocha hooks every UI suite needs around its workbench: when a test fails, a screenshot of
// the window in the temp folder; after the suite, the workbench closed (with code-server's log
// tail if anything failed) and then whatever else the suite started.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Workbench } from '../../host/workbench';

interface Closable {
  close(): Promise<unknown>;
}

/** Call inside `describe`; `parts` is read when the hooks run, so suites may assign them in `before`. */
export function closeAfterSuite(parts: () => { workbench: Workbench | undefined; others?: (Closable | undefined)[] }): void {
  let failed = false;
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const file = path.join(os.tmpdir(), `ui-failure-${this.currentTest.title.replace(/\W+/g, '-')}.png`);
    await parts().workbench?.page.screenshot({ path: file }).catch(() => undefined);
  });
  after(async function () {
    const { workbench, others = [] } = parts();
    await workbench?.close({ failed });
    for (const other of others) await other?.close();
  });
}
