// The README's command for contributors is exactly what CI runs, so "it passes here" means the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');

describe('README commands', () => {
  it('the shell command under Contributing is a command line of .ci/run', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const contributing = readme.slice(readme.indexOf('\n## Contributing'));
    const block = contributing.match(/```sh\n([\s\S]*?)```/);
    assert.ok(block, 'README.md has no sh block under "## Contributing"');
    const commands = block[1].split('\n').map((line) => line.trim()).filter(Boolean);
    assert.deepEqual(commands, ['npm install && npm test']);
    const ci = fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8').split('\n').map((line) => line.trim());
    for (const command of commands) assert.ok(ci.includes(command), `.ci/run does not run "${command}"`);
  });
});
