// `npm run bench`: the performance benchmark of issue 5, in the real VS Code host (code-server +
// headless Chromium) against the fake Apify API on 127.0.0.1. Every timing is divided by a
// baseline taken in the same run and host, so machine noise largely cancels; each is repeated
// and reported as median and range. Prints a table; writes bench-results/latest.json.
//
// Env: APIFY_TASKS_BENCH_SAMPLES (default 5) repeats of each in-host measurement;
// APIFY_TASKS_BENCH_HOSTS (default 6) fresh hosts for the activation samples;
// APIFY_TASKS_BENCH_FLOOR_ROUNDS (default 3) interleaved rounds of the floor comparison;
// APIFY_TASKS_BENCH_PHASES (default all: main,floor,scale) to run only some phases.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerEntry, repoRoot } from '../host/paths';
import { measureActivation, extensionId } from './measure/activationSamples';
import { measureArtifactSizes } from './measure/artifactSizes';
import { measureFloorPhase } from './measure/floorPhase';
import { measureMainPhase } from './measure/mainPhase';
import { measureScalePhase } from './measure/scalePhase';
import { buildFigures, type Figure } from './report/benchFigures';
import { floorFigures } from './report/floorFigures';
import { scaleFigures } from './report/scaleFigures';
import { renderTable } from './report/benchTable';
import { gitCommit, machineInfo } from './report/machineInfo';

const SAMPLES = Number(process.env.APIFY_TASKS_BENCH_SAMPLES) || 5;
const HOSTS = Number(process.env.APIFY_TASKS_BENCH_HOSTS) || 6;
const FLOOR_ROUNDS = Number(process.env.APIFY_TASKS_BENCH_FLOOR_ROUNDS) || 3;
const PHASES = (process.env.APIFY_TASKS_BENCH_PHASES ?? 'main,floor,scale').split(',').map((name) => name.trim());
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

  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  if (PHASES.includes('main')) {
    const sizes = await phase('sizes (npm run package)', measureArtifactSizes);
    const activation = await phase(`activation (${HOSTS} hosts)`, () => measureActivation(HOSTS));
    const main = await phase('first page, browse, heap, storms, quick pick', () => measureMainPhase(SAMPLES));
    figures.push(...buildFigures(sizes, activation, extensionId(repoRoot), main));
    Object.assign(raw, { sizes, activation, main });
  }
  if (PHASES.includes('floor')) {
    raw.floor = await phase(`floor comparison (${FLOOR_ROUNDS} rounds)`, () => measureFloorPhase(FLOOR_ROUNDS));
    figures.push(...floorFigures(raw.floor as Parameters<typeof floorFigures>[0]));
  }
  if (PHASES.includes('scale')) {
    raw.scale = await phase('scale: 100,000 tasks, quick pick at 10,000 / 50,000 / 100,000', () => measureScalePhase());
    figures.push(...scaleFigures(raw.scale as Parameters<typeof scaleFigures>[0]));
  }
  const durationMs = Date.now() - started;
  const machine = { ...machineInfo(), loadAverageBefore: machineBefore.loadAverage };
  const results = {
    command: 'npm run bench',
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine,
    phases: PHASES,
    samples: SAMPLES,
    activationHosts: HOSTS,
    floorRounds: FLOOR_ROUNDS,
    durationMs,
    figures,
    raw,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\n${renderTable(figures)}\n`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`);
  console.log(`Host: ${machine.host}; load average before ${machineBefore.loadAverage.join(' ')}, after ${machine.loadAverage.join(' ')}`);
  console.log(`Commit ${results.commit}; phases ${PHASES.join(', ')}; ${SAMPLES} samples per figure, ${HOSTS} activation hosts, ${FLOOR_ROUNDS} floor rounds; ${(durationMs / 1000).toFixed(0)} s in all`);
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
