// One task and its input: GET/PUT /v2/actor-tasks/{id} and GET/PUT …/input. As the spec says,
// PUT of the task with {"input": …} replaces the stored input, PUT …/input merges into it.
import type { TaskShort } from '../../src/api/types';
import { errorResponse, jsonResponse, type PreparedResponse } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';
import { taskNotFound } from './runsRoutes';
import type { TaskDetails, TaskInput } from './taskDetails';

export interface TaskState {
  readonly details: TaskDetails;
  findTask(taskIdOrName: string): TaskShort | undefined;
}

export function getTask(state: TaskState, taskId: string): PreparedResponse {
  const task = state.findTask(taskId);
  return task ? jsonResponse(200, { data: state.details.taskJson(task) }) : taskNotFound();
}

export function updateTask(state: TaskState, taskId: string, record: RecordedRequest): PreparedResponse {
  const task = state.findTask(taskId);
  if (!task) return taskNotFound();
  const body = readObject(record.body);
  if (!body) return invalidBody();
  if ('name' in body) {
    if (typeof body.name !== 'string' || body.name === '') return errorResponse(400, 'invalid-input', 'The task name must be a non-empty string.');
    (task as { name: string }).name = body.name;
  }
  if (isObject(body.options)) state.details.setOptions(task, body.options);
  if ('input' in body) {
    if (body.input !== null && !isObject(body.input)) return errorResponse(400, 'invalid-input', 'The task input must be a JSON object.');
    state.details.replaceInput(task, (body.input ?? {}) as TaskInput);
  } else {
    state.details.touch(task);
  }
  return jsonResponse(200, { data: state.details.taskJson(task) });
}

export function getTaskInput(state: TaskState, taskId: string): PreparedResponse {
  const task = state.findTask(taskId);
  return task ? jsonResponse(200, state.details.input(task)) : taskNotFound();
}

export function mergeTaskInput(state: TaskState, taskId: string, record: RecordedRequest): PreparedResponse {
  const task = state.findTask(taskId);
  if (!task) return taskNotFound();
  const patch = readObject(record.body);
  return patch ? jsonResponse(200, state.details.mergeInput(task, patch)) : invalidBody();
}

function readObject(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalidBody(): PreparedResponse {
  return errorResponse(400, 'invalid-input', 'The request body must be a JSON object.');
}
