// `npm start`: the extension in a real VS Code (code-server) in the browser, backed by the fake
// Apify API seeded with demo tasks, so a newcomer sees a populated tree with no Apify account.
// `npm start -- --real` uses the real Apify API instead (bring your own token).
// Options: --real, --port <n> (code-server's port, default: a free one), --tasks <n> (default 300).
// Ctrl-C stops everything this started.
import { parseArgs } from 'node:util';
import { startDemoRuns } from '../test/fake-apify/demoRuns';
import { FakeApifyServer } from '../test/fake-apify/server';
import { startCodeServer } from '../test/host/codeServer';
import { repoRoot } from '../test/host/paths';

const DEMO_TOKEN = 'apify_api_demo_token_for_the_fake_api';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { real: { type: 'boolean', default: false }, port: { type: 'string' }, tasks: { type: 'string', default: '300' } },
  });
  // Runs before the host's own handler, which stops code-server and exits (the fake goes with this process).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => console.log('\nStopping…'));
  const fake = values.real
    ? undefined
    : await FakeApifyServer.start({ taskCount: Number(values.tasks), token: DEMO_TOKEN, username: 'demo-user', style: 'demo' });
  if (fake) startDemoRuns(fake);
  const server = await startCodeServer({
    port: values.port ? Number(values.port) : undefined,
    settings: fake ? { 'apifyTasks.apiBaseUrl': fake.url } : {},
  });

  // Loaded as an extension under development: after `npm run build`, "Developer: Reload Window" picks it up.
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${repoRoot}`]]);
  const url = server.workbenchUrl({ payload });
  console.log(`
Apify Tasks for VS Code is running in VS Code (code-server) at:

  ${url}

Open it in a browser, click the Apify icon in the activity bar, then "Set API Token" and paste
${fake
    ? `the demo token of the fake Apify API (${fake.url}, ${fake.tasks.length} demo tasks):

  ${DEMO_TOKEN}`
    : `an API token of your Apify account (Apify Console → Settings → API & Integrations).`}

code-server log: ${server.logFile}. Press Ctrl-C to stop.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
