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
      const schema = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      this.ajv.addSchema({ ...schema, $id: pathToFileURL(file).href });
    }
  }

  /** The schema of a path's response, e.g. ('paths/actor-tasks/actor-tasks.yaml', 'get', '200'). */
  validatorForPathResponse(pathFile: string, method: string, status: string): ValidateFunction {
    const file = path.join(this.dir, pathFile);
    const spec = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, any>;
    let response = spec[method].responses[status];
    let base = file;
    if (response.$ref) {
      base = path.resolve(path.dirname(file), response.$ref);
      response = parseYaml(fs.readFileSync(base, 'utf8'));
    }
    return this.compileAt(base, `${method}-${status}`, response.content['application/json'].schema);
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

function listYaml(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listYaml(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}
