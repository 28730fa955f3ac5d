// `npm run bench`: the performance benchmark of issue 5, in the real VS Code host (code-server +
// headless Chromium) against the fake Apify API on 127.0.0.1. Every timing is divided by a
// baseline taken in the same run and host, so machine noise largely cancels; each is repeated
// and reported as median and range. Prints a table; writes bench-results/latest.json.
//
// Env: APIFY_TASKS_BENCH_SAMPLES (default 5) repeats of each in-host measurement;
// APIFY_TASKS_BENCH_HOSTS (default 6) fresh hosts for the activation samples.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry, repoRoot } from '../host/paths';
import { measureActivation, extensionId } from './measure/activationSamples';
import { measureArtifactSizes } from './measure/artifactSizes';
import { measureMainPhase } from './measure/mainPhase';
import { buildFigures } from './report/benchFigures';
import { renderTable } from './report/benchTable';
import { gitCommit, machineInfo } from './report/machineInfo';

const SAMPLES = Number(process.env.APIFY_TASKS_BENCH_SAMPLES) || 5;
const HOSTS = Number(process.env.APIFY_TASKS_BENCH_HOSTS) || 6;
const RESULTS = path.join(repoRoot, 'bench-results', 'latest.json');

async function main(): Promise<void> {
  codeServerEntry(); // fails early, with the fix, when the test host is not installed
  const started = Date.now();
  const machineBefore = machineInfo();
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const phaseStarted = Date.now();
    console.log(`[bench] ${name}…`);
    const result = await work();
    console.log(`[bench] ${name}: ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s`);
    return result;
  };

  const sizes = await phase('sizes (npm run package)', measureArtifactSizes);
  const activation = await phase(`activation (${HOSTS} hosts)`, () => measureActivation(HOSTS));
  const main = await phase('first page, browse, heap, storms, quick pick', () => measureMainPhase(SAMPLES));

  const figures = buildFigures(sizes, activation, extensionId(repoRoot), main);
  const durationMs = Date.now() - started;
  const machine = { ...machineInfo(), loadAverageBefore: machineBefore.loadAverage };
  const results = {
    command: 'npm run bench',
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine,
    samples: SAMPLES,
    activationHosts: HOSTS,
    durationMs,
    figures,
    raw: { sizes, activation, main },
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\n${renderTable(figures)}\n`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`);
  console.log(`Host: ${machine.host}; load average before ${machineBefore.loadAverage.join(' ')}, after ${machine.loadAverage.join(' ')}`);
  console.log(`Commit ${results.commit}; ${SAMPLES} samples per figure, ${HOSTS} activation hosts; ${(durationMs / 1000).toFixed(0)} s in all`);
  const busiest = Math.max(machineBefore.loadAverage[0], machine.loadAverage[0]);
  if (busiest > machine.cores) {
    console.log(`Note: the machine was busy (1-minute load average up to ${busiest} on ${machine.cores} cores): times are inflated and spread wider; ratios less so.`);
  }
  console.log(`Figures written to ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
