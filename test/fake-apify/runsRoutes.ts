// The run endpoints: a task's runs (list, start, last) and one run (get with waitForFinish,
// abort, log). Errors follow the spec: 404 record-not-found for unknown tasks and runs.
import type { TaskShort } from '../../src/api/types';
import { isPaging, pageOf, readPaging } from './pagingQuery';
import { errorResponse, jsonResponse, type Answer, type PreparedResponse } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';
import type { RunLifecycle, RunPlan } from './runLifecycle';
import { runJson, runShortJson, type FakeRun } from './runModel';

/** What the run routes need from the server. */
export interface RunsState {
  readonly lifecycle: RunLifecycle;
  findTask(taskIdOrName: string): TaskShort | undefined;
  /** The task's runs, startedAt ascending (seeded the first time). */
  runsOfTask(taskId: string): FakeRun[];
  /** How runs started through the API proceed (undefined: the default schedule). */
  readonly newRunPlan: RunPlan | undefined;
}

const MAX_WAIT_SECS = 60;

export function listTaskRuns(state: RunsState, taskId: string, record: RecordedRequest): PreparedResponse {
  const task = state.findTask(taskId);
  if (!task) return taskNotFound();
  const paging = readPaging(record.query);
  if (!isPaging(paging)) return paging;
  const runs = withStatus(state.runsOfTask(task.id), record.query.status);
  const page = pageOf(runs, paging);
  return jsonResponse(200, { data: { ...page, items: page.items.map(runShortJson) } });
}

/** POST …/runs: a JSON body is the input override, kept exactly as sent. */
export function startTaskRun(state: RunsState, taskId: string, record: RecordedRequest): PreparedResponse {
  const task = state.findTask(taskId);
  if (!task) return taskNotFound();
  const body = record.body ?? '';
  if (body.trim() !== '' && !isJsonObject(body)) return errorResponse(400, 'invalid-input', 'The input must be a JSON object.');
  state.runsOfTask(task.id); // seeds the past runs first, so the new one is the latest
  const run = state.lifecycle.create({
    actorTaskId: task.id,
    actId: task.actId ?? '',
    origin: 'API',
    inputOverride: body.trim() === '' ? undefined : body,
    plan: state.newRunPlan,
  });
  const location = `/v2/actor-runs/${run.id}`;
  return jsonResponse(201, { data: runJson(run, Date.now()) }, { location });
}

export function lastTaskRun(state: RunsState, taskId: string, record: RecordedRequest): PreparedResponse {
  const task = state.findTask(taskId);
  if (!task) return taskNotFound();
  const runs = withStatus(state.runsOfTask(task.id), record.query.status);
  const last = runs[runs.length - 1];
  if (!last) return errorResponse(404, 'record-not-found', 'Actor run was not found');
  return jsonResponse(200, { data: runJson(last, Date.now()) });
}

/** GET /v2/actor-runs/{id}?waitForFinish=N: answers when the run finishes or after N seconds (at most 60). */
export function getRun(state: RunsState, runId: string, record: RecordedRequest): Answer {
  const run = state.lifecycle.find(runId);
  if (!run) return runNotFound();
  const raw = record.query.waitForFinish;
  const seconds = raw === undefined || raw === '' ? 0 : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) return errorResponse(400, 'invalid-input', `Invalid value of parameter "waitForFinish" (${JSON.stringify(raw)}).`);
  const answer = (): PreparedResponse => jsonResponse(200, { data: runJson(run, Date.now()) });
  if (seconds === 0) return answer();
  return state.lifecycle.waitForFinish(runId, Math.min(seconds, MAX_WAIT_SECS)).then(answer);
}

export function abortRun(state: RunsState, runId: string): PreparedResponse {
  if (!state.lifecycle.find(runId)) return runNotFound();
  return jsonResponse(200, { data: runJson(state.lifecycle.abortRun(runId), Date.now()) });
}

export function runLog(state: RunsState, runId: string): PreparedResponse {
  const run = state.lifecycle.find(runId);
  if (!run) return runNotFound();
  return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: run.log.join('') };
}

function withStatus(runs: FakeRun[], status: string | undefined): FakeRun[] {
  if (!status) return runs;
  const wanted = status.split(',').map((s) => s.trim().toUpperCase());
  return runs.filter((run) => wanted.includes(run.status));
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function taskNotFound(): PreparedResponse {
  return errorResponse(404, 'record-not-found', 'Actor task was not found');
}

function runNotFound(): PreparedResponse {
  return errorResponse(404, 'record-not-found', 'Actor run was not found');
}
