// In-host part of the activation benchmark, loaded as extensionTestsPath in a fresh host per
// sample: once the host is idle, activates each extension in the order the runner chose and
// times `Extension.activate()`: module load, activate() and its returned promise, as VS Code does.
import * as vscode from 'vscode';
import { BenchEnv, requireEnv } from '../shared/benchEnv';
import type { ActivationSample } from '../shared/benchResults';
import { waitForQuietHost } from './quietHost';
import { writeResults } from './writeResults';

export async function run(): Promise<void> {
  const order = requireEnv(BenchEnv.activationOrder).split(',');
  const extensions = order.map((id) => {
    const extension = vscode.extensions.getExtension(id);
    if (!extension) throw new Error(`extension ${id} is not loaded`);
    // Activated before we asked (e.g. at startup), it would have no first activation left to time.
    if (extension.isActive) throw new Error(`extension ${id} was already active`);
    return extension;
  });
  const quiet = await waitForQuietHost({ minWaitMs: 1_500, quietMs: 500, timeoutMs: 8_000 });
  const sample: ActivationSample = { order, activationMs: {}, quietAfterMs: Math.round(quiet.waitedMs), hostWasQuiet: quiet.quiet };
  for (const extension of extensions) {
    const started = performance.now();
    await extension.activate();
    sample.activationMs[extension.id] = performance.now() - started;
    // Lets work the activation queued (RPC answers, events) finish before the next one starts.
    await waitForQuietHost({ minWaitMs: 200, quietMs: 200, timeoutMs: 3_000 });
  }
  writeResults(sample);
}
