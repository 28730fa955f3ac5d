// The parts of vscode-json-languageservice the task-input editor uses, as dist/jsonLanguageService.js
// exports them (esbuild.js bundles just these, loaded on first use), and a small service made of
// them for one schema. Types come from the package; the classes are its internal ones.
import type * as Json from 'vscode-json-languageservice';

interface SchemaService {
  registerExternalSchema(config: { uri: string; fileMatch: string[]; schema: Json.JSONSchema }): unknown;
}

export interface JsonServiceParts {
  JSONSchemaService: new (requestService: undefined, context: undefined, promise: PromiseConstructor) => SchemaService;
  JSONCompletion: new (schemas: SchemaService, contributions: [], promise: PromiseConstructor, capabilities: object) => {
    doComplete(doc: Json.TextDocument, position: Json.Position, json: Json.JSONDocument): Thenable<Json.CompletionList | null>;
  };
  JSONHover: new (schemas: SchemaService, contributions: [], promise: PromiseConstructor) => {
    doHover(doc: Json.TextDocument, position: Json.Position, json: Json.JSONDocument): Thenable<Json.Hover | null>;
  };
  JSONValidation: new (schemas: SchemaService, promise: PromiseConstructor) => {
    configure(settings: { validate: boolean; allowComments: boolean }): void;
    doValidation(doc: Json.TextDocument, json: Json.JSONDocument, settings?: Json.DocumentLanguageSettings): Thenable<Json.Diagnostic[]>;
  };
  parse(doc: Json.TextDocument, config: { collectComments: boolean }): Json.JSONDocument;
  TextDocument: typeof Json.TextDocument;
}

export type SchemaLanguageService = ReturnType<typeof schemaLanguageService>;

/** Completion, hover and validation of JSON documents against `schema` alone. */
export function schemaLanguageService(parts: JsonServiceParts, schemaUri: string, schema: Json.JSONSchema) {
  const schemas = new parts.JSONSchemaService(undefined, undefined, Promise);
  schemas.registerExternalSchema({ uri: schemaUri, fileMatch: ['*'], schema });
  const completion = new parts.JSONCompletion(schemas, [], Promise, {});
  const hover = new parts.JSONHover(schemas, [], Promise);
  const validation = new parts.JSONValidation(schemas, Promise);
  validation.configure({ validate: true, allowComments: false });
  return {
    parseJSONDocument: (doc: Json.TextDocument) => parts.parse(doc, { collectComments: true }),
    doComplete: completion.doComplete.bind(completion),
    doHover: hover.doHover.bind(hover),
    doValidation: validation.doValidation.bind(validation),
  };
}
