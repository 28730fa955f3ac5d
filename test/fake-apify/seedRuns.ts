// Deterministic past runs of a task, made the first time anything asks for the task's runs (a
// list of 10 000 tasks does not pay for runs nobody looks at). The same seed and task ID always
// give the same runs. Some status messages, log lines and items are hostile on purpose.
import type { TaskShort } from '../../src/api/types';
import type { FakeRun, TerminalStatus } from './runModel';
import { apifyId, pick, seededRandom, type Random } from './seededRandom';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const OUTCOMES: readonly [TerminalStatus, string][] = [
  ['SUCCEEDED', 'Finished! Total 120 requests: 120 succeeded, 0 failed.'],
  ['SUCCEEDED', 'Finished! Total 8 requests: 7 succeeded, 1 failed.'],
  ['SUCCEEDED', 'Done'],
  ['FAILED', 'The Actor process exited with code 1: Error: page.goto: Timeout 30000ms exceeded.'],
  ['FAILED', '<img src=x onerror=alert(1)> **not bold** [link](command:workbench.action.quit)'],
  ['TIMED-OUT', 'The run timed out after 3600 seconds.'],
  ['ABORTED', 'The run was aborted by the user.'],
];

export const HOSTILE_LOG_LINE = '\u001b[31mERROR\u001b[0m <script>alert(1)</script> \u202Egnp.exe [x](command:workbench.action.quit)\n';

export interface SeededRun {
  run: FakeRun;
  items: unknown[];
}

/** `count` finished runs of `task`, startedAt ascending, all within the task's lifetime. */
export function seedRuns(task: TaskShort, count: number, seed: number | string, userId: string): SeededRun[] {
  const r = seededRandom(`${seed}:runs:${task.id}`);
  const first = Date.parse(String(task.createdAt)) || Date.parse('2024-01-01T00:00:00.000Z');
  const step = Math.max(MINUTE, Math.min(DAY, (Date.now() - first) / Math.max(1, count + 1)));
  const seeded: SeededRun[] = [];
  let startedAt = first;
  for (let i = 0; i < count; i++) {
    startedAt += Math.round(step * (0.5 + r()));
    const [status, statusMessage] = pick(r, OUTCOMES);
    const millis = Math.round(5_000 + r() * r() * 30 * MINUTE);
    const run: FakeRun = {
      id: apifyId(r),
      actId: task.actId ?? '',
      userId,
      actorTaskId: task.id,
      status,
      statusMessage,
      startedAt,
      finishedAt: startedAt + millis,
      origin: pick(r, ['WEB', 'API', 'SCHEDULER', 'SCHEDULER'] as const),
      buildId: apifyId(r),
      buildNumber: `0.${1 + Math.floor(r() * 3)}.${1 + Math.floor(r() * 40)}`,
      defaultDatasetId: apifyId(r),
      defaultKeyValueStoreId: apifyId(r),
      defaultRequestQueueId: apifyId(r),
      usageTotalUsd: Math.round(r() * r() * 2_000) / 10_000,
      log: seededLog(r, startedAt, status, statusMessage),
    };
    seeded.push({ run, items: status === 'SUCCEEDED' || r() < 0.3 ? seededItems(r, Math.floor(r() * 25)) : [] });
  }
  return seeded;
}

function seededLog(r: Random, startedAt: number, status: TerminalStatus, message: string): string[] {
  const at = (ms: number): string => new Date(startedAt + ms).toISOString();
  const lines = [`${at(0)} ACTOR: Pulling container image from registry.\n`, `${at(800)} INFO  System info {"apifyVersion":"3.2.0"}\n`];
  const pages = Math.floor(r() * 12);
  for (let i = 1; i <= pages; i++) lines.push(`${at(1000 + i * 700)} INFO  CheerioCrawler: Crawled page ${i}\n`);
  if (r() < 0.15) lines.push(`${at(9000)} ${HOSTILE_LOG_LINE}`);
  lines.push(`${at(10_000)} INFO  Run ${status}: ${message}\n`);
  return lines;
}

function seededItems(r: Random, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const item: Record<string, unknown> = { url: `https://example.com/item/${i + 1}`, title: `Item ${i + 1}`, price: Math.round(r() * 10_000) / 100 };
    if (i % 7 === 3) item.title = '<b onmouseover=alert(1)>hostile</b> \u202E[x](command:workbench.action.quit)';
    if (i % 5 === 4) item['#debug'] = { requestId: apifyId(r) };
    return item;
  });
}
