// Runs the fake Apify API on its own, e.g. for `npm start` or manual testing:
//   node out/test/fake-apify/cli.js --tasks 300 [--port N] [--token T] [--seed S] [--demo] [--delay MS] [--run-secs S]
// Prints the URL and token, and stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startDemoRuns } from './demoRuns';
import { FakeApifyServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tasks: { type: 'string', default: '25' },
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      seed: { type: 'string', default: '1' },
      demo: { type: 'boolean', default: false },
      delay: { type: 'string', default: '0' },
      'run-secs': { type: 'string', default: '30' },
    },
  });
  const taskCount = readNumber('--tasks', values.tasks);
  const port = readNumber('--port', values.port);
  const delay = readNumber('--delay', values.delay);
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const server = await FakeApifyServer.start({ taskCount, port, seed, token: values.token, style: values.demo ? 'demo' : 'edge-cases' });
  server.setDelay(delay);
  // Past runs are seeded per task; --run-secs sets how long runs started from the editor take.
  startDemoRuns(server, readNumber('--run-secs', values['run-secs']));
  console.log(`Fake Apify API listening on ${server.url} with ${server.tasks.length} tasks`);
  console.log(`Token: ${server.token}`);
  const stop = (): void => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function readNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) {
    console.error(`${flag} expects a non-negative integer, got "${text}"`);
    process.exit(2);
  }
  return Number(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
