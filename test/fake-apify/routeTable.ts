// Which handler answers which request. A path that matches no pattern is page-not-found; a
// known path with another method is method-not-allowed (listing the allowed ones). Both are
// decided before authentication, as the real API does.
import type { TaskShort } from '../../src/api/types';
import { defaultBuild, type FakeActor } from './buildsRoutes';
import { datasetItems } from './datasetRoutes';
import type { DatasetStore } from './datasetStore';
import { listTasks } from './listTasksRoute';
import { errorResponse, jsonResponse, type Answer } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';
import { abortRun, getRun, lastTaskRun, listTaskRuns, runLog, startTaskRun, type RunsState } from './runsRoutes';
import { getTask, getTaskInput, mergeTaskInput, updateTask, type TaskState } from './taskRoutes';
import { userPrivateInfo } from './userPrivateInfo';

export interface FakeApiState extends RunsState, TaskState {
  readonly tasks: TaskShort[];
  readonly actors: readonly FakeActor[];
  readonly datasets: DatasetStore;
  readonly username: string;
  readonly userId: string;
  /** GET /v2/actor-tasks answers 403 (a token without that scope). */
  readonly forbidden: boolean;
}

type Handler = (state: FakeApiState, record: RecordedRequest, id: string) => Answer;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const ID = '([^/]+)';
const path = (text: string): RegExp => new RegExp(`^${text.replace(/\{id\}/g, ID)}$`);

const ROUTES: Route[] = [
  { method: 'GET', pattern: path('/v2/users/me'), handler: (s) => jsonResponse(200, { data: userPrivateInfo(s.username, s.userId) }) },
  { method: 'GET', pattern: path('/v2/actor-tasks'), handler: (s, r) => (s.forbidden ? errorResponse(403, 'insufficient-permissions') : listTasks(s.tasks, r.query)) },
  { method: 'GET', pattern: path('/v2/actor-tasks/{id}'), handler: (s, _r, id) => getTask(s, id) },
  { method: 'PUT', pattern: path('/v2/actor-tasks/{id}'), handler: (s, r, id) => updateTask(s, id, r) },
  { method: 'GET', pattern: path('/v2/actor-tasks/{id}/input'), handler: (s, _r, id) => getTaskInput(s, id) },
  { method: 'PUT', pattern: path('/v2/actor-tasks/{id}/input'), handler: (s, r, id) => mergeTaskInput(s, id, r) },
  { method: 'GET', pattern: path('/v2/actor-tasks/{id}/runs'), handler: (s, r, id) => listTaskRuns(s, id, r) },
  { method: 'POST', pattern: path('/v2/actor-tasks/{id}/runs'), handler: (s, r, id) => startTaskRun(s, id, r) },
  { method: 'GET', pattern: path('/v2/actor-tasks/{id}/runs/last'), handler: (s, r, id) => lastTaskRun(s, id, r) },
  { method: 'GET', pattern: path('/v2/actor-runs/{id}'), handler: (s, r, id) => getRun(s, id, r) },
  { method: 'POST', pattern: path('/v2/actor-runs/{id}/abort'), handler: (s, _r, id) => abortRun(s, id) },
  { method: 'GET', pattern: path('/v2/actor-runs/{id}/log'), handler: (s, _r, id) => runLog(s, id) },
  { method: 'GET', pattern: path('/v2/datasets/{id}/items'), handler: (s, r, id) => datasetItems(s.datasets, id, r) },
  { method: 'GET', pattern: path('/v2/acts/{id}/builds/default'), handler: (s, _r, id) => defaultBuild(s.actors, id, s.userId) },
];

export function route(state: FakeApiState, record: RecordedRequest): Answer {
  const matching = ROUTES.filter((r) => r.pattern.test(record.path));
  if (matching.length === 0) return errorResponse(404, 'page-not-found');
  const chosen = matching.find((r) => r.method === record.method);
  if (!chosen) {
    const allow = matching.map((r) => r.method).join(', ');
    return errorResponse(405, 'method-not-allowed', `This API end-point can only be accessed using the following HTTP methods: ${allow}`, { allow });
  }
  if (record.auth === 'none') return errorResponse(401, 'token-not-provided');
  if (!record.tokenValid) return errorResponse(401, 'user-or-token-not-found');
  const id = decodeURIComponent(chosen.pattern.exec(record.path)?.[1] ?? '');
  return chosen.handler(state, record, id);
}
