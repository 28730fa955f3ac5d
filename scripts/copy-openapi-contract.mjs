// Copies the `$ref` closure of the Apify API operations the extension calls from a copy of
// Apify's OpenAPI spec into contract/apify-openapi/, byte for byte, keeping the spec's relative
// layout so every relative $ref resolves as written. Whole files are copied (never fragments),
// so each file's every $ref (parameters, responses, headers, examples, other operations in the
// same path file) is followed too.
//   node scripts/copy-openapi-contract.mjs [source-dir] [--check]
// source-dir defaults to ../shared/apify-openapi (beside the checkout). With --check nothing is
// written; it exits 1 when the in-repo copy differs from what would be copied.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** operationId → path file (relative to the spec root); the list PROVENANCE.md documents. */
export const OPERATIONS = {
  actorTasks_get: 'paths/actor-tasks/actor-tasks.yaml',
  users_me_get: 'paths/users/users@me.yaml',
  'actorTask_get, actorTask_put': 'paths/actor-tasks/actor-tasks@{actorTaskId}.yaml',
  'actorTask_input_get, actorTask_input_put': 'paths/actor-tasks/actor-tasks@{actorTaskId}@input.yaml',
  'actorTask_runs_get, actorTask_runs_post': 'paths/actor-tasks/actor-tasks@{actorTaskId}@runs.yaml',
  actorTask_runs_last_get: 'paths/actor-tasks/actor-tasks@{actorTaskId}@runs@last.yaml',
  actorRun_get: 'paths/actor-runs/actor-runs@{runId}.yaml',
  actorRun_abort_post: 'paths/actor-runs/actor-runs@{runId}@abort.yaml',
  actorRun_log_get: 'paths/actor-runs/actor-runs@{runId}@log.yaml',
  dataset_items_get: 'paths/datasets/datasets@{datasetId}@items.yaml',
  actor_build_default_get: 'paths/actors/acts@{actorId}@builds@default.yaml',
};

/** Error shapes every operation shares; the tests validate bodies against them directly. */
const SHARED = ['components/schemas/common/ErrorResponse.yaml', 'components/schemas/common/ErrorType.yaml'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(repoRoot, 'contract', 'apify-openapi');

/** Every $ref string anywhere in a parsed YAML document. */
function refsIn(node, found = []) {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

/** The spec-relative paths of all files reachable from `roots`, sorted. */
export function closure(sourceDir, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const relative = queue.shift();
    if (seen.has(relative)) continue;
    const file = path.join(sourceDir, relative);
    if (!fs.existsSync(file)) throw new Error(`${relative} is referenced but missing from ${sourceDir}`);
    seen.add(relative);
    for (const ref of refsIn(parseYaml(fs.readFileSync(file, 'utf8')))) {
      const filePart = ref.split('#')[0];
      if (filePart === '') continue; // a pointer inside the same file
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) throw new Error(`${relative}: remote $ref ${ref} is not supported`);
      const resolved = path.relative(sourceDir, path.resolve(path.dirname(file), decodeURIComponent(filePart)));
      if (resolved.startsWith('..')) throw new Error(`${relative}: $ref ${ref} leaves the spec folder`);
      queue.push(resolved.split(path.sep).join('/'));
    }
  }
  return [...seen].sort();
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const sourceDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, '..', 'shared', 'apify-openapi'));
  const files = closure(sourceDir, [...Object.values(OPERATIONS), ...SHARED]);
  const differing = files.filter((f) => {
    const copy = path.join(target, f);
    return !fs.existsSync(copy) || !fs.readFileSync(copy).equals(fs.readFileSync(path.join(sourceDir, f)));
  });
  if (check) {
    if (differing.length > 0) {
      console.error(`contract/apify-openapi differs from ${sourceDir} in: ${differing.join(', ')}`);
      process.exit(1);
    }
    console.log(`contract/apify-openapi matches ${sourceDir} (${files.length} files)`);
    return;
  }
  fs.rmSync(path.join(target, 'paths'), { recursive: true, force: true });
  fs.rmSync(path.join(target, 'components'), { recursive: true, force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(target, f)), { recursive: true });
    fs.copyFileSync(path.join(sourceDir, f), path.join(target, f));
  }
  fs.copyFileSync(path.join(sourceDir, 'LICENSE'), path.join(target, 'LICENSE'));
  console.log(`copied ${files.length} files into contract/apify-openapi`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
