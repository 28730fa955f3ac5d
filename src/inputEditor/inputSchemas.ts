import * as vscode from 'vscode';
import type { ApifyClient } from '../api/apifyClient';
import { ApifyHttpError } from '../api/errors';
import { jsonSchemaFromApify, type JsonSchema } from '../input/jsonSchemaFromApify';
import { describeError } from '../ui/describeError';

/** A task input's schema: being read, ready, or absent and why (shown in the status bar). */
export type SchemaState =
  | { kind: 'loading' }
  | { kind: 'ready'; schema: JsonSchema }
  | { kind: 'none'; reason: string };

/**
 * The input schema of each open task's actor, from its default build
 * (GET /v2/acts/{actorId}/builds/default → actorDefinition.input), translated to JSON Schema.
 * Without one the document still edits as plain JSON.
 */
export class InputSchemas implements vscode.Disposable {
  private readonly states = new Map<string, SchemaState>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires a task ID whose schema state changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => ApifyClient | undefined) {}

  state(taskId: string): SchemaState | undefined {
    return this.states.get(taskId);
  }

  /** Reads the schema again (each open of a task's input, so a new build's schema is picked up). */
  async load(taskId: string, actId: string | undefined): Promise<SchemaState> {
    this.set(taskId, { kind: 'loading' });
    const state = await this.read(actId);
    this.set(taskId, state);
    return state;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async read(actId: string | undefined): Promise<SchemaState> {
    const client = this.client();
    if (!client) return { kind: 'none', reason: vscode.l10n.t('Not signed in.') };
    if (actId === undefined) return { kind: 'none', reason: vscode.l10n.t('Apify did not say which actor the task runs.') };
    try {
      const build = await client.getActorDefaultBuild({ actorId: actId });
      const schema = jsonSchemaFromApify(build.actorDefinition?.input);
      return schema ? { kind: 'ready', schema } : { kind: 'none', reason: vscode.l10n.t("The actor's default build has no input schema.") };
    } catch (error) {
      if (error instanceof ApifyHttpError && error.status === 404) return { kind: 'none', reason: vscode.l10n.t('The actor has no default build.') };
      return { kind: 'none', reason: vscode.l10n.t('Could not read the input schema: {0}', describeError(error).message) };
    }
  }

  private set(taskId: string, state: SchemaState): void {
    this.states.set(taskId, state);
    this.changed.fire(taskId);
  }
}
