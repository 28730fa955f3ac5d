// Activation, runner side: one fresh code-server + workbench per sample (an extension activates
// only once per host). Both extensions are installed the same way, as copies in the extensions
// folder; the suite runs from a separate harness extension. The order alternates between
// samples so neither always pays for what the first activation in a host warms up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../host/paths';
import { createTempDir } from '../host/benchTempDir';
import { createHarnessExtension, installCopy, installShippedExtension } from '../host/installedExtensions';
import { runSuiteInHost } from '../host/suiteHost';
import { BenchEnv } from '../shared/benchEnv';
import type { ActivationSample } from '../shared/benchResults';

export const BASELINE_FOLDER = path.join(repoRoot, 'test', 'bench', 'baseline-extension');

export function extensionId(folder: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
}

export async function measureActivation(samples: number): Promise<ActivationSample[]> {
  const ids = [extensionId(repoRoot), extensionId(BASELINE_FOLDER)];
  const results: ActivationSample[] = [];
  const tmp = createTempDir('apify-tasks-bench-activation-');
  try {
    const harness = createHarnessExtension(path.join(tmp.path, 'harness'));
    for (let i = 0; i < samples; i++) {
      const order = i % 2 === 0 ? [ids[1], ids[0]] : [ids[0], ids[1]];
      const outFile = path.join(tmp.path, `sample-${i}.json`);
      const label = `[activation ${i + 1}/${samples}]`;
      const started = Date.now();
      await runSuiteInHost({
        developmentPath: harness,
        suiteEntry: path.join(harness, 'suite', 'activationSuite.js'),
        beforeStart: ({ extensionsDir }) => {
          installShippedExtension(extensionsDir);
          installCopy(BASELINE_FOLDER, extensionsDir);
        },
        env: { [BenchEnv.outFile]: outFile, [BenchEnv.activationOrder]: order.join(',') },
        timeoutMs: 60_000,
        label,
      });
      const sample = JSON.parse(fs.readFileSync(outFile, 'utf8')) as ActivationSample;
      results.push(sample);
      const figures = order.map((id) => `${id} ${sample.activationMs[id].toFixed(1)} ms`).join(', then ');
      console.log(`${label} ${figures} (host ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    tmp.remove();
  }
  return results;
}
