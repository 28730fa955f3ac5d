import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { getJson } from './rawRequest';

describe('fake API command line', () => {
  it('starts with the given task count and token, seeds runs (one in progress), prints URL and token, and stops on SIGTERM', async () => {
    const cli = path.resolve(__dirname, '../../fake-apify/cli.js');
    const child = spawn(process.execPath, [cli, '--tasks', '12', '--token', 'cli-token'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Token: .*\n/.test(output) && /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
      });
      assert.match(output, /Token: cli-token/);
      const { status, body } = await getJson(url, '/v2/actor-tasks', 'cli-token');
      assert.deepEqual([status, body.data.total], [200, 12]);
      const runs = await getJson(url, `/v2/actor-tasks/${body.data.items[0].id}/runs`, 'cli-token');
      assert.ok(runs.body.data.total > 1, 'the first task has seeded runs');
      const last = await getJson(url, `/v2/actor-tasks/${body.data.items[0].id}/runs/last`, 'cli-token');
      assert.ok(['READY', 'RUNNING'].includes(last.body.data.status), `the demo run is ${last.body.data.status}`);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
