// Validates bodies against the official Apify OpenAPI schemas (the subset in contract/apify-openapi).
// Each YAML file is registered under its file URL as $id, so the spec's relative $refs
// resolve exactly as written. OpenAPI-only keywords (examples, example) are ignored.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

/** APIFY_OPENAPI_DIR, else the in-repo contract (contract/apify-openapi); throws (never skips) when it is missing. */
export function findOpenApiDir(): string {
  const fromEnv = process.env.APIFY_OPENAPI_DIR;
  const dir = fromEnv ? path.resolve(fromEnv) : contractDir();
  if (fs.existsSync(path.join(dir, 'components', 'schemas'))) return dir;
  throw new Error(
    `The Apify OpenAPI spec was not found in ${dir}. ` +
      'It is committed under contract/apify-openapi; APIFY_OPENAPI_DIR may name another copy (a folder holding paths/ and components/).',
  );
}

/** The copy of the spec committed with the repository. */
export function contractDir(): string {
  return path.join(findRepoRoot(), 'contract', 'apify-openapi');
}

function findRepoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the test folder');
    dir = parent;
  }
  return dir;
}

export class OpenApiSchemas {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly dir: string) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const file of listYaml(path.join(dir, 'components', 'schemas'))) {
      const schema = readYaml(file) as Record<string, unknown>;
      this.ajv.addSchema({ ...schema, $id: pathToFileURL(file).href });
    }
  }

  /**
   * The schema of a path's response, e.g. ('paths/actor-tasks/actor-tasks.yaml', 'get', '200').
   * Follows an operation that is itself a $ref (…/abort.yaml#/byRunId) and a response $ref.
   */
  validatorForPathResponse(pathFile: string, method: string, status: string, contentType = 'application/json'): ValidateFunction {
    let base = path.join(this.dir, pathFile);
    let operation = (readYaml(base) as Record<string, any>)[method];
    if (operation.$ref) [operation, base] = resolveRef(base, operation.$ref);
    let response = operation.responses[status];
    if (!response) throw new Error(`${pathFile} lists no ${status} response for ${method}`);
    if (response.$ref) [response, base] = resolveRef(base, response.$ref);
    return this.compileAt(base, `${method}-${status}-${contentType}`, response.content[contentType].schema);
  }

  /** ErrorResponse.yaml itself, for statuses the spec lists no response for (5xx). */
  errorResponseValidator(): ValidateFunction {
    return this.compileAt(path.join(this.dir, 'components', 'schemas', 'common', 'ErrorResponse.yaml'), 'self', {
      $ref: './ErrorResponse.yaml',
    });
  }

  /** Compiles `schema` as if it were written in `file` (so its relative $refs resolve there). */
  private compileAt(file: string, key: string, schema: object): ValidateFunction {
    // A query string keeps the $id unique without changing what relative references resolve against.
    const id = `${pathToFileURL(file).href}?schema=${key}`;
    let validate = this.cache.get(id);
    if (!validate) {
      validate = this.ajv.compile({ ...schema, $id: id });
      this.cache.set(id, validate);
    }
    return validate;
  }
}

/** ajv's errors as short lines, for assertion messages. */
export function describeAjvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/** YAML with merge keys (<<), which the spec uses to share responses between operations. */
function readYaml(file: string): unknown {
  return parseYaml(fs.readFileSync(file, 'utf8'), { merge: true });
}

/** The node a relative $ref (file#/json/pointer) names, and the file it is in. */
function resolveRef(from: string, ref: string): [any, string] {
  const [filePart = '', pointer = ''] = ref.split('#');
  const file = filePart === '' ? from : path.resolve(path.dirname(from), filePart);
  let node = readYaml(file) as any;
  for (const key of pointer.split('/').slice(1)) node = node[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`${ref} (from ${from}) names nothing`);
  return [node, file];
}

function listYaml(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listYaml(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}
