// GET /v2/acts/{actorId}/builds/default: each known actor's default build with its input
// schema in actorDefinition.input. One actor's build has no input schema; one has no default
// build at all (404), so both fallbacks of the editor can be tested.
import { CRAWLER_INPUT_SCHEMA, SEARCH_INPUT_SCHEMA } from './actorInputSchemas';
import { errorResponse, jsonResponse, type PreparedResponse } from './preparedResponse';

export interface FakeActor {
  actId: string;
  actName: string;
  actUsername: string | null;
}

/** Actor name → its input schema; null: a build without one; absent: no default build. */
const SCHEMAS: Record<string, object | null> = {
  'web-scraper': CRAWLER_INPUT_SCHEMA,
  'website-content-crawler': CRAWLER_INPUT_SCHEMA,
  'google-search-scraper': SEARCH_INPUT_SCHEMA,
  'instagram-scraper': SEARCH_INPUT_SCHEMA,
  'my-custom-crawler': null,
};

/** The input schema of an actor's default build; undefined when it has none or no build. */
export function inputSchemaOf(actName: string): object | undefined {
  return SCHEMAS[actName] ?? undefined;
}

export function hasDefaultBuild(actName: string): boolean {
  return actName in SCHEMAS;
}

export function defaultBuild(actors: readonly FakeActor[], actorId: string, userId: string): PreparedResponse {
  const actor = actors.find((a) => a.actId === actorId || `${a.actUsername}~${a.actName}` === actorId);
  if (!actor || !hasDefaultBuild(actor.actName)) return errorResponse(404, 'record-not-found', 'Actor build was not found');
  const schema = inputSchemaOf(actor.actName);
  const actorDefinition: Record<string, unknown> = { actorSpecification: 1, name: actor.actName, version: '0.3', buildTag: 'latest' };
  if (schema) actorDefinition.input = schema;
  return jsonResponse(200, {
    data: {
      id: `${actor.actId.slice(0, 9)}build000`.slice(0, 17),
      actId: actor.actId,
      userId,
      startedAt: '2025-11-02T10:00:00.000Z',
      finishedAt: '2025-11-02T10:01:12.000Z',
      status: 'SUCCEEDED',
      meta: { origin: 'WEB' },
      buildNumber: '0.3.12',
      inputSchema: schema ? JSON.stringify(schema) : undefined,
      actorDefinition,
    },
  });
}
